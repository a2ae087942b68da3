/**
 * The search page's state and its URL: /search/?q=<query>&category=<node>&sort=<…>&page=<n>.
 * Shared links and bookmarks depend on these names. Anything missing or invalid falls back to
 * the default silently: a hostile or stale URL must still give a working page.
 */
import type { SearchSort } from './korean-search.ts';

export interface SearchState {
  q: string;
  /** Node id, or '' for 전체. */
  category: string;
  sort: SearchSort;
  page: number;
}

export const SORTS: readonly SearchSort[] = ['relevance', 'latest', 'title'];
export const DEFAULT_STATE: SearchState = { q: '', category: '', sort: 'relevance', page: 1 };
/** Longest query: the search box's maxlength, and what is kept from a URL. */
export const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 100_000;

/** Reads state from a query string; `isCategory` says which node ids exist (unknown → 전체). */
export function parseSearchState(search: string, isCategory: (id: string) => boolean): SearchState {
  const params = new URLSearchParams(search);
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const category = params.get('category') ?? '';
  const sort = params.get('sort') ?? '';
  const page = /^\d{1,6}$/.test(params.get('page') ?? '') ? Number(params.get('page')) : DEFAULT_STATE.page;
  return {
    q,
    category: category && isCategory(category) ? category : DEFAULT_STATE.category,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : DEFAULT_STATE.sort,
    page: page >= 1 && page <= MAX_PAGE ? page : DEFAULT_STATE.page,
  };
}

/** Query string for a state, defaults omitted so URLs stay short ("?q=환불"). */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}
