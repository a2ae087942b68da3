/**
 * Hangul for search: syllables, 초성 keys and lone consonants. What an unfinished (mid-IME) last
 * syllable may still become is typing-alternatives.ts.
 */
import { canBeChoseong, getChoseong } from 'es-hangul';

/** The Hangul syllables block (가 … 힣). */
export const SYLLABLE_FIRST = 0xac00;
export const SYLLABLE_LAST = 0xd7a3;

/** Compatibility jamo (what a keyboard types alone: ㄱ U+3131 …) in choseong order. */
export const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

export function isSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
}

/** A consonant typed on its own (ㄱ…ㅎ, compatibility block). */
export function isChoseongLetter(ch: string): boolean {
  return ch.length === 1 && canBeChoseong(ch);
}

/** True for a word made only of lone consonants: a 초성 query such as ㅎㅂ or ㅅㄱㄱㅅㅅ. */
export function isChoseongWord(word: string): boolean {
  return word.length > 0 && [...word].every(isChoseongLetter);
}

/** 초성 key of a Hangul word: 세금계산서 → ㅅㄱㄱㅅㅅ. Non-syllables are dropped. */
export function choseongOf(word: string): string {
  return getChoseong([...word].filter(isSyllable).join(''));
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
