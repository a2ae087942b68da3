/**
 * A word typed with Shift held a key too long, read back. Its own chunk, loaded only for a query
 * word with a tense consonant that no reading covers (korean-search.ts, unshifted).
 */

/**
 * Tense consonants (conjoining jamo) and the plain ones Shift turns into them: ᄁ ← ᄀ, ᆻ ← ᆺ. The
 * search module tests a word for these keys before it loads this chunk (unshifted).
 */
const UNSHIFTED: Record<string, string> = { '\u1101': '\u1100', '\u1104': '\u1103', '\u1108': '\u1107', '\u110a': '\u1109', '\u110d': '\u110c', '\u11a9': '\u11a8', '\u11bb': '\u11ba' };

/**
 * A word typed with Shift held a key too long (기깐 for 기간, 빠송 for 배송 is no such slip): each
 * reading with one tense consonant made plain, first to last. Empty when the word has none.
 */
export function shiftSlips(word: string): string[] {
  const jamo = [...word.normalize('NFD')];
  const out: string[] = [];
  jamo.forEach((j, i) => {
    const plain = UNSHIFTED[j];
    if (plain) out.push([...jamo.slice(0, i), plain, ...jamo.slice(i + 1)].join('').normalize('NFC'));
  });
  return out;
}
