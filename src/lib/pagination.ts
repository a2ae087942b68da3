/** Pagination shared by static category pages and the search page. */

/** FAQs per static category page. */
export const LIST_PAGE_SIZE = 20;

export { SEARCH_PAGE_SIZE } from './search/page-size.ts';

/** One page link or marker of a pagination bar (44 px tap target on phones), on list and search pages alike. */
export const PAGE_ITEM_CLASS = 'inline-flex h-11 min-w-11 items-center justify-center rounded-lg border border-line px-3 md:h-10 md:min-w-10';

export interface PageWindow<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** Number of pages for `total` items; an empty list still has one (empty) page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** Clamps an untrusted page number (URL input) into 1..pageCount; anything else becomes 1. */
export function clampPage(raw: unknown, pages: number): number {
  const n = typeof raw === 'number' ? raw : /^\d+$/.test(String(raw ?? '')) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, pages);
}

/** The items on `page` (1-based). */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): PageWindow<T> {
  const pages = pageCount(items.length, perPage);
  const current = clampPage(page, pages);
  return { items: items.slice((current - 1) * perPage, current * perPage), page: current, pageCount: pages, total: items.length };
}

/**
 * Page numbers to show as links: first, last and a window around the current page, with `null`
 * where numbers are skipped (rendered as an ellipsis). Never more than 2 * radius + 5 entries.
 */
export function pageLinks(current: number, pages: number, radius = 2): (number | null)[] {
  const wanted = new Set<number>([1, pages]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= pages) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous > 1) out.push(p - previous === 2 ? p - 1 : null);
    out.push(p);
  });
  return out;
}
