/**
 * Every internal URL goes through here so the site works under any base (e.g. /preview/pr-1/).
 * Pure: the base is passed in; pages pass import.meta.env.BASE_URL.
 */
import type { CategoryNode } from './category-tree.ts';

export type ListSort = 'latest' | 'title';

/** Joins a base ("/" or "/preview/pr-1/") and a site path ("faq/x/"), keeping one slash between. */
export function withBase(base: string, sitePath: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + sitePath.replace(/^\/+/, '');
}

/** Site path of an FAQ article. */
export function faqPath(id: string): string {
  return `faq/${id}/`;
}

/** Site path of a preview build's changes page (the route exists only in preview builds). */
export const PREVIEW_CHANGES_PATH = 'preview-changes/';

/** Site path of a category page, with its sort and page (page 1 and 최신순 are the plain URL). */
export function nodePath(node: Pick<CategoryNode, 'trail'>, sort: ListSort = 'latest', page = 1): string {
  const segments = node.trail.map((n) => n.id);
  if (sort === 'title') segments.push('title');
  if (page > 1) segments.push('page', String(page));
  return `${segments.join('/')}/`;
}

/** Site path of the search page for a query and optional category filter. */
export function searchPath(query: string, category?: string): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (category) params.set('category', category);
  const qs = params.toString();
  return qs ? `search/?${qs}` : 'search/';
}
