/**
 * Slips of typing and spelling, read back. Its own chunk, loaded only for a query word that no
 * reading covers (korean-search.ts, respelt).
 */

/** Tense consonants (conjoining jamo) and the plain ones Shift turns into them: ᄁ ← ᄀ, ᆻ ← ᆺ. */
const UNSHIFTED: Record<string, string> = { '\u1101': '\u1100', '\u1104': '\u1103', '\u1108': '\u1107', '\u110a': '\u1109', '\u110d': '\u110c', '\u11a9': '\u11a8', '\u11bb': '\u11ba' };

/**
 * Vowels that sound alike and are written one for another, each with the ones it is mistaken for:
 * ㅔ ㅐ ㅖ (게산서 for 계산서, 베송 for 배송) and ㅚ ㅙ ㅞ.
 */
const CONFUSED: Record<string, string> = { '\u1166': '\u1162\u1168', '\u1162': '\u1166', '\u1168': '\u1166', '\u116c': '\u116b\u1170', '\u116b': '\u116c\u1170', '\u1170': '\u116c\u116b' };

/** Each reading of `word` with one letter of `table` replaced by one it stands for, first to last. */
function readings(word: string, table: Record<string, string>): string[] {
  const jamo = [...word.normalize('NFD')];
  return jamo.flatMap((j, i) => [...(table[j] ?? '')].map((other) => [...jamo.slice(0, i), other, ...jamo.slice(i + 1)].join('').normalize('NFC')));
}

/**
 * A word typed with Shift held a key too long (기깐 for 기간, 빠송 for 배송 is no such slip): each
 * reading with one tense consonant made plain, first to last. Empty when the word has none.
 */
export const shiftSlips = (word: string): string[] => readings(word, UNSHIFTED);

/** A word spelt with a vowel that sounds like the right one (세금게산서, 새벽베송): each such reading. */
export const vowelSlips = (word: string): string[] => readings(word, CONFUSED);
