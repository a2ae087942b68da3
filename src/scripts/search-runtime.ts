/** One search engine per page, created on first use (Pagefind-style lazy loading). */
import { SearchEngine } from '../lib/search/engine.ts';
import { httpLoader } from '../lib/search/browser-loader.ts';

let engine: SearchEngine | undefined;

export function getEngine(): SearchEngine {
  engine ??= new SearchEngine(httpLoader(`${import.meta.env.BASE_URL}search-index/`));
  return engine;
}

/** Site-relative URL under the base. */
export function sitePath(path: string): string {
  return import.meta.env.BASE_URL + path.replace(/^\/+/, '');
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
