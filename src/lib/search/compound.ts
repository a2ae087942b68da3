/**
 * Unspaced compounds: 부분환불 = 부분 + 환불, 알림설정변경 = 알림 + 설정 + 변경. Every part has two or
 * more syllables (중단점 is not cut into 중단 + 점 nor 중 + 단점), except a first part the caller knows
 * names something (앱 in 앱알림, 봇 in 봇연결); and every part but one is a word
 * the corpus uses on its own (가상계좌 = 가상 + 계좌 and 세금계산서 = 세금 + 계산서, though 가상 and
 * 계산서 never stand alone).
 */
import { isHangulWord } from './hangul.ts';

/** Shortest part, in syllables. */
const MIN_PART = 2;
/**
 * Longest word we try to split: longer unspaced runs are machine text, not compounds. Twelve cut
 * off a whole question typed unspaced (배송중택배사주소변경수수료, thirteen); at sixteen two dev
 * questions gained their answer and none lost one.
 */
export const MAX_COMPOUND = 16;

/**
 * The split of `word` with the fewest parts (then the longest first part), or undefined.
 * `isWord` is asked only about the pieces the search reaches (the query side asks the index, one
 * chunk per piece start). `lastKnown`: the last part must be a word (a word still being typed
 * ends in a fragment).
 */
export async function splitCompound(word: string, isWord: (part: string) => boolean | Promise<boolean>, lastKnown = false, isHead?: (part: string) => Promise<boolean>): Promise<string[] | undefined> {
  if (!isHangulWord(word) || word.length < MIN_PART + (isHead ? 1 : MIN_PART) || word.length > MAX_COMPOUND) return undefined;
  const words = new Map<string, boolean>();
  const unknownChars = (parts: string[]) => parts.reduce((n, part) => n + (words.get(part) ? 0 : part.length), 0);
  // from(i, unknown): the best split of word[i..] with at most `unknown` parts that are no word.
  const memo = new Map<string, Promise<string[] | null>>();
  const from = (i: number, unknown: number): Promise<string[] | null> => {
    const key = `${i}:${unknown}`;
    let found = memo.get(key);
    if (!found) memo.set(key, (found = best(i, unknown)));
    return found;
  };
  const best = async (i: number, unknown: number): Promise<string[] | null> => {
    if (i === word.length) return [];
    let best: string[] | null = null;
    // A first part of one syllable only when `isHead` says it names something (앱 in 앱알림).
    for (let j = word.length; j >= i + (i || !isHead ? MIN_PART : 1); j--) {
      // The whole word is not a split of itself.
      if (i === 0 && j === word.length) continue;
      if (word.length - j === 1) continue; // a one-syllable rest cannot be split
      const piece = word.slice(i, j);
      const known = await (j - i < MIN_PART ? isHead!(piece) : isWord(piece));
      words.set(piece, known);
      if (!known && (unknown === 0 || (lastKnown && j === word.length) || j - i < MIN_PART)) continue;
      const rest = await from(j, known ? unknown : unknown - 1);
      const candidate = rest && [piece, ...rest];
      // Fewest parts; with an unknown part, the one that leaves least unknown (카드 + 할부 + 개월수,
      // not 카드 + 할부개월수, which would hide the known 할부).
      if (candidate && (!best || unknownChars(candidate) < unknownChars(best) || (unknownChars(candidate) === unknownChars(best) && candidate.length < best.length))) best = candidate;
      if (best && best.length <= 2 && unknownChars(best) === 0) break;
    }
    return best;
  };
  // Known words all the way through first (알림 + 설정 + 변경), one unknown part only when needed
  // (알림설정 + 변경 would hide two known words in one).
  const parts = (await from(0, 0)) ?? (await from(0, 1));
  return parts && parts.length >= 2 ? parts : undefined;
}
