/** The body an imported record becomes: its Markdown as written, under the page's own title. */
import { eachLine } from '../markdown-lines.ts';

/**
 * Headings for a page whose title is already the h1: a leading "# Title" is dropped and other
 * level-1 headings become level 2. An unclosed code fence is closed at the end.
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
