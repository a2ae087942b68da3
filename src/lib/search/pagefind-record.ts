/**
 * The page doum hands Pagefind for one FAQ: its answer as text, the hidden zone of extra index words
 * (see index-words.ts) after ZONE_MARK, and as metadata the title (searchable), the tree nodes
 * (filter `node`: service, category and subcategory ids, for counts at every level), the date
 * (filter `updated`, shown under each result; a filter because metadata would make 2026 a search
 * word) and sort keys. Only the answer and the zone are page text; everything else is marked
 * data-pagefind-ignore.
 */
import { ZONE_MARK, type ZoneWords } from './index-words.ts';

export interface PagefindRecordInput {
  title: string;
  /** Service, category and subcategory ids. */
  nodes: readonly string[];
  /** YYYY-MM-DD. */
  updated: string;
  /** Position in 가나다순 (the site's Korean collation), so Pagefind's numeric sort matches the category pages. */
  titleRank: number;
  body: string;
  zone: ZoneWords;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Pagefind filter names and sort keys the search page relies on. */
export const PAGEFIND_FILTER = { node: 'node', updated: 'updated' } as const;
export const PAGEFIND_SORT = { updated: 'updated', title: 'title' } as const;

export function pagefindRecordHtml(input: PagefindRecordInput): string {
  const span = (attribute: string, value: string) => `<span ${attribute}>${escapeHtml(value)}</span>`;
  const zone = [...input.zone]
    .sort(([a], [b]) => b - a)
    .map(([weight, words]) => (weight === 1 ? `<p>${escapeHtml(words.join(' '))}</p>` : `<p data-pagefind-weight="${weight}">${escapeHtml(words.join(' '))}</p>`))
    .join('');
  return [
    '<!doctype html><html lang="ko"><head><meta charset="utf-8"></head><body><main data-pagefind-body>',
    '<div data-pagefind-ignore>',
    span('data-pagefind-meta="title"', input.title),
    ...input.nodes.map((id) => span(`data-pagefind-filter="${PAGEFIND_FILTER.node}"`, id)),
    span(`data-pagefind-filter="${PAGEFIND_FILTER.updated}"`, input.updated),
    span(`data-pagefind-sort="${PAGEFIND_SORT.updated}"`, input.updated.replace(/-/g, '')),
    span(`data-pagefind-sort="${PAGEFIND_SORT.title}"`, String(input.titleRank)),
    '</div>',
    `<div>${escapeHtml(input.body)}</div>`,
    `<div><p>${ZONE_MARK}</p>${zone}</div>`,
    '</main></body></html>',
  ].join('');
}
