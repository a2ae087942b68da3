/**
 * 최신순 and 가나다순 of search results. Loaded only when a visitor asks for one: most searches are
 * never put in another order than relevance, so this stays out of the query JS every search loads
 * (budgets.spec.ts).
 */
import { compareByTitle } from '../sorting.ts';
import type { FaqEntry, FaqHit, HitWindow, hitsOf } from './korean-search.ts';
import type { PageLocator } from './page-directory.ts';
import type { PagefindFragment, PagefindResponse, PagefindResult } from './pagefind-api.ts';

/** A result's record as an FAQ (korean-search.ts's faqEntry: passed in, so this chunk imports nothing of the runtime's). */
type ToEntry = (fragment: PagefindFragment) => FaqEntry;

/**
 * Results newest first, a window at a time: pages are indexed newest first, so by page number.
 * `hits` is korean-search.ts's hitsOf, handed over so this chunk imports nothing of the runtime's.
 */
export function newestWindow(results: () => Promise<PagefindResult[]>, locator: () => Promise<PageLocator>, hits: typeof hitsOf): HitWindow {
  let newest: Promise<PagefindResult[]> | undefined;
  return async (start, end) => {
    newest ??= Promise.all([results(), locator()]).then(([list, at]) => [...list].sort((a, b) => at.rank(a.id) - at.rank(b.id)));
    return hits((await newest).slice(start, end));
  };
}

/** Results in the site's 가나다순 (the order of the category pages), from their own records. */
export async function byTitleOrder(results: readonly PagefindResult[], faqEntry: ToEntry): Promise<FaqHit[]> {
  const entries = await Promise.all(results.map(async (r) => ({ result: r, entry: faqEntry(await r.data()) })));
  return entries.sort((a, b) => compareByTitle(a.entry, b.entry)).map(({ result, entry }) => ({ key: result.id, score: result.score, entry: async () => entry }));
}

/**
 * A search in title order, a window at a time: it walks the title filter's values (title-rank
 * buckets) with their counts for this search and fetches only the buckets the window needs, so
 * pf_meta carries no sort lists (12 KB each on 5,765 pages, on every first search). `search` runs
 * the search with extra filters; `key` is the title filter, `every` its value that counts every page.
 */
export function titleWindow(search: (filters: Record<string, unknown>) => Promise<PagefindResponse>, key: string, every: unknown, faqEntry: ToEntry): HitWindow {
  let buckets: Promise<[string, number][]> | undefined;
  return async (start, end) => {
    buckets ??= search({ [key]: every }).then((r) =>
      Object.entries(r.filters[key] ?? {})
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    const out: FaqHit[] = [];
    let position = 0;
    for (const [value, n] of await buckets) {
      if (position >= end) break;
      if (position + n > start) {
        const inBucket = (await search({ [key]: value })).results;
        out.push(...(await byTitleOrder(inBucket, faqEntry)).slice(Math.max(0, start - position), end - position));
      }
      position += n;
    }
    return out;
  };
}
