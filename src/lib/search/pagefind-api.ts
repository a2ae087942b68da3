/**
 * The part of Pagefind's browser API (pagefind.js, 1.6) that doum's Korean layer uses, as types.
 * The layer takes any object with this shape: Pagefind itself in the browser, a fake in unit tests.
 */

/** A page's stored record, as `result.data()` returns it. */
export interface PagefindFragment {
  /** The URL as indexed (before Pagefind adds its base URL). */
  raw_url?: string;
  url: string;
  /** The page text Pagefind indexed: doum's answer text, ZONE_MARK, then the hidden index words. */
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

export interface PagefindResult {
  /** Pagefind's page key. */
  id: string;
  score: number;
  /** Positions of the matched words in `content`. */
  words: number[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Matches before filters were applied. */
  unfilteredResultCount: number;
  /** filter → value → matches, with the search's filters applied. */
  filters: Record<string, Record<string, number>>;
  /** filter → value → matches, without them. */
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  /** `null` browses by filters alone. A term in double quotes matches whole words only. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  /** Loads the index chunks a search for `term` would (absent in fakes that hold every word). */
  preload?(term: string): Promise<void>;
}

/** Pagefind's browser bundle (pagefind.js) as doum loads it: the API plus its options. */
export interface PagefindBundle extends PagefindApi {
  options(options: { basePath?: string; noWorker?: boolean; ranking?: Record<string, number> }): Promise<void>;
  /** Loads the index (entry file, pf_meta, wasm) ahead of the first search. */
  init(): Promise<void>;
}
