import { describe, expect, it } from 'vitest';
import { MdxRenderError, renderMdx, type MdxContext } from '../../src/lib/mdx/render-mdx.ts';
import { mdxComponents } from '../../src/components/mdx/index.ts';

const ctx: MdxContext = {
  file: 'content/faq/x.mdx',
  base: '/',
  faqTitle: (id) => ({ 'refund-account': '환불 계좌는 어떻게 등록하나요?' } as Record<string, string>)[id],
  faqIds: () => ['refund-account'],
};
const preview: MdxContext = { ...ctx, base: '/preview/pr-1/' };

const FRONTMATTER = '---\ntitle: "환불 계좌"\nupdated: 2025-01-01\n---\n\n';
const render = (source: string, context: MdxContext = ctx) => renderMdx(source, mdxComponents, context);

describe('renderMdx: Markdown', () => {
  it('renders a whole file, frontmatter excluded from the output', () => {
    const html = render(`${FRONTMATTER}첫 문단 **굵게**와 *기울임*`);
    expect(html).toBe('<p>첫 문단 <strong>굵게</strong>와 <em>기울임</em></p>');
  });

  it('renders paragraphs, lists and tables', () => {
    const html = render('하나\n\n둘\n\n- 가\n- 나\n\n1. 첫째\n2. 둘째\n\n| 열 | 값 |\n|---|---|\n| a | 1 |');
    expect(html).toContain('<p>하나</p>');
    expect(html).toContain('<p>둘</p>');
    expect(html).toMatch(/<ul>\s*<li>가<\/li>\s*<li>나<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>첫째<\/li>\s*<li>둘째<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>열<\/th>\s*<th>값<\/th>\s*<\/tr>\s*<\/thead>\s*<tbody>\s*<tr>\s*<td>a<\/td>\s*<td>1<\/td>/);
  });

  it('renders fenced code with a language class and escapes its text', () => {
    const html = render('```js\nconst a = 1 < 2 && b;\n```');
    expect(html).toBe('<pre><code class="language-js">const a = 1 &lt; 2 &amp;&amp; b;\n</code></pre>');
  });

  it('escapes text', () => {
    expect(render('a & b \\< c')).toBe('<p>a &amp; b &lt; c</p>');
  });

  it('prefixes the base on root-relative links and images only', () => {
    const html = render('[링크](/faq/x/) ![그림](/images/a.png) [외부](https://e.com/) [proto](//cdn.example/a) [상대](faq/y) [홈](/)', preview);
    expect(html).toBe(
      '<p><a href="/preview/pr-1/faq/x/">링크</a> <img src="/preview/pr-1/images/a.png" alt="그림"> ' +
        '<a href="https://e.com/">외부</a> <a href="//cdn.example/a">proto</a> <a href="faq/y">상대</a> <a href="/preview/pr-1/">홈</a></p>',
    );
  });

  it('leaves root-relative links alone under base "/"', () => {
    expect(render('[링크](/faq/x/)')).toBe('<p><a href="/faq/x/">링크</a></p>');
  });

  it('gives h2–h4 slug ids, numbering repeats, and leaves h1/h5 alone', () => {
    const html = render('## 소개\n\n## 소개\n\n### 소개!\n\n#### Hello World\n\n# 큰 제목\n\n##### 작은 제목\n\n## !!!');
    expect(html.split('\n')).toEqual([
      '<h2 id="소개">소개</h2>',
      '<h2 id="소개-1">소개</h2>',
      '<h3 id="소개-2">소개!</h3>',
      '<h4 id="hello-world">Hello World</h4>',
      '<h1>큰 제목</h1>',
      '<h5>작은 제목</h5>',
      '<h2 id="section">!!!</h2>',
    ]);
  });

  it('counts heading ids across components in the same file', () => {
    const html = render('<Note>\n\n## 안내\n\n</Note>\n\n## 안내');
    expect(html).toContain('<h2 id="안내">안내</h2>');
    expect(html).toContain('<h2 id="안내-1">안내</h2>');
  });

  it('starts heading ids afresh for each file', () => {
    expect(render('## 소개')).toBe('<h2 id="소개">소개</h2>');
    expect(render('## 소개')).toBe('<h2 id="소개">소개</h2>');
  });

  it('drops {/* comments */}, inline and as a block', () => {
    expect(render('앞 {/* 메모 */} 뒤\n\n{/* 블록 메모 */}\n\n끝')).toBe('<p>앞  뒤</p>\n\n<p>끝</p>');
  });

  it('allows a few inline HTML tags without attributes', () => {
    expect(render('<kbd>Ctrl</kbd>+<kbd>C</kbd> 줄<br />바꿈 H<sub>2</sub>O')).toBe('<p><kbd>Ctrl</kbd>+<kbd>C</kbd> 줄<br>바꿈 H<sub>2</sub>O</p>');
  });
});

describe('renderMdx: components', () => {
  it('Note defaults to a 참고 callout', () => {
    expect(render('<Note>본문</Note>')).toBe(
      '<aside class="note my-5 rounded-lg border-l-4 px-4 py-3 border-accent bg-accent-soft" aria-label="참고하세요">' +
        '<p class="font-bold text-accent"><span aria-hidden="true">※</span> 참고하세요</p><div class="note-body mt-1">본문</div></aside>',
    );
  });

  it('Note type="warning" with a title renders Markdown inside', () => {
    const html = render('<Note type="warning" title="조심">**주의** 내용</Note>');
    expect(html).toContain('border-warn bg-warn-soft');
    expect(html).toContain('aria-label="조심"');
    expect(html).toContain('<span aria-hidden="true">⚠</span> 조심</p>');
    expect(html).toContain('<div class="note-body mt-1"><strong>주의</strong> 내용</div>');
  });

  it('Note type="warning" without a title uses 주의하세요, and an expression string literal works', () => {
    const html = render('<Note type={"warning"}>a</Note>');
    expect(html).toContain('aria-label="주의하세요"');
    expect(html).toContain('text-warn');
  });

  it('Steps wraps a numbered list', () => {
    expect(render('<Steps>\n\n1. 하나\n2. 둘\n\n</Steps>')).toBe('<div class="steps my-5"><ol>\n<li>하나</li>\n<li>둘</li>\n</ol></div>');
  });

  it('MenuPath shows each level separated by >', () => {
    const html = render('<MenuPath path="관리자센터 > 나의 월렛 >충전" />');
    expect(html).toMatch(/^<span class="menu-path[^"]*">/);
    expect(html).toContain('<span>관리자센터</span><span class="text-muted"> &gt; </span><span>나의 월렛</span><span class="text-muted"> &gt; </span><span>충전</span></span>');
  });

  it('Tabs renders a radio input and a panel per Tab, the first checked', () => {
    const html = render('<Tabs label="기기">\n  <Tab label="iOS">\n\n아이폰\n\n  </Tab>\n  <Tab label="안드로이드">\n\n갤럭시\n\n  </Tab>\n</Tabs>');
    const group = /name="(tabs-\d+)"/.exec(html)?.[1];
    expect(group).toBeDefined();
    expect(html).toBe(
      `<div class="tabs my-5" role="group" aria-label="기기">` +
        `<input type="radio" name="${group}" id="${group}-0" checked><label for="${group}-0">iOS</label>` +
        `<input type="radio" name="${group}" id="${group}-1"><label for="${group}-1">안드로이드</label>` +
        `<div class="tab-panel" data-tab-label="iOS"><p>아이폰</p></div>` +
        `<div class="tab-panel" data-tab-label="안드로이드"><p>갤럭시</p></div></div>`,
    );
  });

  it('Tabs groups get distinct radio names', () => {
    const tabs = '<Tabs>\n<Tab label="a">\nx\n</Tab>\n<Tab label="b">\ny\n</Tab>\n</Tabs>';
    const html = render(`${tabs}\n\n${tabs}`);
    const names = [...html.matchAll(/<input type="radio" name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(2);
    expect(html).toContain('aria-label="플랫폼 선택"');
  });

  it('Figure renders img and caption with the base prefixed', () => {
    expect(render('<Figure src="/images/a.png" alt="그림 설명" caption="캡션" width={300} />', preview)).toBe(
      '<figure class="my-6"><img src="/preview/pr-1/images/a.png" alt="그림 설명" width="300" loading="lazy" decoding="async" class="h-auto max-w-full rounded-lg border border-line">' +
        '<figcaption class="mt-2 text-center text-sm text-muted">캡션</figcaption></figure>',
    );
  });

  it('Figure keeps https sources and has no caption when none is given', () => {
    const html = render('<Figure src="https://e.com/a.png" alt="a" />', preview);
    expect(html).toContain('<img src="https://e.com/a.png" alt="a" loading="lazy"');
    expect(html).not.toContain('figcaption');
  });

  it('FaqLink renders the target title and a base-prefixed link', () => {
    expect(render('<FaqLink id="refund-account" />', preview)).toBe(
      '<a href="/preview/pr-1/faq/refund-account/" class="faq-link">환불 계좌는 어떻게 등록하나요?</a>',
    );
  });

  it('FaqLink with children uses them as the link text', () => {
    expect(render('<FaqLink id="refund-account">직접 쓴 글</FaqLink>')).toBe('<a href="/faq/refund-account/" class="faq-link">직접 쓴 글</a>');
  });
});

describe('renderMdx: errors name the file and line', () => {
  it('throws MdxRenderError', () => {
    expect(() => render('<Bogus />')).toThrow(MdxRenderError);
  });

  it('MDX syntax error with file:line:column (line counted from the file start)', () => {
    expect(() => render(`${FRONTMATTER}a {`)).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:6:3: MDX 문법 오류: Unexpected end of file in expression, expected a corresponding closing brace for \`{\` (mdx-jsx:unexpected-character)]`);
  });

  it('unclosed component', () => {
    expect(() => render(`${FRONTMATTER}<Note>unclosed`)).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:6:1: MDX 문법 오류: Expected a closing tag for \`<Note>\` (6:1) before the end of \`paragraph\` (mdx-jsx:unexpected-character)]`);
  });

  it('JavaScript expression', () => {
    expect(() => render(`${FRONTMATTER}ok\n\n{1+1}`)).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:8: {1+1}: 도움말에는 자바스크립트 식을 쓸 수 없습니다. 중괄호를 글자로 쓰려면 \\{ \\}처럼 적어 주세요.]`);
  });

  it('import', () => {
    expect(() => render(`${FRONTMATTER}import X from "y"\n\nhi`)).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:6: import/export는 쓸 수 없습니다. 컴포넌트는 가져오지 않아도 바로 쓸 수 있습니다.]`);
  });

  it('export', () => {
    expect(() => render(`${FRONTMATTER}export const a = 1`)).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:6: import/export는 쓸 수 없습니다. 컴포넌트는 가져오지 않아도 바로 쓸 수 있습니다.]`);
  });

  it('unknown component', () => {
    expect(() => render('첫 줄\n\n<Bogus />')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:3: <Bogus>은(는) 쓸 수 없는 태그입니다. 쓸 수 있는 컴포넌트: FaqLink, Figure, MenuPath, Note, Steps, Tab, Tabs. 꺾쇠(<)를 글자로 쓰려면 \\<처럼 적어 주세요.]`);
  });

  it('raw HTML block tags are unknown too', () => {
    expect(() => render('<script>alert(1)</script>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <script>은(는) 쓸 수 없는 태그입니다. 쓸 수 있는 컴포넌트: FaqLink, Figure, MenuPath, Note, Steps, Tab, Tabs. 꺾쇠(<)를 글자로 쓰려면 \\<처럼 적어 주세요.]`);
  });

  it('inline HTML with attributes is refused', () => {
    expect(() => render('<kbd class="x">a</kbd>')).toThrow(/<kbd>은\(는\) 쓸 수 없는 태그입니다/);
  });

  it('unknown prop', () => {
    expect(() => render('<Note titel="x">a</Note>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Note>에는 titel 속성이 없습니다. 쓸 수 있는 속성: type, title]`);
  });

  it('expression prop', () => {
    expect(() => render('<Note title={x}>a</Note>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: title={x}: 속성 값에는 "글자", 숫자, true/false만 쓸 수 있습니다.]`);
  });

  it('spread prop', () => {
    expect(() => render('<Note {...p}>a</Note>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Note>: {...} 형태의 속성은 쓸 수 없습니다.]`);
  });

  it('Note type="bogus"', () => {
    expect(() => render('<Note type="bogus">a</Note>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Note> type: "note" 또는 "warning"이어야 합니다. 받은 값: "bogus"]`);
  });

  it('Note with an empty title', () => {
    expect(() => render('<Note title="  ">a</Note>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Note> title: 비어 있지 않은 제목이어야 합니다. 받은 값: "  "]`);
  });

  it('Steps without a numbered list', () => {
    expect(() => render('<Steps>\n\n- a\n\n</Steps>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Steps> 안에는 번호 목록(1. 2. 3.)이 있어야 합니다. 각 단계를 "1. "로 시작하는 줄로 적고, <Steps> 다음과 </Steps> 앞에 빈 줄을 두세요.]`);
  });

  it('MenuPath path without ">"', () => {
    expect(() => render('<MenuPath path="관리자센터" />')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <MenuPath> path: "관리자센터 > 나의 월렛 > 충전"처럼 >로 나눈 두 단계 이상의 메뉴 이름이어야 합니다. 받은 값: "관리자센터"]`);
  });

  it('MenuPath path with an empty level', () => {
    expect(() => render('<MenuPath path="관리자센터 > " />')).toThrow(/<MenuPath> path: .*받은 값: "관리자센터 > "$/);
  });

  it('Tabs with one Tab', () => {
    expect(() => render('<Tabs>\n  <Tab label="iOS">\n\n아이폰\n\n  </Tab>\n</Tabs>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Tabs> 안에는 <Tab label="…">만 2~6개 있어야 합니다. 찾은 탭: 1개.]`);
  });

  it('Tabs with content outside its Tabs', () => {
    expect(() => render('<Tabs>\n<Tab label="a">\nx\n</Tab>\n\n밖의 글\n\n<Tab label="b">\ny\n</Tab>\n</Tabs>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Tabs> 안에는 <Tab label="…">만 2~6개 있어야 합니다. 찾은 탭: 2개, 탭 밖의 내용이 있습니다.]`);
  });

  it('Tab with an empty label', () => {
    expect(() => render('<Tabs>\n<Tab label="a">\nx\n</Tab>\n<Tab label="">\ny\n</Tab>\n</Tabs>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Tab> label: 탭 이름(예: "iOS") 하나만 적어야 합니다.]`);
  });

  it('Tab outside Tabs', () => {
    expect(() => render('<Tab label="x">a</Tab>')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Tab>은 <Tabs> 안에만 쓸 수 있습니다.]`);
  });

  it('Figure without alt', () => {
    expect(() => render('<Figure src="/images/a.png" />')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Figure> alt: 이미지를 설명하는 대체 텍스트이어야 합니다. 받은 값: 없음]`);
  });

  it('Figure with a relative src', () => {
    expect(() => render('<Figure src="images/a.png" alt="a" />')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Figure> src: public/ 아래 경로("/images/…") 또는 https:// 주소이어야 합니다. 받은 값: "images/a.png"]`);
  });

  it('Figure with a negative width', () => {
    expect(() => render('<Figure src="/a.png" alt="a" width={-1} />')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <Figure> width: 양수(픽셀)이어야 합니다. 받은 값: -1]`);
  });

  it('FaqLink to a missing id suggests close ids', () => {
    expect(() => render('<FaqLink id="refund-acount" />')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <FaqLink> id: "refund-acount"인 도움말이 없습니다. 비슷한 id: refund-account]`);
  });

  it('FaqLink without an id', () => {
    expect(() => render('<FaqLink />')).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:1: <FaqLink> id: 연결할 도움말의 id(파일 이름)이어야 합니다. 받은 값: 없음]`);
  });

  it('image without alt', () => {
    expect(() => render(`${FRONTMATTER}글\n\n![](/images/a.png)`)).toThrowErrorMatchingInlineSnapshot(`[MdxRenderError: content/faq/x.mdx:8: 이미지에 대체 텍스트가 없습니다. ![이미지 설명](주소)처럼 설명을 적어 주세요.]`);
  });
});
