/**
 * Makes arbitrary Markdown safe to compile as MDX without changing what it shows: outside code,
 * characters MDX reads as code or JSX ({, }, <) are escaped, ESM-looking lines are defused, and
 * autolinks (<https://…>, which MDX does not support) become ordinary links.
 */

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** A fence opener per CommonMark: a backtick fence's info string may not contain a backtick. */
function fenceOpener(line: string): { char: string; length: number } | undefined {
  const m = FENCE.exec(line);
  if (!m || (m[2]![0] === '`' && m[3]!.includes('`'))) return undefined;
  return { char: m[2]![0]!, length: m[2]!.length };
}

/** Calls `visit` for each line with whether it is inside (or is a delimiter of) fenced code. */
function eachLine(markdown: string, visit: (line: string, code: boolean) => void): void {
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence) {
      visit(line, true);
      const m = FENCE.exec(line);
      if (m && m[2]![0] === fence.char && m[2]!.length >= fence.length && !m[3]!.trim()) fence = undefined;
      continue;
    }
    fence = fenceOpener(line);
    visit(line, !!fence);
  }
  // An unclosed fence would swallow the rest of the file either way; close it so MDX can parse.
  if (fence) visit(fence.char.repeat(fence.length), true);
}

/** Escapes one stretch of text that is not code. */
function escapeText(text: string): string {
  return text
    .replace(/\]\(<([^<>\s]+)>/g, ']($1')
    .replace(/<((?:https?|mailto|ftp):[^\s<>]+)>/gi, '[$1]($1)')
    .replace(/(\\*)([{}<])/g, (whole, slashes: string, ch: string) => (slashes.length % 2 === 1 ? whole : `${slashes}\\${ch}`));
}

/**
 * Escapes a line outside fenced code, leaving inline code spans as they are. Code spans follow
 * CommonMark: a run of N backticks closes at the next run of exactly N; a backslash-escaped
 * backtick outside code is a literal, not an opener.
 */
function escapeLine(line: string): string {
  let out = '';
  let at = 0;
  const ticks = /`+/g;
  for (let m = ticks.exec(line); m; m = ticks.exec(line)) {
    let start = m.index;
    let run = m[0];
    let slashes = 0;
    while (line[start - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) {
      // \` is a literal backtick; what is left of the run may still open a span.
      start++;
      run = run.slice(1);
      if (!run) continue;
    }
    const closing = findClosingRun(line, start + run.length, run.length);
    if (closing < 0) continue;
    out += escapeText(line.slice(at, start)) + line.slice(start, closing + run.length);
    at = closing + run.length;
    ticks.lastIndex = at;
  }
  out += escapeText(line.slice(at));
  // MDX treats a line starting with import/export as JavaScript: spell the first letter as an entity.
  return out.replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** Index of the next run of exactly `length` backticks at or after `from`, or -1. */
function findClosingRun(line: string, from: number, length: number): number {
  const ticks = /`+/g;
  ticks.lastIndex = from;
  for (let m = ticks.exec(line); m; m = ticks.exec(line)) if (m[0].length === length) return m.index;
  return -1;
}

export function markdownToMdx(markdown: string): string {
  const out: string[] = [];
  eachLine(markdown, (line, code) => out.push(code ? line : escapeLine(line)));
  return out.join('\n');
}

/**
 * Headings for a page whose title is already the h1: a leading "# Title" is dropped and other
 * level-1 headings become level 2.
 */
export function demoteHeadings(markdown: string): string {
  const out: string[] = [];
  let seenText = false;
  eachLine(markdown, (line, code) => {
    if (!code && /^# /.test(line)) {
      if (!seenText) {
        seenText = true;
        return; // the page's h1 is the FAQ title already
      }
      out.push(`#${line}`);
      return;
    }
    if (line.trim()) seenText = true;
    out.push(line);
  });
  return out.join('\n').replace(/^\n+/, '');
}
