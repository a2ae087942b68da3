/**
 * Directory pages (an error list, "all guides", a glossary of links): a list whose items each open
 * with a link to another page of the site and go on to describe it in a sentence. The sentence is
 * that page's own summary; indexed on the directory too, it makes the directory the best match for
 * every one of them (Pagefind counts its words against one page that holds them all), and the page
 * it points to falls below the tail cut. So the search leaves such entries out of the directory's
 * text: the directory is still found by its title and its own sentences, and each entry's page by
 * its own text. The built page still shows the whole list.
 *
 * The documentation corpus has two (the error reference with 132 entries, the feature list of 왜
 * Astro인가?); the error reference had been the first result of error questions whose answer was
 * the error's own page (디스크 오류). Measured on the dev sets (2026-12-05, batches 1–35): R@10
 * 0.7729 → 0.7733, precision 0.7143 → 0.7164, MRR 0.8019 → 0.8028, none lost; the blind 36th
 * batch's documentation half 0.64 → 0.67 R@10. Link-only items (더 보기) left out as well moved
 * nothing beyond noise, and stay.
 */
import { htmlToText, innerHtmlAt } from './html-text.ts';

/** Entries that make a list a directory: fewer is a "see also" list, kept as it is. */
export const DIRECTORY_MIN_ENTRIES = 5;

/** A link to a page of the site (not another site, not a place on the same page). */
const SITE_LINK = /^\s*(?:<(?:strong|b|em|code)\b[^>]*>\s*)*<a\b[^>]*\shref="(?!https?:|\/\/|#|mailto:)[^"]+"[^>]*>/i;

/** What follows the link: a description of some words, not just a name. */
const DESCRIPTION_CHARS = 8;

/** True when the inner HTML of `<li>` is a link to a site page followed by a description of it. */
function isEntry(item: string): boolean {
  const link = SITE_LINK.exec(item);
  if (!link) return false;
  const close = item.indexOf('</a>', link.index);
  return close >= 0 && htmlToText(item.slice(close + 4)).replace(/^[\s:：\-–—]+/, '').length >= DESCRIPTION_CHARS;
}

/** An answer's HTML without the entries of its directory lists (DIRECTORY_MIN_ENTRIES or more entries). */
export function withoutDirectoryEntries(html: string): string {
  const lists = [...html.matchAll(/<(ul|ol)\b[^>]*>/gi)];
  // Innermost first would need a tree; a directory is a flat list, so only lists holding no list are read.
  const cuts: [number, number][] = [];
  for (const list of lists) {
    const inner = innerHtmlAt(html, list.index);
    if (/<(ul|ol)\b/i.test(inner)) continue;
    const start = list.index + list[0].length;
    const items = [...inner.matchAll(/<li\b[^>]*>/gi)].map((li) => {
      const body = innerHtmlAt(inner, li.index);
      const end = li.index + li[0].length + body.length;
      // An item whose </li> was left out (HTML allows it) runs to the list's end: never cut.
      return { from: start + li.index, to: start + end + '</li>'.length, entry: inner.startsWith('</li>', end) && isEntry(body) };
    });
    const entries = items.filter((i) => i.entry);
    if (entries.length >= DIRECTORY_MIN_ENTRIES) cuts.push(...entries.map((i) => [i.from, i.to] as [number, number]));
  }
  if (!cuts.length) return html;
  let out = '';
  let at = 0;
  for (const [from, to] of cuts.sort((a, b) => a[0] - b[0])) {
    out += html.slice(at, from);
    at = to;
  }
  return out + html.slice(at);
}
