/**
 * Marks the search words (?hl=…) in an FAQ after a visitor clicks a result. Words come from the
 * URL, so they are only ever matched against text nodes, never inserted as markup.
 */
import { matchRanges } from '../lib/search/highlight.ts';
import { normalizeText } from '../lib/search/normalize.ts';

export function highlightFromUrl(): void {
  const raw = new URLSearchParams(location.search).get('hl') ?? '';
  // NFC/NFKC first: a link may carry decomposed jamo (macOS, some IMEs) that would never match.
  const terms = normalizeText(raw).toLowerCase().split(/\s+/).filter((t) => t.length > 0).slice(0, 20);
  if (!terms.length) return;
  const roots = document.querySelectorAll('[data-faq-title], [data-faq-body]');
  let first: HTMLElement | undefined;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      const text = node.data;
      const ranges = matchRanges(text, terms);
      if (!ranges.length) continue;
      const fragment = document.createDocumentFragment();
      let at = 0;
      for (const [s, e] of ranges) {
        if (s > at) fragment.append(text.slice(at, s));
        const mark = document.createElement('mark');
        mark.className = 'search-highlight';
        mark.textContent = text.slice(s, e);
        fragment.append(mark);
        if (!first && root.hasAttribute('data-faq-body')) first = mark;
        at = e;
      }
      if (at < text.length) fragment.append(text.slice(at));
      node.replaceWith(fragment);
    }
  }
  first?.scrollIntoView({ block: 'center' });
}
