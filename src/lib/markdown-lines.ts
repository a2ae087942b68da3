/** Line-level reading of Markdown that knows where code is, for tools that must not touch code. */

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** A fence opener per CommonMark: a backtick fence's info string may not contain a backtick. */
function fenceOpener(line: string): { char: string; length: number } | undefined {
  const m = FENCE.exec(line);
  if (!m || (m[2]![0] === '`' && m[3]!.includes('`'))) return undefined;
  return { char: m[2]![0]!, length: m[2]!.length };
}

/**
 * Calls `visit` for each line with whether it is inside (or is a delimiter of) fenced code. An
 * unclosed fence is closed with one more visited line, as it would swallow what follows anyway.
 */
export function eachLine(markdown: string, visit: (line: string, code: boolean) => void): void {
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
  if (fence) visit(fence.char.repeat(fence.length), true);
}

/** Index of the next run of exactly `length` backticks at or after `from`, or -1. */
function findClosingRun(line: string, from: number, length: number): number {
  const ticks = /`+/g;
  ticks.lastIndex = from;
  for (let m = ticks.exec(line); m; m = ticks.exec(line)) if (m[0].length === length) return m.index;
  return -1;
}

/**
 * A line outside fenced code with its inline code spans blanked out (same length, so columns
 * hold). Code spans follow CommonMark: a run of N backticks closes at the next run of exactly N;
 * a backslash-escaped backtick is a literal, not an opener.
 */
export function withoutCodeSpans(line: string): string {
  let out = '';
  let at = 0;
  const ticks = /`+/g;
  for (let m = ticks.exec(line); m; m = ticks.exec(line)) {
    let start = m.index;
    let run = m[0];
    let slashes = 0;
    while (line[start - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) {
      start++;
      run = run.slice(1);
      if (!run) continue;
    }
    const closing = findClosingRun(line, start + run.length, run.length);
    if (closing < 0) continue;
    out += line.slice(at, start) + ' '.repeat(closing + run.length - start);
    at = closing + run.length;
    ticks.lastIndex = at;
  }
  return out + line.slice(at);
}
