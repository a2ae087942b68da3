/**
 * A word still being typed, read every way its last syllable may end up (계조 → 계좌, 환ᄇ → 환불).
 * korean-search.ts (matchAll) loads this only for such a word. Moved out of the query JS (151
 * bytes net of the import), it made room for leading-mentions.ts's call.
 */
import type { Clause, KoreanSearch, Matched } from './korean-search.ts';
import type { PagefindFragment } from './pagefind-api.ts';

/**
 * korean-search.ts's helpers, handed over rather than imported: imported by a lazy module, the
 * modules they live in become a chunk of their own and the query JS grows (see partial-answer.ts).
 */
export interface TypedWordHelpers {
  /** A result's topic words. */
  topicsOf(fragment: PagefindFragment): string[];
  /** A word as Pagefind compares it. */
  fold(word: string): string;
  /** What starts every topic word of a term that starts with the prefix (index-words.ts). */
  topicPrefix(prefix: string): string;
  /** Conjoining consonants back to typed ones (환ᄇ → 환ㅂ), for marking and labels. */
  typedJamo(text: string): string;
  /** A letter no index word has. */
  noWordLetter: string;
}

/**
 * The first reading of `clauses[typingAt]` that matches with the other clauses: every reading among
 * the words pages are about first (a few small index chunks: 계조 → ǀ계ᄌ finds 계좌), then among
 * every word.
 */
export async function typedReadings(engine: KoreanSearch, clauses: readonly Clause[], typingAt: number, { topicsOf, fold, topicPrefix, typedJamo, noWordLetter }: TypedWordHelpers): Promise<Matched | undefined> {
  const typed = clauses[typingAt]!;
  const reading = (clause: Clause) => clauses.map((c, i) => (i === typingAt ? clause : c));
  const alts = [typed.terms[0]!, ...typed.alternatives!];
  const readings = [...alts.map((alt) => ({ alt, term: topicPrefix(alt) })), ...alts.map((alt) => ({ alt, term: alt }))];
  for (const { alt, term } of readings) {
    // Asked only when reached: the plain fallback (디버ǃ → 디) may fetch many chunks. Counts are kept.
    const fallback = engine.count((term === alt ? typed.terms[0]! : topicPrefix(typed.terms[0]!)) + noWordLetter);
    if (!(await engine.extended(term, fallback))) continue;
    const prefix = reading({ ...typed, terms: [term], highlight: [typedJamo(alt)] });
    const found = await engine.honest(prefix);
    if (!found) continue;
    // Finish the word the way the best match does (환ᄇ → 환불), when that is what the page is
    // about: then the pages about it come first, as for the finished word.
    const p = fold(alt);
    const word = topicsOf(await found.results[0]!.data())
      .filter((w) => fold(w).startsWith(p))
      .sort((a, b) => a.length - b.length)[0];
    if (word) {
      // As if typed whole, so an unspaced compound also finds it written spaced (부분환불).
      const whole = await engine.wordClause({ text: word, raw: word, kind: 'hangul' }, false);
      const finished = reading(whole.known ? { ...whole, label: typed.label } : { ...typed, terms: [word], topic: true, known: true, highlight: [word] });
      const better = await engine.honest(finished);
      if (better) return { response: better, clauses: finished };
    }
    return { response: found, clauses: prefix };
  }
  return undefined;
}
