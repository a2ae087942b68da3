/**
 * A question that is a sentence copied from a page (a heading, a line of the answer, an error
 * message): 내 프로젝트 설계는 어떻게 바뀌나요? Every word of it is common, so the pages about the
 * words come first, and the page it was copied from may rank low or not be found at all.
 * Pagefind's phrase search finds that page, which then comes first. korean-search.ts loads this
 * only for a submitted query of its COPIED_WORDS words or more.
 *
 * Measured on the dev sets (2026-12-04, batches 1–31): five questions gained an answer, three of
 * them their first (documentation R@10 +0.0018, precision +0.0004, MRR +0.0018; 누리마켓 +0.0014,
 * +0.0004, +0.0007), and none lost one. From three words, a phrase two pages share by chance came
 * first (judged MRR −0.004); with one page at most, a 누리마켓 answer two pages have was not found;
 * three pages at most changed nothing.
 */
import type { PageLocator } from './page-directory.ts';
import type { KoreanSearch, SearchRequest } from './korean-search.ts';
import type { PagefindResult } from './pagefind-api.ts';

/** Pages that may have it word for word: more, and it is a common phrase, not one page's sentence. */
const COPIED_PAGES = 2;

/**
 * `results` (in the chosen subcategories) with the pages that have the query word for word first,
 * those of them in the chosen subcategories; counted in `counts` (site-wide) when they were not
 * among `siteWide`, the results the counts were taken from.
 */
export async function copiedFirst(
  layer: Pick<KoreanSearch, 'run'>,
  { query, subcategories }: SearchRequest,
  results: PagefindResult[],
  siteWide: readonly PagefindResult[],
  counts: Record<string, number>,
  at: PageLocator,
): Promise<PagefindResult[]> {
  const { results: copied } = await layer.run(`"${query.replace(/"/g, ' ').trim().split(/\s+/).join(' ')}"`, {});
  if (!copied[0] || copied.length > COPIED_PAGES) return results;
  const isCopied = (r: PagefindResult) => copied.some((c) => c.id === r.id);
  for (const r of copied) if (!siteWide.some((x) => x.id === r.id)) counts[at.subcategory(r.id)] = (counts[at.subcategory(r.id)] ?? 0) + 1;
  return [...copied.filter((r) => !subcategories || subcategories.includes(at.subcategory(r.id))), ...results.filter((r) => !isCopied(r))];
}
