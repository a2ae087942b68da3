/**
 * Hangul arithmetic for search: syllable ↔ jamo, 초성 keys, and what an unfinished (mid-IME) last
 * syllable may still become. Pure and dependency-free: it runs on every keystroke.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const MEDIALS = 21;
const FINALS = 28;

/** Compatibility jamo (what a keyboard types alone: ㄱ U+3131 …) in choseong order. */
export const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Finals (jongseong) as compatibility jamo; index 0 is "no final". */
const JONGSEONG = ['', 'ㄱ', 'ㄲ', 'ㄳ', 'ㄴ', 'ㄵ', 'ㄶ', 'ㄷ', 'ㄹ', 'ㄺ', 'ㄻ', 'ㄼ', 'ㄽ', 'ㄾ', 'ㄿ', 'ㅀ', 'ㅁ', 'ㅂ', 'ㅄ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];

/**
 * Medials a medial can still grow into with one more vowel key (ㅗ → ㅘ ㅙ ㅚ): contiguous in
 * Unicode order, so the value is the last of them.
 */
const MEDIAL_GROWTH: Record<number, number> = { 8: 11, 13: 16, 18: 19 }; // ㅗ→ㅚ, ㅜ→ㅟ, ㅡ→ㅢ

/** A final that can take one more consonant to become a double final (ㄹ → ㄺ … ㅀ). */
const FINAL_GROWTH: Record<number, [number, number]> = { 1: [1, 3], 4: [4, 6], 8: [8, 15], 17: [17, 18] };

/** A final plus one more consonant → the double final it makes (ㄹ + ㄱ → ㄺ). */
const DOUBLE_FINAL: Record<string, number> = { ㄱㅅ: 3, ㄴㅈ: 5, ㄴㅎ: 6, ㄹㄱ: 9, ㄹㅁ: 10, ㄹㅂ: 11, ㄹㅅ: 12, ㄹㅌ: 13, ㄹㅍ: 14, ㄹㅎ: 15, ㅂㅅ: 18 };

/** Final index → the choseong index the same consonant has when it moves to the next syllable. */
const FINAL_AS_INITIAL: Record<number, number> = { 1: 0, 2: 1, 4: 2, 7: 3, 8: 5, 16: 6, 17: 7, 19: 9, 20: 10, 21: 11, 22: 12, 23: 14, 24: 15, 25: 16, 26: 17, 27: 18 };

export function isSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
}

/** A consonant typed on its own (ㄱ…ㅎ, compatibility block). */
export function isChoseongLetter(ch: string): boolean {
  return ch.length === 1 && CHOSEONG.includes(ch);
}

/** True for a word made only of lone consonants: a 초성 query such as ㅎㅂ or ㅅㄱㄱㅅㅅ. */
export function isChoseongWord(word: string): boolean {
  return word.length > 0 && [...word].every(isChoseongLetter);
}

interface Parts {
  initial: number;
  medial: number;
  final: number;
}

function parts(ch: string): Parts {
  const n = ch.charCodeAt(0) - SYLLABLE_FIRST;
  return { initial: Math.floor(n / (MEDIALS * FINALS)), medial: Math.floor(n / FINALS) % MEDIALS, final: n % FINALS };
}

function compose(initial: number, medial: number, final: number): string {
  return String.fromCharCode(SYLLABLE_FIRST + (initial * MEDIALS + medial) * FINALS + final);
}

/** 초성 key of a Hangul word: 세금계산서 → ㅅㄱㄱㅅㅅ. Non-syllables are dropped. */
export function choseongOf(word: string): string {
  let out = '';
  for (const ch of word) if (isSyllable(ch)) out += CHOSEONG[parts(ch).initial];
  return out;
}

/** Counts Hangul syllables (the unit the stemming rules reason in). */
export function syllableCount(word: string): number {
  let n = 0;
  for (const ch of word) if (isSyllable(ch)) n++;
  return n;
}

export function isHangulWord(word: string): boolean {
  return word.length > 0 && [...word].every(isSyllable);
}

/** Conjoining initial consonant (U+1100…) for a typed consonant: what NFD text has at a syllable's start. */
export function conjoiningInitial(consonant: string): string | undefined {
  const i = CHOSEONG.indexOf(consonant);
  return i < 0 ? undefined : String.fromCharCode(0x1100 + i);
}

/**
 * What a word being typed can still become, as prefixes to search for (Pagefind compares words
 * decomposed, so a trailing conjoining consonant is a valid prefix): the word as typed first, then
 * 환ㅂ → 환ᄇ (환불…); 계조 → 계좌, 계좨, 계죄 (ㅗ may become ㅘ); 환 → 화ᄂ (the ㄴ may move to the next
 * syllable: 화나); 달ㄱ → 닭; 다ㄹ → 달.
 */
export function typingAlternatives(word: string): string[] {
  const chars = [...word];
  const last = chars.at(-1);
  if (!last) return [];
  const head = chars.slice(0, -1).join('');
  const out: string[] = [];

  if (isChoseongLetter(last)) {
    out.push(head + conjoiningInitial(last)!);
    const before = chars.at(-2);
    if (before && isSyllable(before)) {
      // The consonant may still attach below the previous syllable: 다ㄹ → 달, 달ㄱ → 닭.
      const p = parts(before);
      const headBefore = chars.slice(0, -2).join('');
      const asFinal = JONGSEONG.indexOf(last);
      if (p.final === 0 && asFinal > 0) out.push(headBefore + compose(p.initial, p.medial, asFinal));
      const doubled = p.final > 0 ? DOUBLE_FINAL[`${JONGSEONG[p.final]}${last}`] : undefined;
      if (doubled) out.push(headBefore + compose(p.initial, p.medial, doubled));
    }
    return out;
  }
  out.push(word);
  if (!isSyllable(last)) return out;
  const p = parts(last);
  if (p.final === 0) {
    const grown = MEDIAL_GROWTH[p.medial];
    if (grown) for (let m = p.medial + 1; m <= grown; m++) out.push(head + compose(p.initial, m, 0));
  } else {
    const growth = FINAL_GROWTH[p.final];
    if (growth) for (let f = growth[0] + 1; f <= growth[1]; f++) out.push(head + compose(p.initial, p.medial, f));
    const moved = FINAL_AS_INITIAL[p.final];
    if (moved !== undefined) out.push(head + compose(p.initial, p.medial, 0) + String.fromCharCode(0x1100 + moved));
  }
  return out;
}
