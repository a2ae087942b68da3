/**
 * What an unfinished (mid-IME) last syllable may still become. Syllables are taken apart and put
 * together by es-hangul (assemble is the IME's own rule: 달 + ㄱ → 닭, 환 + ㅏ → 화나); what is doum's
 * own is which keys to try and how Pagefind sees the result. korean-search.ts loads it only for a
 * word still being typed, apart from the query JS (15 KB budget).
 */
import { assemble, getChoseong } from 'es-hangul';
import type { conjoiningInitial, isChoseongLetter, isSyllable } from './hangul.ts';

/**
 * hangul.ts's helpers, handed over rather than imported: imported by a lazy module, the modules
 * they live in become a chunk of their own and the query JS grows (see typed-word.ts).
 */
export interface HangulHelpers {
  isSyllable: typeof isSyllable;
  isChoseongLetter: typeof isChoseongLetter;
  conjoiningInitial: typeof conjoiningInitial;
}

/** Vowels that can join a vowel already typed (ㅗ + ㅏ → ㅘ, ㅜ + ㅓ → ㅝ, ㅡ + ㅣ → ㅢ). */
const JOINING_VOWELS = ['ㅏ', 'ㅐ', 'ㅓ', 'ㅔ', 'ㅣ'];
/** Consonants that can join a final already typed (ㄹ + ㄱ → ㄺ, ㅂ + ㅅ → ㅄ). */
const JOINING_CONSONANTS = ['ㄱ', 'ㅁ', 'ㅂ', 'ㅅ', 'ㅈ', 'ㅌ', 'ㅍ', 'ㅎ'];

/**
 * What a word being typed can still become, as prefixes to search for (Pagefind compares words
 * decomposed, so a trailing conjoining consonant is a valid prefix): the word as typed first, then
 * 환ㅂ → 환ᄇ (환불…); 계조 → 계좌, 계좨, 계죄 (ㅗ may become ㅘ); 환 → 화ᄂ (the ㄴ may move to the next
 * syllable: 화나); 달ㄱ → 닭; 다ㄹ → 달; 닭 → 달ᄀ (달걀).
 */
export function typingAlternatives(word: string, { isSyllable, isChoseongLetter, conjoiningInitial }: HangulHelpers): string[] {
  const chars = [...word];
  const last = chars.at(-1);
  if (!last) return [];
  const head = chars.slice(0, -1).join('');
  const out: string[] = [];
  /** `syllable` with one more key, when the key joins it rather than starting a new syllable. */
  const grown = (syllable: string, key: string) => {
    const joined = assemble([syllable, key]);
    return joined.length === 1 && joined !== syllable ? joined : undefined;
  };

  if (isChoseongLetter(last)) {
    out.push(head + conjoiningInitial(last)!);
    const before = chars.at(-2);
    // The consonant may still join the syllable before as its final: 다ㄹ → 달, 달ㄱ → 닭.
    const joined = before && isSyllable(before) ? grown(before, last) : undefined;
    if (joined) out.push(chars.slice(0, -2).join('') + joined);
    return out;
  }
  out.push(word);
  if (!isSyllable(last)) return out;
  // A key that changes the syllable's last jamo (고 + ㅏ → 과, 갈 + ㄱ → 갉); one that only adds a
  // jamo (다 + ㄱ → 닥) makes a word the typed prefix reaches already.
  const typed = last.normalize('NFD');
  for (const key of [...JOINING_VOWELS, ...JOINING_CONSONANTS]) {
    const joined = grown(last, key);
    if (joined && !joined.normalize('NFD').startsWith(typed)) out.push(head + joined);
  }
  // A vowel next moves the final to a new syllable (환 + ㅏ → 화나): the syllable without it, and
  // the final as the next syllable's first consonant.
  const [kept, next] = [...assemble([last, 'ㅏ'])];
  if (next && isSyllable(next)) out.push(head + kept + conjoiningInitial(getChoseong(next))!);
  return out;
}
