import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { faqMdxCompiler } from '../../src/integrations/faq-markdown.ts';
import { FaqMdxError } from '../../src/lib/mdx/faq-rules.ts';

/**
 * The compile-time check of .mdx FAQs, through the same processor @astrojs/mdx runs in `astro
 * build` and `astro dev`: every message names file:line, what is expected and the valid choices.
 */
const FILE = path.resolve('content/faq/x.mdx');
const FRONTMATTER = '---\ntitle: "환불 계좌"\nupdated: 2025-01-01\n---\n\n';

/** One compiler per policy, made on first use: each is a whole MDX processor. */
const compilers = new Map<boolean, ReturnType<typeof faqMdxCompiler>>();

async function compile(source: string, allowCode = false): Promise<string> {
  let compiler = compilers.get(allowCode);
  if (!compiler) compilers.set(allowCode, (compiler = faqMdxCompiler({ base: '/', allowCode, faqIds: () => new Set(['refund-account', 'partial-refund']) })));
  return (await compiler)(source, FILE);
}

/** The message the build stops with. */
async function failure(source: string, allowCode = false): Promise<string> {
  try {
    await compile(source, allowCode);
  } catch (error) {
    expect(error).toBeInstanceOf(FaqMdxError);
    return (error as Error).message;
  }
  throw new Error('expected the MDX to be refused');
}

describe('writer rules: what compiles', () => {
  it('Markdown, the writer components with literal props, inline tags and comments', async () => {
    const source = [
      '## 소개',
      '<Note type="warning" title="조심">**주의**</Note>',
      '<Note type={"note"}>a</Note>',
      '<Steps>\n\n1. 하나\n2. 둘\n\n</Steps>',
      '<MenuPath path="관리자센터 > 나의 월렛" />에서 <FaqLink id="refund-account" />를 보세요.',
      '<Tabs label="기기">\n<Tab label="iOS">\n\n아이폰\n\n</Tab>\n<Tab label="안드로이드">\n\n갤럭시\n\n</Tab>\n</Tabs>',
      '<Tabs><Tab label="a">x</Tab><Tab label="b">y</Tab></Tabs>',
      '<Figure src="/images/a.png" alt="그림" caption="캡션" width={300} />',
      '<kbd>Ctrl</kbd>+<kbd>C</kbd> 줄<br />바꿈 H<sub>2</sub>O {/* 메모 */}',
      '{/* 블록 메모 */}',
      '![그림 설명](/images/a.png)',
    ].join('\n\n');
    await expect(compile(`${FRONTMATTER}${source}`)).resolves.toContain('_createMdxContent');
  });
});

describe('writer rules: errors name file:line, what was expected and the choices', () => {
  it('unknown component, with the close and the valid names', async () => {
    expect(await failure('첫 줄\n\n<Notee>안내</Notee>')).toMatchInlineSnapshot(`"content/faq/x.mdx:3: <Notee>은(는) 쓸 수 없는 태그입니다. 비슷한 컴포넌트: Note. 쓸 수 있는 컴포넌트: FaqLink, Figure, MenuPath, Note, Steps, Tab, Tabs. 꺾쇠(<)를 글자로 쓰려면 \\<처럼 적어 주세요."`);
  });

  it('raw HTML block tags and inline tags with attributes are unknown too', async () => {
    expect(await failure('<script>alert(1)</script>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <script>은(는) 쓸 수 없는 태그입니다. 쓸 수 있는 컴포넌트: FaqLink, Figure, MenuPath, Note, Steps, Tab, Tabs. 꺾쇠(<)를 글자로 쓰려면 \\<처럼 적어 주세요."`);
    expect(await failure('<kbd class="x">a</kbd>')).toMatch(/^content\/faq\/x\.mdx:1: <kbd>은\(는\) 쓸 수 없는 태그입니다/);
  });

  it('misspelt prop, with the close and the valid props', async () => {
    expect(await failure('<Note titel="x">a</Note>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Note>에는 titel 속성이 없습니다. 비슷한 속성: title. 쓸 수 있는 속성: type, title"`);
    expect(await failure('<Figure src="/a.png" alt="a" size={3} />')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Figure>에는 size 속성이 없습니다. 쓸 수 있는 속성: src, alt, caption, width, height"`);
  });

  it('JavaScript expression', async () => {
    expect(await failure(`${FRONTMATTER}ok\n\n{1+1}`)).toMatchInlineSnapshot(`"content/faq/x.mdx:8: {1+1}: 도움말에는 자바스크립트 식을 쓸 수 없습니다. 중괄호를 글자로 쓰려면 \\{ \\}처럼 적어 주세요."`);
  });

  it('import and export', async () => {
    expect(await failure(`${FRONTMATTER}import X from "y"\n\nhi`)).toMatchInlineSnapshot(`"content/faq/x.mdx:6: import/export는 쓸 수 없습니다. 컴포넌트는 가져오지 않아도 바로 쓸 수 있습니다."`);
    expect(await failure(`${FRONTMATTER}export const a = 1`)).toMatchInlineSnapshot(`"content/faq/x.mdx:6: import/export는 쓸 수 없습니다. 컴포넌트는 가져오지 않아도 바로 쓸 수 있습니다."`);
  });

  it('expression and spread props', async () => {
    expect(await failure('<Note title={x}>a</Note>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: title={x}: 속성 값에는 "글자", 숫자, true/false만 쓸 수 있습니다."`);
    expect(await failure('<Note {...p}>a</Note>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Note>: {...} 형태의 속성은 쓸 수 없습니다."`);
  });

  it('wrong literal values', async () => {
    expect(await failure('<Note type="bogus">a</Note>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Note> type: "note" 또는 "warning"이어야 합니다. 받은 값: "bogus""`);
    expect(await failure('<Note title="  ">a</Note>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Note> title: 비어 있지 않은 제목이어야 합니다. 받은 값: "  ""`);
    expect(await failure('<MenuPath path="관리자센터" />')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <MenuPath> path: "관리자센터 > 나의 월렛 > 충전"처럼 >로 나눈 두 단계 이상의 메뉴 이름이어야 합니다. 받은 값: "관리자센터""`);
    expect(await failure('<MenuPath path="관리자센터 > " />')).toMatch(/<MenuPath> path: .*받은 값: "관리자센터 > "$/);
    expect(await failure('<Figure src="/images/a.png" />')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Figure> alt: 이미지를 설명하는 대체 텍스트이어야 합니다. 받은 값: 없음"`);
    expect(await failure('<Figure src="images/a.png" alt="a" />')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Figure> src: public/ 아래 경로("/images/…") 또는 https:// 주소이어야 합니다. 받은 값: "images/a.png""`);
    expect(await failure('<Figure src="/a.png" alt="a" width={-1} />')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Figure> width: 양수(픽셀)이어야 합니다. 받은 값: -1"`);
    expect(await failure('<FaqLink />')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <FaqLink> id: 연결할 도움말의 id(파일 이름)이어야 합니다. 받은 값: 없음"`);
  });

  it('FaqLink to a missing id suggests close ids', async () => {
    expect(await failure('<FaqLink id="refund-acount" />')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <FaqLink> id: "refund-acount"인 도움말이 없습니다. 비슷한 id: refund-account, partial-refund"`);
  });

  it('Steps, Tabs and Tab used the wrong way', async () => {
    expect(await failure('<Steps>\n\n- a\n\n</Steps>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Steps> 안에는 번호 목록(1. 2. 3.)이 있어야 합니다. 각 단계를 "1. "로 시작하는 줄로 적고, <Steps> 다음과 </Steps> 앞에 빈 줄을 두세요."`);
    expect(await failure('<Tabs>\n  <Tab label="iOS">\n\n아이폰\n\n  </Tab>\n</Tabs>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Tabs> 안에는 <Tab label="…">만 2~6개 있어야 합니다. 찾은 탭: 1개."`);
    expect(await failure('<Tabs>\n<Tab label="a">\nx\n</Tab>\n\n밖의 글\n\n<Tab label="b">\ny\n</Tab>\n</Tabs>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Tabs> 안에는 <Tab label="…">만 2~6개 있어야 합니다. 찾은 탭: 2개, 탭 밖의 내용이 있습니다."`);
    expect(await failure('<Tabs>\n<Tab label="a">\nx\n</Tab>\n<Tab label="">\ny\n</Tab>\n</Tabs>')).toMatchInlineSnapshot(`"content/faq/x.mdx:5: <Tab> label: 탭 이름(예: "iOS")이어야 합니다. 받은 값: """`);
    expect(await failure('<Tab label="x">a</Tab>')).toMatchInlineSnapshot(`"content/faq/x.mdx:1: <Tab>은 <Tabs> 안에만 쓸 수 있습니다."`);
  });

  it('image without alt text', async () => {
    expect(await failure(`${FRONTMATTER}글\n\n![](/images/a.png)`)).toMatchInlineSnapshot(`"content/faq/x.mdx:8: 이미지 /images/a.png에 대체 텍스트가 없습니다. ![이미지 설명](주소)처럼 적어 주세요."`);
  });

  it('every problem of a file at once, in order', async () => {
    expect(await failure('<Note titel="x">a</Note>\n\n{1+1}\n\n<Bogus />')).toMatchInlineSnapshot(`
      "content/faq/x.mdx:1: <Note>에는 titel 속성이 없습니다. 비슷한 속성: title. 쓸 수 있는 속성: type, title
      content/faq/x.mdx:3: {1+1}: 도움말에는 자바스크립트 식을 쓸 수 없습니다. 중괄호를 글자로 쓰려면 \\{ \\}처럼 적어 주세요.
      content/faq/x.mdx:5: <Bogus>은(는) 쓸 수 없는 태그입니다. 쓸 수 있는 컴포넌트: FaqLink, Figure, MenuPath, Note, Steps, Tab, Tabs. 꺾쇠(<)를 글자로 쓰려면 \\<처럼 적어 주세요."
    `);
  });

  it('MDX syntax errors in the same words, with file:line:column counted from the file start', async () => {
    expect(await failure(`${FRONTMATTER}a {`)).toMatchInlineSnapshot(`"content/faq/x.mdx:6:3: MDX 문법 오류: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character)"`);
    expect(await failure(`${FRONTMATTER}<Note>unclosed`)).toMatchInlineSnapshot(`"content/faq/x.mdx:6:1: MDX 문법 오류: Expected a closing tag for \`<Note>\` (6:1) before the end of \`paragraph\` (mdx-jsx:unexpected-character)"`);
  });
});

describe('writer rules: full MDX (allowCode) for teams that want it', () => {
  it('allows expressions, import/export, computed props, imported components and any HTML', async () => {
    const source = 'import Chart from "../../src/components/Chart.astro"\nexport const n = 2\n\n{n * 2}\n\n<Note title={`제목 ${n}`}>a</Note>\n\n<Chart /> <div className="x">b</div>';
    await expect(compile(source, true)).resolves.toContain('_createMdxContent');
  });

  it('still checks component names, prop names and literal values', async () => {
    expect(await failure('{1+1}\n\n<Notee />\n\n<Note titel={x} type="bogus">a</Note>', true)).toMatchInlineSnapshot(`
      "content/faq/x.mdx:3: <Notee>은(는) 쓸 수 없는 태그입니다. 비슷한 컴포넌트: Note. 쓸 수 있는 컴포넌트: FaqLink, Figure, MenuPath, Note, Steps, Tab, Tabs. 다른 컴포넌트는 import로 가져와 쓰세요.
      content/faq/x.mdx:5: <Note>에는 titel 속성이 없습니다. 비슷한 속성: title. 쓸 수 있는 속성: type, title
      content/faq/x.mdx:5: <Note> type: "note" 또는 "warning"이어야 합니다. 받은 값: "bogus""
    `);
  });
});
