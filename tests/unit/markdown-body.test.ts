import { describe, expect, it } from 'vitest';
import { faqMarkdown } from '../../src/integrations/faq-markdown.ts';
import { demoteHeadings } from '../../src/lib/import/markdown-body.ts';
import { eachLine, withoutCodeSpans } from '../../src/lib/markdown-lines.ts';
import { mdxOnlySyntax } from '../../src/lib/mdx/mdx-only.ts';

/** A `.md` FAQ as the build renders it (Astro's Markdown processor with doum's plugins). */
async function renderMd(markdown: string, base = '/'): Promise<string> {
  const renderer = await faqMarkdown({ base }).createRenderer({ syntaxHighlight: false, shikiConfig: {} } as never);
  return (await renderer.render(markdown, { frontmatter: {} } as never)).code.trimEnd();
}

describe('eachLine and withoutCodeSpans: where code is', () => {
  const codeLines = (markdown: string) => {
    const out: string[] = [];
    eachLine(markdown, (line, code) => code && out.push(line));
    return out;
  };

  it('fenced code, backtick or tilde, closed only by the same fence at least as long', () => {
    expect(codeLines('a\n```json\n{x}\n```\nb')).toEqual(['```json', '{x}', '```']);
    expect(codeLines('~~~\n{x}\n```\n~~~\n{z}')).toEqual(['~~~', '{x}', '```', '~~~']);
    expect(codeLines('````\n```\n{x}\n````\n{y}')).toEqual(['````', '```', '{x}', '````']);
    expect(codeLines('```js\n```not-a-close\n{x}\n```\n{y}')).toEqual(['```js', '```not-a-close', '{x}', '```']);
  });

  it('an unclosed fence is closed at the end', () => {
    expect(codeLines('```\nunclosed {x}')).toEqual(['```', 'unclosed {x}', '```']);
  });

  it('blanks inline code spans, keeping columns', () => {
    expect(withoutCodeSpans('`<Note>` and <Note>')).toBe('         and <Note>');
    expect(withoutCodeSpans('``a ` <b>`` <c>')).toBe('            <c>');
    expect(withoutCodeSpans('\\`not code <z>\\` tail')).toBe('\\`not code <z>\\` tail');
    expect(withoutCodeSpans('a ``` b <x>')).toBe('a ``` b <x>');
  });
});

describe('demoteHeadings', () => {
  it.each([
    ['drops a leading "# Title" and demotes later level-1 headings', '# Title\n\ntext\n# Other\n## two', 'text\n## Other\n## two'],
    ['drops the title even after blank lines', '\n\n# Title\n# Second', '## Second'],
    ['keeps a level-1 heading that is not first, demoted', 'intro\n# Title', 'intro\n## Title'],
    ['keeps the second of two level-1 headings, demoted', '# A\n\n# B', '## B'],
    ['leaves # lines inside a fence alone', 'intro\n\n```sh\n# comment\n```\n# real', 'intro\n\n```sh\n# comment\n```\n## real'],
    ['does not touch "#hashtag" (no space) or deeper headings', 'text\n#hashtag\n### 셋', 'text\n#hashtag\n### 셋'],
    ['leaves braces, angle brackets and import/export as they are: Markdown needs no escaping', 'a {b} <c> d\nexport default x', 'a {b} <c> d\nexport default x'],
  ])('%s', (_, markdown, expected) => {
    expect(demoteHeadings(markdown)).toBe(expected);
  });
});

describe('a .md FAQ is Markdown: tags are text, code stays code', () => {
  const hostile = [
    '중괄호 {a} 와 {} 그리고 <div>블록</div> 태그',
    '',
    '<script>alert(1)</script>',
    '',
    '<div>',
    '**굵게** &lt;이미 이스케이프&gt; \\{괄호\\}',
    '</div>',
    '',
    '인라인 `code {x} <y>` 와 <b>굵게</b> <!-- 주석 -->',
    '',
    '```json',
    '{"key": "<value>"}',
    '```',
    '',
    '| 열 {1} | <b>굵게</b> |',
    '|---|---|',
    '| `{x}` | a < b |',
    '',
    '> <span>인용</span>',
    '',
    'export default function X() {}',
    'import y from "z"',
    '<https://example.com/?q=1>',
  ].join('\n');

  it('renders every tag as visible text and runs nothing', async () => {
    const html = await renderMd(hostile);
    expect(html).not.toMatch(/<(script|div|b|span)\b/);
    expect(html).toContain('<p>중괄호 {a} 와 {} 그리고 &lt;div&gt;블록&lt;/div&gt; 태그</p>');
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).toContain('<p>&lt;div&gt;\n<strong>굵게</strong> &lt;이미 이스케이프&gt; {괄호}\n&lt;/div&gt;</p>');
    expect(html).toContain('<code>code {x} &lt;y&gt;</code> 와 &lt;b&gt;굵게&lt;/b&gt; &lt;!-- 주석 --&gt;');
    expect(html).toContain('<pre><code class="language-json">{"key": "&lt;value&gt;"}\n</code></pre>');
    expect(html).toMatch(/<td><code>\{x\}<\/code><\/td>\s*<td>a &lt; b<\/td>/);
    expect(html).toContain('<blockquote>\n<p>&lt;span&gt;인용&lt;/span&gt;</p>\n</blockquote>');
    expect(html).toContain('<p>export default function X() {}\nimport y from "z"\n<a href="https://example.com/?q=1">https://example.com/?q=1</a></p>');
  });

  it('keeps quotes as written (no smart punctuation)', async () => {
    expect(await renderMd('"따옴표"와 \'작은따옴표\' -- 줄표...')).toBe('<p>"따옴표"와 \'작은따옴표\' -- 줄표...</p>');
  });

  it('puts root-relative links and images under the base, and leaves the rest', async () => {
    const html = await renderMd('[링크](/faq/x/) ![그림](/images/a.png) [외부](https://e.com/) [proto](//cdn.example/a) [상대](faq/y) [홈](/)\n\n[참조][r]\n\n[r]: /faq/z/', '/preview/pr-1/');
    expect(html).toContain(
      '<a href="/preview/pr-1/faq/x/">링크</a> <img src="/preview/pr-1/images/a.png" alt="그림"> <a href="https://e.com/">외부</a> ' +
        '<a href="//cdn.example/a">proto</a> <a href="faq/y">상대</a> <a href="/preview/pr-1/">홈</a>',
    );
    expect(html).toContain('<a href="/preview/pr-1/faq/z/">참조</a>');
    expect(await renderMd('[링크](/faq/x/)')).toBe('<p><a href="/faq/x/">링크</a></p>');
  });
});

describe('mdxOnlySyntax: what a .md file shows as text but an .mdx file would run', () => {
  it('finds writer components and MDX comments outside code, a line each', () => {
    expect(mdxOnlySyntax('첫 줄\n<Note type="warning">주의</Note>\n\n<MenuPath path="a > b" />와 {/* 메모 */}\n<Notes>는 아님')).toEqual([
      { line: 2, found: '<Note>' },
      { line: 4, found: '<MenuPath>' },
      { line: 4, found: '{/* … */}' },
    ]);
  });

  it('ignores code, other tags and braces', () => {
    expect(mdxOnlySyntax('`<Note>` 와 <div> {a}\n\n```mdx\n<Note>예시</Note>\n```\n<note>')).toEqual([]);
  });
});
