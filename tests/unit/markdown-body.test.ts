import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { demoteHeadings, markdownToMdx } from '../../src/lib/import/markdown-to-mdx.ts';
import { renderMdx } from '../../src/lib/mdx/render-mdx.ts';
import { mdxComponents } from '../../src/components/mdx/index.ts';

interface Node {
  type: string;
  value?: string;
  lang?: string | null;
  url?: string;
  name?: string | null;
  children?: Node[];
}

/** Every node of the mdast tree, depth first. */
function nodesOf(tree: Node): Node[] {
  const out: Node[] = [];
  const walk = (node: Node) => {
    out.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

const CODE_NODE = /^mdx(Text|Flow)Expression$|^mdxJsx|^mdxjsEsm$/;
const codeNodesIn = (mdx: string) => nodesOf(mdxToMdast(mdx) as Node).filter((n) => CODE_NODE.test(n.type));

describe('markdownToMdx: text outside code', () => {
  it('escapes braces and opening angle brackets', () => {
    expect(markdownToMdx('a {b} <c> d')).toBe('a \\{b\\} \\<c> d');
    expect(markdownToMdx('x<y and a>b')).toBe('x\\<y and a>b');
  });

  it('escapes inside headings, quotes, list items and tables', () => {
    expect(markdownToMdx('# 제목 {x}')).toBe('# 제목 \\{x\\}');
    expect(markdownToMdx('> 인용 {x}')).toBe('> 인용 \\{x\\}');
    expect(markdownToMdx('- <div>a</div>')).toBe('- \\<div>a\\</div>');
  });

  it('does not double-escape an already escaped brace', () => {
    expect(markdownToMdx('already \\{ escaped \\}')).toBe('already \\{ escaped \\}');
  });

  it('escapes a brace that follows an escaped backslash (\\\\{)', () => {
    // `\\{` is a literal backslash followed by a live brace.
    expect(markdownToMdx('a \\\\{b')).toBe('a \\\\\\{b');
  });

  it('normalises CRLF line endings', () => {
    expect(markdownToMdx('a\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('markdownToMdx: code is left alone', () => {
  it('keeps inline code spans as they are', () => {
    expect(markdownToMdx('`code {x}` and {y}')).toBe('`code {x}` and \\{y\\}');
    expect(markdownToMdx('`<div>` <div>')).toBe('`<div>` \\<div>');
  });

  it('treats a backslash-escaped backtick as a literal, not a span opener', () => {
    expect(markdownToMdx('\\`not code {z}\\` tail')).toBe('\\`not code \\{z\\}\\` tail');
  });

  it('a backtick after an escaped backslash does open a span', () => {
    expect(markdownToMdx('\\\\`code {q}`')).toBe('\\\\`code {q}`');
  });

  it('an escaped backtick at the start of a double run leaves a single-tick span', () => {
    expect(markdownToMdx('\\``code {q}` {r}')).toBe('\\``code {q}` \\{r\\}');
  });

  it('closes a multi-backtick span only at a run of the same length', () => {
    expect(markdownToMdx('``a ` {b}`` {c}')).toBe('``a ` {b}`` \\{c\\}');
    expect(markdownToMdx('`` ` `` {a} ` {b}')).toBe('`` ` `` \\{a\\} ` \\{b\\}');
  });

  it('an unmatched backtick run is text, so what follows is still escaped', () => {
    expect(markdownToMdx('a ``` b {x}')).toBe('a ``` b \\{x\\}');
  });

  it('keeps fenced code blocks untouched, backtick or tilde', () => {
    expect(markdownToMdx('```json\n{"a": <b>}\n```\n{x}')).toBe('```json\n{"a": <b>}\n```\n\\{x\\}');
    expect(markdownToMdx('~~~\n{x}\n```\n{y}\n~~~\n{z}')).toBe('~~~\n{x}\n```\n{y}\n~~~\n\\{z\\}');
  });

  it('closes a fence only with a run of the same char at least as long, and nothing after it', () => {
    expect(markdownToMdx('````\n```\n{x}\n````\n{y}')).toBe('````\n```\n{x}\n````\n\\{y\\}');
    expect(markdownToMdx('```js\n```not-a-close\n{x}\n```\n{y}')).toBe('```js\n```not-a-close\n{x}\n```\n\\{y\\}');
    expect(markdownToMdx('   ```\n{x}\n   ```   \n{y}')).toBe('   ```\n{x}\n   ```   \n\\{y\\}');
  });

  it('closes an unclosed fence at the end with the same fence', () => {
    expect(markdownToMdx('```\nunclosed {x}')).toBe('```\nunclosed {x}\n```');
    expect(markdownToMdx('intro\n\n~~~~\n{x}')).toBe('intro\n\n~~~~\n{x}\n~~~~');
    expect(codeNodesIn(markdownToMdx('```\nunclosed {x}\n<div>'))).toEqual([]);
  });
});

describe('markdownToMdx: links and ESM', () => {
  it('turns autolinks into ordinary links', () => {
    expect(markdownToMdx('<https://example.com/a?b=1>')).toBe('[https://example.com/a?b=1](https://example.com/a?b=1)');
    expect(markdownToMdx('<mailto:a@b.com> <ftp://x.y/z>')).toBe('[mailto:a@b.com](mailto:a@b.com) [ftp://x.y/z](ftp://x.y/z)');
    const links = nodesOf(mdxToMdast(markdownToMdx('보기: <https://example.com/a>')) as Node).filter((n) => n.type === 'link');
    expect(links.map((l) => l.url)).toEqual(['https://example.com/a']);
  });

  it('unwraps an angle-bracketed relative link destination', () => {
    expect(markdownToMdx('[t](</faq/x/>)')).toBe('[t](/faq/x/)');
  });

  it('defuses import/export at the start of a line with an entity', () => {
    expect(markdownToMdx('export default x\nimport y from "z"')).toBe('&#101;xport default x\n&#105;mport y from "z"');
  });

  it('leaves words that merely start with import/export alone', () => {
    expect(markdownToMdx('importance exporter')).toBe('importance exporter');
    expect(markdownToMdx('we import things')).toBe('we import things');
  });

  it('keeps tables intact (pipes and separator row)', () => {
    expect(markdownToMdx('| a | b |\n|---|---|\n| {1} | <x> |')).toBe('| a | b |\n|---|---|\n| \\{1\\} | \\<x> |');
  });
});

describe('markdownToMdx: the output parses as MDX without code', () => {
  const hostile = [
    '# 제목',
    '',
    '중괄호 {a} 와 {} 그리고 <div>블록</div> 태그',
    '<script>alert(1)</script>',
    '인라인 `code {x}` 와 ``a ` {b}`` 끝',
    '',
    '```json',
    '{"key": {"nested": [1, 2]}}',
    '<div>not jsx</div>',
    '```',
    '',
    '| 열 {1} | <b>굵게</b> |',
    '|---|---|',
    '| {x} | a < b |',
    '',
    'export default function X() {}',
    'import y from "z"',
    '<https://example.com/?q=1>',
  ].join('\n');

  it('the raw sample really is hostile (the parser sees code in it)', () => {
    let found: string[];
    try {
      found = codeNodesIn(hostile).map((n) => n.type);
    } catch {
      found = ['parse error'];
    }
    expect(found.length).toBeGreaterThan(0);
  });

  it('has no expression, JSX or ESM nodes after conversion', () => {
    const tree = mdxToMdast(markdownToMdx(hostile)) as Node;
    const offenders = nodesOf(tree).filter((n) => CODE_NODE.test(n.type));
    expect(offenders).toEqual([]);
    expect(nodesOf(tree).some((n) => n.type === 'table')).toBe(true);
  });

  it('keeps code content byte for byte', () => {
    const nodes = nodesOf(mdxToMdast(markdownToMdx(hostile)) as Node);
    expect(nodes.filter((n) => n.type === 'inlineCode').map((n) => n.value)).toEqual(['code {x}', 'a ` {b}']);
    const block = nodes.find((n) => n.type === 'code');
    expect(block?.lang).toBe('json');
    expect(block?.value).toBe('{"key": {"nested": [1, 2]}}\n<div>not jsx</div>');
  });

  it('renders with the site renderer, showing the braces and tags as text', () => {
    const html = renderMdx(markdownToMdx(hostile), mdxComponents, {
      file: 'content/faq/x.mdx',
      base: '/',
      faqTitle: () => undefined,
      faqIds: () => [],
    });
    expect(html).toContain('중괄호 {a} 와 {} 그리고 &lt;div&gt;블록&lt;/div&gt; 태그');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toContain('export default function X() {}');
    expect(html).toContain('<a href="https://example.com/?q=1">');
  });
});

describe('demoteHeadings', () => {
  it('drops a leading "# Title" and demotes later level-1 headings', () => {
    expect(demoteHeadings('# Title\n\ntext\n# Other\n## two')).toBe('text\n## Other\n## two');
  });

  it('drops the title even after blank lines', () => {
    expect(demoteHeadings('\n\n# Title\n# Second')).toBe('## Second');
  });

  it('keeps a level-1 heading that is not first, demoted', () => {
    expect(demoteHeadings('intro\n# Title')).toBe('intro\n## Title');
    expect(demoteHeadings('# A\n\n# B')).toBe('## B');
  });

  it('leaves # lines inside a simple fence alone', () => {
    expect(demoteHeadings('intro\n\n```sh\n# comment\n```\n# real')).toBe('intro\n\n```sh\n# comment\n```\n## real');
  });

  it('does not touch "#hashtag" (no space) or deeper headings', () => {
    expect(demoteHeadings('text\n#hashtag\n### 셋')).toBe('text\n#hashtag\n### 셋');
  });
});
