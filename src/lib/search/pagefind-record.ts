/**
 * The page doum hands Pagefind for one FAQ: its answer as text, the hidden zone of extra index words
 * (see index-words.ts) after ZONE_MARK, the title as searchable metadata, and three filters: `node`
 * (the subcategory: a result's breadcrumb, and browsing a category without a query; the counts
 * come from doum.json, see page-directory.ts), `updated` (the date shown under each result; a
 * filter, as metadata would make 2026 a search word) and `title` (the page's bucket in 가나다순).
 * 가나다순 goes through a filter rather than data-pagefind-sort, whose lists would sit in pf_meta
 * and cost every first search; 최신순 is the page order. Only the answer and the zone are page
 * text; everything else is marked data-pagefind-ignore.
 */
import { ZONE_MARK, type ZoneWords } from './index-words.ts';

export interface PagefindRecordInput {
  title: string;
  /** The subcategory id. */
  subcategory: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** Position in 가나다순 (the site's Korean collation, as on the category pages). */
  titleRank: number;
  body: string;
  zone: ZoneWords;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Pagefind filter names the search relies on. */
export const PAGEFIND_FILTER = { node: 'node', updated: 'updated', title: 'title' } as const;

/** Pages per 가나다순 bucket: a page of results reads a bucket or two and orders them itself. */
export const TITLE_BUCKET = 8;

/** The `title` filter value of a title rank: zero-padded, so text order is rank order. */
export function titleBucket(rank: number): string {
  return String(Math.floor(rank / TITLE_BUCKET)).padStart(5, '0');
}

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
    span(`data-pagefind-filter="${PAGEFIND_FILTER.node}"`, input.subcategory),
    span(`data-pagefind-filter="${PAGEFIND_FILTER.updated}"`, input.updated),
    span(`data-pagefind-filter="${PAGEFIND_FILTER.title}"`, titleBucket(input.titleRank)),
    '</div>',
    `<div>${escapeHtml(input.body)}</div>`,
    `<div><p>${ZONE_MARK}</p>${zone}</div>`,
    '</main></body></html>',
  ].join('');
}
