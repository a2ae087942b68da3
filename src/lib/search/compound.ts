/**
 * Unspaced compounds: 부분환불 = 부분 + 환불, 알림설정변경 = 알림 + 설정 + 변경. Every part has two or
 * more syllables, so 중단점 is not cut into 중단 + 점 nor 중 + 단점, and every part but the first is a
 * word the corpus uses on its own (가상계좌 = 가상 + 계좌, though 가상 never stands alone: Pagefind
 * finds 가상계좌 for 가상 by prefix anyway).
 */
import { isHangulWord } from './hangul.ts';

/** Shortest part, in syllables. */
const MIN_PART = 2;
/** Longest word we try to split: longer unspaced runs are machine text, not compounds. */
export const MAX_COMPOUND = 12;

/** The split of `word` with the fewest parts (then the longest first part), or undefined. */
export function splitCompound(word: string, isWord: (part: string) => boolean): string[] | undefined {
  if (!isHangulWord(word) || word.length < 2 * MIN_PART || word.length > MAX_COMPOUND) return undefined;
  // from(i): the best split of word[i..]; only the first part may be a word the corpus lacks.
  const memo = new Map<number, string[] | null>();
  const from = (i: number): string[] | null => {
    if (i === word.length) return [];
    const cached = memo.get(i);
    if (cached !== undefined) return cached;
    let best: string[] | null = null;
    for (let j = word.length; j >= i + MIN_PART; j--) {
      // The whole word is not a split of itself.
      if (i === 0 && j === word.length) continue;
      const piece = word.slice(i, j);
      if (i > 0 && !isWord(piece)) continue;
      const rest = from(j);
      if (rest && (!best || rest.length + 1 < best.length)) best = [piece, ...rest];
      if (best && best.length <= 2) break;
    }
    memo.set(i, best);
    return best;
  };
  const parts = from(0);
  return parts && parts.length >= 2 ? parts : undefined;
}

/**
 * Every substring a split of `word` could use, in the order `splitCompound` asks for them: the query
 * side checks these against the index in one batch before splitting.
 */
export function compoundPieces(word: string): string[] {
  if (!isHangulWord(word) || word.length < 2 * MIN_PART || word.length > MAX_COMPOUND) return [];
  const out: string[] = [];
  for (let i = 0; i + MIN_PART <= word.length; i++) {
    for (let j = word.length; j >= i + MIN_PART; j--) if (!(i === 0 && j === word.length)) out.push(word.slice(i, j));
  }
  return out;
}
