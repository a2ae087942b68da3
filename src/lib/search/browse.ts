/**
 * No query: the chosen node's FAQs (every FAQ with none), newest first unless 가나다순 is asked for.
 * The total and counts come from the page directory; Pagefind is asked only for a window. Loaded
 * only when there is no query, so the first search's JavaScript does not carry it.
 */
import type { KoreanSearch, SearchOutcome, SearchRequest } from './korean-search.ts';

/** `node`: Pagefind's filter for the chosen node, or one every page passes. */
export function browse(engine: Pick<KoreanSearch, 'directory' | 'window' | 'run'>, request: SearchRequest, sort: 'title' | 'latest', node: Record<string, unknown>): SearchOutcome {
  const counts = engine.directory.totals();
  const total = request.subcategories ? request.subcategories.reduce((n, id) => n + (counts[id] ?? 0), 0) : engine.directory.size;
  const hits = engine.window(null, async () => (await engine.run(null, node)).results, request.subcategories, sort);
  return { words: [], total, hits, counts, highlight: [], unmatched: [], browse: true };
}
