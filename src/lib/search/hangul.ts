/**
 * Hangul arithmetic for search: syllable ↔ jamo, 초성 keys, and the syllable ranges an unfinished
 * (mid-IME) last syllable may still become. Pure and dependency-free: it runs on every keystroke.
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
 * Medials a medial can still grow into with one more vowel key (ㅗ → ㅘ ㅙ ㅚ). In Unicode order
 * these are contiguous, so "계조" (typing 계좌) covers the range 조…죟.
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

/** A half-open range [from, to) of strings in code-unit order. */
export interface KeyRange {
  from: string;
  to: string;
}

/** Every string starting with `prefix`. */
export function prefixRange(prefix: string): KeyRange {
  return { from: prefix, to: `${prefix}\uffff` };
}

function syllableSpan(head: string, first: string, last: string): KeyRange {
  return { from: head + first, to: `${head}${last}\uffff` };
}

/**
 * Ranges of dictionary keys that a word being typed can still turn into, judged by its last
 * character: 환ㅂ → 환바…환빟; 계조 → 계조…계죟 (ㅗ may become ㅘ); 환 → 환… or 화나…화닣
 * (the ㄴ may move to the next syllable); 달ㄱ → 달가…달깋 or 닭….
 */
export function typingRanges(word: string): KeyRange[] {
  const chars = [...word];
  const last = chars.at(-1);
  if (!last) return [];
  const head = chars.slice(0, -1).join('');

  if (isChoseongLetter(last)) {
    const initial = CHOSEONG.indexOf(last);
    const ranges = [syllableSpan(head, compose(initial, 0, 0), compose(initial, MEDIALS - 1, FINALS - 1))];
    const before = chars.at(-2);
    if (before && isSyllable(before)) {
      // The consonant may still attach below the previous syllable: 다ㄹ → 달, 달ㄱ → 닭.
      const p = parts(before);
      const headBefore = chars.slice(0, -2).join('');
      const asFinal = JONGSEONG.indexOf(last);
      if (p.final === 0 && asFinal > 0) ranges.push(prefixRange(headBefore + compose(p.initial, p.medial, asFinal)));
      const doubled = p.final > 0 ? DOUBLE_FINAL[`${JONGSEONG[p.final]}${last}`] : undefined;
      if (doubled) ranges.push(prefixRange(headBefore + compose(p.initial, p.medial, doubled)));
    }
    return ranges;
  }

  if (!isSyllable(last)) return [prefixRange(word)];
  const p = parts(last);
  const ranges: KeyRange[] = [];
  if (p.final === 0) {
    const lastMedial = MEDIAL_GROWTH[p.medial] ?? p.medial;
    ranges.push(syllableSpan(head, compose(p.initial, p.medial, 0), compose(p.initial, lastMedial, FINALS - 1)));
  } else {
    const growth = FINAL_GROWTH[p.final];
    ranges.push(growth ? syllableSpan(head, compose(p.initial, p.medial, growth[0]), compose(p.initial, p.medial, growth[1])) : prefixRange(word));
    const moved = FINAL_AS_INITIAL[p.final];
    if (moved !== undefined) {
      const open = head + compose(p.initial, p.medial, 0);
      ranges.push(syllableSpan(open, compose(moved, 0, 0), compose(moved, MEDIALS - 1, FINALS - 1)));
    }
  }
  return ranges;
}

/** True when `key` falls in any of `ranges`. */
export function inRanges(key: string, ranges: readonly KeyRange[]): boolean {
  return ranges.some((r) => key >= r.from && key < r.to);
}
