/**
 * The -아/-어 form of a verb fused into its stem (그만두다 → 그만둬, 바꾸다 → 바꿔, 옮기다 → 옮겨, 누르다 →
 * 눌러): visitors type it before 도, 요, 서, 야, 주세요 (그만둬도, 바꿔야, 나눠서), and the vocabulary's
 * rules list dictionary forms. Added to verb rules at build time (data/synonyms.ts), with -서 written
 * on, so the query code matches them as listed phrases and ships none of this.
 */
import { combineCharacter, disassembleCompleteCharacter } from 'es-hangul';

/**
 * A stem's last vowel and the vowel it fuses into with -어 (-아 after ㅗ), as es-hangul writes them
 * (ㅝ: ㅜㅓ). ㅐ and ㅔ take -어 unchanged (쪼개다 → 쪼개, 보내다 → 보내): the form is the stem,
 * and what it brings is its -서 (쪼개서 내면).
 */
const FUSED_VOWEL: Record<string, string> = { ㅗ: 'ㅗㅏ', ㅜ: 'ㅜㅓ', ㅣ: 'ㅕ', ㅗㅣ: 'ㅗㅐ', ㅐ: 'ㅐ', ㅔ: 'ㅔ' };

/** The ending's vowel after a stem's vowel (vowel harmony): 아 after ㅗ or ㅏ, else 어. */
function harmonyAfter(vowel: string | undefined): 'ㅏ' | 'ㅓ' {
  return vowel === 'ㅗ' || vowel === 'ㅏ' ? 'ㅏ' : 'ㅓ';
}

/** The -아/-어 form of a verb stem of two syllables or more (the stem itself after ㅐ or ㅔ). */
export function contractedForm(stem: string): string | undefined {
  const last = disassembleCompleteCharacter(stem.at(-1) ?? '');
  const before = stem.slice(0, -1);
  if (!last || last.jongseong || !before) return undefined;
  // 하다 → 해 (설정하다 → 설정해): a noun made a verb, which the layer reads as the noun already.
  if (stem.endsWith('하')) return undefined;
  // 르: its ㄹ doubles (누르 → 눌러, 고르 → 골라).
  if (stem.endsWith('르')) {
    const prev = disassembleCompleteCharacter(before.at(-1)!);
    if (!prev || prev.jongseong) return undefined;
    return before.slice(0, -1) + combineCharacter(prev.choseong, prev.jungseong, 'ㄹ') + combineCharacter('ㄹ', harmonyAfter(prev.jungseong));
  }
  // ㅡ drops, by the vowel before it (모으 → 모아, 담그 → 담가; 끄 → 꺼 has one syllable, and 꺼 begins 꺼내다).
  if (last.jungseong === 'ㅡ') {
    return before + combineCharacter(last.choseong, harmonyAfter(disassembleCompleteCharacter(before.at(-1)!)?.jungseong));
  }
  const fused = FUSED_VOWEL[last.jungseong];
  return fused ? before + combineCharacter(last.choseong, fused) : undefined;
}

/**
 * A rule's phrases with each dictionary-form verb (…다) also written in its -아/-어 form, its last
 * word only (그만두다 → 그만둬, 장바구니 비우다 → 장바구니 비워), and that form with -서 (그만둬서). A stem
 * with a final consonant gets none: 끊어 is the stem and an ending, which the rule matches already.
 * `keptOut`: forms the rule must not match (비워: 비워 두면 is "leave empty"), left out with their -서.
 */
export function withContractedForms(phrases: readonly string[], keptOut: readonly string[] = []): string[] {
  const forms = phrases.flatMap((phrase) => {
    // A dictionary form, not a polite one (다릅니다).
    const match = /^(.*?)([가-힣]+)(?<!니)다$/.exec(phrase);
    const fused = match && contractedForm(match[2]!);
    if (!fused) return [];
    const form = match![1] + fused;
    // With -서 too (나눠서, 바꿔서): 서 is no ending the query code cuts, since nouns end in it (계산서).
    return keptOut.includes(form) ? [] : [form, `${form}서`];
  });
  return [...new Set([...phrases, ...forms])];
}

/**
 * A verb stem with an ending's ㄹ or ㄴ fused into its last syllable (되살리 → 되살릴, 되살린; 지우 → 지울,
 * 지운): how pages write a verb before 수 있다/없다 and before a noun (삭제한 리뷰는 되살릴 수 없고).
 * None for a stem of one syllable (끄 → 끌, 끈 would be other words), one that ends in a consonant,
 * or one that ends in ㅓ, ㅕ or ㅝ (지워 + ㄴ is no 지원); the query side's `fused` (synonyms.ts)
 * reads typed words the same way.
 */
export function fusedStems(stem: string): string[] {
  const last = disassembleCompleteCharacter(stem.at(-1) ?? '');
  if (!last || last.jongseong || stem.length < 2 || /[ㅓㅕ]$/.test(last.jungseong)) return [];
  return ['ㄹ', 'ㄴ'].map((final) => stem.slice(0, -1) + combineCharacter(last.choseong, last.jungseong, final));
}
