/**
 * Marks matched words in titles and excerpts. Returns text segments, never HTML: the UI builds
 * nodes with textContent, so nothing a visitor types can become markup.
 */
import { choseongOf, isChoseongWord } from './hangul.ts';

/** What to mark: a word, matched as written (case-folded). */
export type Mark = string;

/**
 * The marks for one result: words as they are; a 초성 key (ㅎㅂ) becomes the page's topic words it
 * stands for (환불), so unrelated words with the same consonants stay unmarked. A word still being
 * typed (환ㅂ) is marked as the word the search finished it to, or not at all.
 */
export function marksFor(terms: readonly string[], topics: readonly string[] = []): Mark[] {
  const out: Mark[] = [];
  for (const term of terms) {
    if (isChoseongWord(term)) out.push(...topics.filter((t) => choseongOf(t).startsWith(term)));
    else if (!/[\u3131-\u318e\u1100-\u1112]$/.test(term)) out.push(term);
  }
  return out;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Lower-cases and turns full-width ASCII (ＡＰＩ) into ASCII, keeping every index of the original:
 * matches found in the folded copy are cut from the text as written.
 */
function foldSameLength(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters change length when lower-cased (İ); fold those one by one.
    lower = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  return lower.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0).toLowerCase());
}

const LATIN_OR_DIGIT = /[a-z0-9]/;

/** [start, end) ranges of every term occurrence, longest terms first, no overlaps. */
export function matchRanges(text: string, terms: readonly Mark[]): [number, number][] {
  const folded = foldSameLength(text);
  const ranges: [number, number][] = [];
  const sorted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  for (const term of sorted) {
    // Latin terms mark from a word start (api in "api키", not in "rapid"); Hangul anywhere,
    // because Korean compounds hide words inside (부분환불 → 환불).
    const latin = LATIN_OR_DIGIT.test(term[0]!);
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (latin && at > 0 && LATIN_OR_DIGIT.test(folded[at - 1]!)) continue;
      const end = at + term.length;
      if (ranges.some(([s, e]) => at < e && end > s)) continue;
      ranges.push([at, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Splits text into marked and unmarked segments. */
export function markSegments(text: string, terms: readonly Mark[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of matchRanges(text, terms)) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * The window of about `length` characters that shows the most different matched terms (earliest
 * on ties), cut at spaces, with … where text was left out.
 */
export function excerpt(text: string, terms: readonly Mark[], length = 150): Segment[] {
  const ranges = matchRanges(text, terms);
  let start = 0;
  if (ranges.length) {
    const folded = foldSameLength(text);
    let best = -1;
    for (const [s] of ranges) {
      const from = Math.max(0, s - 30);
      const seen = new Set(ranges.filter(([rs, re]) => rs >= from && re <= from + length).map(([rs, re]) => folded.slice(rs, re)));
      if (seen.size > best) {
        best = seen.size;
        start = from;
      }
    }
  }
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space - start < 20) start = space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length * 0.6) end = space;
  }
  const segments = markSegments(text.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
