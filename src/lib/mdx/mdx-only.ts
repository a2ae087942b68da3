/**
 * A `.md` FAQ is Markdown: a writer component or an MDX comment (`{/* … *\/}`) in it shows as plain text on the
 * page. `npm run check` names such lines so the writer can rename the file to `.mdx`.
 */
import { WRITER_COMPONENT_NAMES } from '../../components/mdx/props.ts';
import { eachLine, withoutCodeSpans } from '../markdown-lines.ts';

export interface MdxOnlyUse {
  /** 1-based line in the text given. */
  line: number;
  /** What was found, as written: `<Note>`, `{/* … *\/}`. */
  found: string;
}

const COMPONENT = new RegExp(`</?(${WRITER_COMPONENT_NAMES.join('|')})(?=[\\s/>])`, 'g');
const COMMENT = /\{\/\*/;

/** Writer components and MDX comments outside code, in order. */
export function mdxOnlySyntax(markdown: string): MdxOnlyUse[] {
  const uses: MdxOnlyUse[] = [];
  let line = 0;
  eachLine(markdown, (text, code) => {
    line++;
    if (code) return;
    const plain = withoutCodeSpans(text);
    const found = new Set([...plain.matchAll(COMPONENT)].map((m) => `<${m[1]}>`));
    if (COMMENT.test(plain)) found.add('{/* … */}');
    for (const what of found) uses.push({ line, found: what });
  });
  return uses;
}
