/**
 * <Tabs> puts every radio input before the panels (the CSS pairs the n-th input with the n-th
 * panel), so it needs its <Tab>s' labels before their panels. It reads them back from the HTML
 * its <Tab> children rendered: `<div class="tab-panel" data-tab-label="…">…</div>` each.
 */
import { decodeEntities } from '../search/html-text.ts';

export interface TabPanels {
  /** Labels in order, as text. */
  labels: string[];
  /** The panels' HTML, in order, without the whitespace between them. */
  html: string;
  /** Something other than a <Tab> sat directly inside <Tabs>. */
  strays: boolean;
}

/** `astro dev` adds data-astro-source-* attributes after ours. */
const PANEL = /^<div class="tab-panel" data-tab-label="([^"]*)"[^>]*>$/;
const DIV = /<div\b[^>]*>|<\/div>/g;

/** Splits rendered <Tabs> content into its top-level panels (HTML that Astro wrote, so well-formed). */
export function tabPanels(rendered: string): TabPanels {
  const labels: string[] = [];
  let html = '';
  let strays = false;
  let depth = 0;
  let start = 0;
  let last = 0;
  let inPanel = false;
  for (const m of rendered.matchAll(DIV)) {
    const closing = m[0].startsWith('</');
    if (depth === 0 && closing) {
      strays = true;
      last = m.index + m[0].length;
      continue;
    }
    if (depth === 0) {
      if (rendered.slice(last, m.index).trim()) strays = true;
      const panel = PANEL.exec(m[0]);
      if (panel) labels.push(decodeEntities(panel[1]!));
      else strays = true;
      inPanel = !!panel;
      start = m.index;
    }
    depth += closing ? -1 : 1;
    if (depth === 0) {
      last = m.index + m[0].length;
      if (inPanel) html += rendered.slice(start, last);
    }
  }
  if (rendered.slice(last).trim()) strays = true;
  return { labels, html, strays };
}

let groups = 0;

/** A radio group name no other <Tabs> in the build uses. */
export function nextTabGroup(): string {
  return `tabs-${++groups}`;
}
