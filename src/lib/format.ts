/** Korean display formats. */

/** 2025. 3. 14. style is what Korean help centres show; we use the compact 2025.03.14. */
export function formatDate(date: Date): string {
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}.${m}.${d}`;
}

/** Machine-readable date for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Number with thousands separators (1,234). */
export function formatCount(n: number): string {
  return n.toLocaleString('ko-KR');
}

/**
 * Plain text from an MDX body for summaries: drops code, JSX tags, Markdown marks and tables.
 * Good enough for a one-line description, not a renderer.
 */
export function plainTextOf(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[A-Z][\w.]*\b[^>]*\bpath="([^"]*)"[^>]*\/?>/g, ' $1 ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^\s*\|.*\|\s*$/gm, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/\\([\\{}<>[\]*_`#|~])|[*_`~]+/g, (_, escaped: string | undefined) => escaped ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts text at a word boundary near `max` characters, adding an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
