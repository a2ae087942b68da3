/**
 * Which subcategory each Pagefind page is in, and its place in 최신순, without Pagefind's filter
 * files.
 *
 * Why: the category filter shows counts for every search, and Pagefind computes them from its
 * `node` filter file. That file lists every page number as a CBOR integer: 13 KB gzip on 5,765
 * pages, fetched by every first search. The same facts as one character per page in doum.json
 * are 1.7 KB. Pagefind names a result by its page hash only, so the page list in pf_meta (which
 * Pagefind fetches anyway, see pagefind-meta.ts) maps a hash to its page number. Pages are indexed
 * newest first (pagefind.ts), so the page number is also the 최신순 rank.
 *
 * The search page loads this module (with pagefind-meta.ts) as its own chunk beside the query
 * processing (search-runtime), whose size budget it is not part of.
 */
import { watchPagefindMeta } from './pagefind-meta.ts';
import type { SearchMeta } from './search-meta.ts';

/** First character code of the table: subcategory 0 is '0'. Up to 78 stay one byte a page. */
const TABLE_BASE = 0x30;
/** Node indexes stay below the UTF-16 surrogates (a table character must be one code unit). */
const MAX_NODES = 0xd800 - TABLE_BASE;

/** The table of doum.json: each page's subcategory as its place in `nodeIds`, in page order. */
export function encodePageTable(subcategoryOfPage: readonly string[], nodeIds: readonly string[]): string {
  if (nodeIds.length > MAX_NODES) throw new Error(`분류가 ${nodeIds.length}개입니다. 검색 색인은 ${MAX_NODES}개까지 다룹니다.`);
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  return subcategoryOfPage
    .map((id) => {
      const i = index.get(id);
      if (i === undefined) throw new Error(`검색 색인의 분류 '${id}'가 분류 트리에 없습니다.`);
      return String.fromCharCode(TABLE_BASE + i);
    })
    .join('');
}

/** Back from the table to the subcategory id of each page. */
export function decodePageTable(table: string, nodeIds: readonly string[]): string[] {
  return Array.from(table, (c) => nodeIds[c.charCodeAt(0) - TABLE_BASE] ?? '');
}

/** Where the results of one index are: known once Pagefind's page list has been read. */
export interface PageLocator {
  /** The subcategory of a result (Pagefind's page hash); '' when the hash is not in the index. */
  subcategory(id: string): string;
  /** 최신순 position (the page number); Infinity when unknown. */
  rank(id: string): number;
}

export class PageDirectory {
  /** Number of FAQs in the index. */
  readonly size: number;
  /** FAQs per subcategory. */
  private readonly perSubcategory: Record<string, number> = {};
  private readonly located: Promise<PageLocator>;
  /** The locator once the page list has been read: every later search takes it as it is. */
  private ready: PageLocator | undefined;

  /**
   * `hashes`: Pagefind's page hashes in page order (from pf_meta), arriving when Pagefind has loaded
   * its index.
   */
  constructor(subcategories: readonly string[], hashes: Promise<readonly string[]>) {
    this.size = subcategories.length;
    for (const id of subcategories) this.perSubcategory[id] = (this.perSubcategory[id] ?? 0) + 1;
    this.located = hashes.then((list) => {
      if (list.length !== subcategories.length) throw new Error(`Pagefind 색인의 문서 ${list.length}개와 doum.json의 ${subcategories.length}개가 다릅니다. 다시 빌드하세요.`);
      const page = new Map(list.map((hash, i) => [hash, i]));
      return (this.ready = {
        subcategory: (id) => subcategories[page.get(id) ?? -1] ?? '',
        rank: (id) => page.get(id) ?? Number.POSITIVE_INFINITY,
      });
    });
    // Read when a search needs it; an unread failure must not surface as an unhandled rejection.
    this.located.catch(() => {});
  }

  /** FAQs per subcategory (a copy the caller may keep). */
  totals(): Record<string, number> {
    return { ...this.perSubcategory };
  }

  /**
   * The locator, once Pagefind's page list is read. Asked for only after Pagefind has answered a
   * search, which it cannot do before loading pf_meta: a list that is still missing after
   * `waitMs` will never come (Pagefind fetched it some other way), and the search says so rather
   * than waiting forever.
   */
  locator(waitMs = 5000): Promise<PageLocator> {
    if (this.ready) return Promise.resolve(this.ready);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const missing = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Pagefind의 문서 목록(pf_meta)을 읽지 못했습니다.')), waitMs);
    });
    return Promise.race([this.located, missing]).finally(() => clearTimeout(timer));
  }
}

/**
 * The directory of the index under `bundleUrl`, whose page hashes are read from the pf_meta that
 * Pagefind fetches there: call before Pagefind starts (see watchPagefindMeta).
 */
export function watchPageDirectory(bundleUrl: string, meta: SearchMeta): PageDirectory {
  const subcategories = subcategoriesOf(
    meta.nodes.map(([, , parent]) => parent),
    meta.nodes.map(([id]) => id),
  );
  return new PageDirectory(decodePageTable(meta.pages, subcategories), watchPagefindMeta(bundleUrl));
}

/** The subcategories (nodes no node has as parent), in tree order: the alphabet of the page table. */
export function subcategoriesOf(parents: readonly number[], ids: readonly string[]): string[] {
  const parentsSet = new Set(parents);
  return ids.filter((_, i) => !parentsSet.has(i));
}
