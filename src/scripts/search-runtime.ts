/**
 * One search per page, created on first use: Pagefind's runtime (pagefind.js and its wasm, on the
 * main thread) under the site base, doum's Korean layer on top, and doum.json (the category tree,
 * synonym rules and each page's subcategory). Nothing of it loads before a search box is used.
 */
import { faqPath } from '../lib/paths.ts';
import { marksFor } from '../lib/search/highlight.ts';
import { KoreanSearch, PAGEFIND_OPTIONS, type FaqEntry } from '../lib/search/korean-search.ts';
import type { PagefindBundle } from '../lib/search/pagefind-api.ts';
import type { SearchMeta } from '../lib/search/search-meta.ts';
import { synonymRulesOf } from '../lib/search/synonyms.ts';
import { SearchTree } from '../lib/search/search-tree.ts';

export interface SearchRuntime {
  search: KoreanSearch;
  tree: SearchTree;
}

let runtime: Promise<SearchRuntime> | undefined;

/** Site-relative URL under the base. */
export function sitePath(path: string): string {
  return import.meta.env.BASE_URL + path.replace(/^\/+/, '');
}

export function getSearch(): Promise<SearchRuntime> {
  runtime ??= (async () => {
    const bundle = sitePath('pagefind/');
    const [pagefind, meta, pages] = await Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindBundle>,
      // Revalidated like Pagefind's own entry file, so a new build never meets an old tree.
      fetch(`${bundle}doum.json`, { cache: 'no-cache' }).then((r) => {
        if (!r.ok) throw new Error(`doum.json ${r.status}`);
        return r.json() as Promise<SearchMeta>;
      }),
      // Its own chunk: where results are (counts, 최신순), apart from the query processing.
      import('../lib/search/page-directory.ts'),
    ]);
    // Before Pagefind fetches anything (it starts at init): its page list is read from its pf_meta.
    const directory = pages.watchPageDirectory(bundle, meta);
    await pagefind.options(PAGEFIND_OPTIONS);
    // Loads the index now, while the page waits for the first key.
    void pagefind.init();
    return { search: new KoreanSearch(pagefind, synonymRulesOf(meta.synonyms), directory), tree: new SearchTree(meta.nodes) };
  })();
  runtime.catch(() => (runtime = undefined));
  return runtime;
}

/**
 * How one result links to its FAQ: the words to mark on the result, and the article URL that
 * marks them there too (`?hl=`). Shared by the results page and the suggestion list.
 */
export function resultLink(doc: FaqEntry, highlight: readonly string[]): { marks: string[]; href: string } {
  const marks = marksFor(highlight, doc.topics);
  return { marks, href: sitePath(faqPath(doc.id)) + (marks.length ? `?hl=${encodeURIComponent(marks.join(' '))}` : '') };
}

/** Small DOM builder: text always goes in as text. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== undefined && child !== false) el.append(child);
  return el;
}

/** Text with <mark>s as DOM nodes. */
export function marked(segments: { text: string; mark: boolean }[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const s of segments) fragment.append(s.mark ? h('mark', {}, s.text) : s.text);
  return fragment;
}
