import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import FaqLink from '../../src/components/mdx/FaqLink.astro';
import Figure from '../../src/components/mdx/Figure.astro';
import MenuPath from '../../src/components/mdx/MenuPath.astro';
import Note from '../../src/components/mdx/Note.astro';
import Steps from '../../src/components/mdx/Steps.astro';
import Tab from '../../src/components/mdx/Tab.astro';
import Tabs from '../../src/components/mdx/Tabs.astro';
import { mdxComponents } from '../../src/components/mdx/index.ts';
import AllComponents from '../fixtures/mdx/components.mdx';

/** FaqLink reads titles from the data module; here two FAQs exist. */
vi.mock('../../src/data/faqs.ts', () => ({
  faqTitles: async () => new Map([['refund-account', '환불 계좌는 어떻게 등록하나요?'], ['partial-refund', '부분 환불']]),
}));

let astro: AstroContainer;
const FILE = 'content/faq/x.mdx';

beforeAll(async () => {
  astro = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

type Component = Parameters<AstroContainer['renderToString']>[0];

/** Rendered HTML without the source annotations `astro dev` adds. */
async function render(component: Component, props: Record<string, unknown> = {}, body?: string): Promise<string> {
  const html = await astro.renderToString(component, { props, slots: body === undefined ? {} : { default: body }, locals: { faqFile: FILE } });
  return html.replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');
}

async function failure(component: Component, props: Record<string, unknown>, body?: string): Promise<string> {
  try {
    await render(component, props, body);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the component to refuse its props');
}

describe('writer components render the markup the site styles', () => {
  it('Note defaults to a 참고 callout', async () => {
    expect(await render(Note, {}, '본문')).toBe(
      '<aside class="note my-5 rounded-lg border-l-4 px-4 py-3 border-accent bg-accent-soft" aria-label="참고하세요">' +
        '<p class="font-bold text-accent"><span aria-hidden="true">※</span> 참고하세요</p><div class="note-body mt-1">본문</div></aside>',
    );
  });

  it('Note type="warning" with a title', async () => {
    expect(await render(Note, { type: 'warning', title: '조심' }, '<strong>주의</strong> 내용')).toBe(
      '<aside class="note my-5 rounded-lg border-l-4 px-4 py-3 border-warn bg-warn-soft" aria-label="조심">' +
        '<p class="font-bold text-warn"><span aria-hidden="true">⚠</span> 조심</p><div class="note-body mt-1"><strong>주의</strong> 내용</div></aside>',
    );
    expect(await render(Note, { type: 'warning' }, 'a')).toContain('aria-label="주의하세요"');
  });

  it('Steps wraps the numbered list', async () => {
    expect(await render(Steps, {}, '<ol><li>하나</li></ol>')).toBe('<div class="steps my-5"><ol><li>하나</li></ol></div>');
  });

  it('MenuPath shows each level separated by >', async () => {
    expect(await render(MenuPath, { path: '관리자센터 > 나의 월렛 >충전' })).toBe(
      '<span class="menu-path inline-flex flex-wrap items-center gap-x-1 rounded-md border border-line bg-surface px-2 py-0.5 text-[0.9375em] font-semibold">' +
        '<span>관리자센터</span><span class="text-muted"> &gt; </span><span>나의 월렛</span><span class="text-muted"> &gt; </span><span>충전</span></span>',
    );
  });

  it('Tabs puts a radio input per Tab first, the first checked, then the panels', async () => {
    const ios = await render(Tab, { label: 'iOS' }, '<p>아이폰</p>');
    const android = await render(Tab, { label: '안드로이드 & "기타"' }, '<p>갤럭시</p>');
    const html = await render(Tabs, { label: '기기' }, `${ios}\n${android}\n`);
    const group = /name="(tabs-\d+)"/.exec(html)?.[1];
    expect(html).toBe(
      `<div class="tabs my-5" role="group" aria-label="기기">` +
        `<input type="radio" name="${group}" id="${group}-0" checked><label for="${group}-0">iOS</label>` +
        `<input type="radio" name="${group}" id="${group}-1"><label for="${group}-1">안드로이드 &amp; &quot;기타&quot;</label>` +
        `<div class="tab-panel" data-tab-label="iOS"><p>아이폰</p></div>` +
        `<div class="tab-panel" data-tab-label="안드로이드 &amp; &quot;기타&quot;"><p>갤럭시</p></div></div>`,
    );
    const again = await render(Tabs, {}, `${ios}${android}`);
    expect(again).toContain('aria-label="플랫폼 선택"');
    expect(/name="(tabs-\d+)"/.exec(again)?.[1]).not.toBe(group);
  });

  it('Figure renders img and caption, the src under the base', async () => {
    expect(await render(Figure, { src: '/images/a.png', alt: '그림 설명', caption: '캡션', width: 300 })).toBe(
      '<figure class="my-6"><img src="/images/a.png" alt="그림 설명" width="300" loading="lazy" decoding="async" class="h-auto max-w-full rounded-lg border border-line">' +
        '<figcaption class="mt-2 text-center text-sm text-muted">캡션</figcaption></figure>',
    );
    const remote = await render(Figure, { src: 'https://e.com/a.png', alt: 'a' });
    expect(remote).toContain('<img src="https://e.com/a.png" alt="a" loading="lazy"');
    expect(remote).not.toContain('figcaption');
  });

  it('FaqLink shows the target title, or its own text', async () => {
    expect(await render(FaqLink, { id: 'refund-account' })).toBe('<a href="/faq/refund-account/" class="faq-link">환불 계좌는 어떻게 등록하나요?</a>');
    expect(await render(FaqLink, { id: 'refund-account' }, '직접 쓴 글')).toBe('<a href="/faq/refund-account/" class="faq-link">직접 쓴 글</a>');
  });
});

describe('writer components check their own props, naming the FAQ file and the prop', () => {
  it('unknown, missing and wrong props', async () => {
    expect(await failure(Note, { titel: 'x', type: 'info' }, 'a')).toMatchInlineSnapshot(`
      "content/faq/x.mdx: <Note>에는 titel 속성이 없습니다. 비슷한 속성: title. 쓸 수 있는 속성: type, title
      content/faq/x.mdx: <Note> type: "note" 또는 "warning"이어야 합니다. 받은 값: "info""
    `);
    expect(await failure(MenuPath, { path: '관리자센터' })).toMatchInlineSnapshot(`"content/faq/x.mdx: <MenuPath> path: "관리자센터 > 나의 월렛 > 충전"처럼 >로 나눈 두 단계 이상의 메뉴 이름이어야 합니다. 받은 값: "관리자센터""`);
    expect(await failure(Figure, { src: '/a.png', alt: 'a', width: '300' })).toMatchInlineSnapshot(`"content/faq/x.mdx: <Figure> width: 양수(픽셀)이어야 합니다. 받은 값: "300""`);
    expect(await failure(Tab, {}, 'a')).toMatchInlineSnapshot(`"content/faq/x.mdx: <Tab> label: 탭 이름(예: "iOS")이어야 합니다. 받은 값: 없음"`);
  });

  it('props that are not literal values', async () => {
    expect(await failure(Note, { title: { text: 'x' } }, 'a')).toMatchInlineSnapshot(`"content/faq/x.mdx: <Note> title: 글자, 숫자 또는 true/false여야 합니다. 받은 값: 객체"`);
  });

  it('Tabs without enough Tab panels, or with other content', async () => {
    const one = await render(Tab, { label: 'iOS' }, '<p>아이폰</p>');
    expect(await failure(Tabs, {}, one)).toMatchInlineSnapshot(`"content/faq/x.mdx: <Tabs> 안에는 <Tab label="…">만 2~6개 있어야 합니다. 찾은 탭: 1개."`);
    expect(await failure(Tabs, {}, `${one}<p>밖</p>${one}`)).toMatchInlineSnapshot(`"content/faq/x.mdx: <Tabs> 안에는 <Tab label="…">만 2~6개 있어야 합니다. 찾은 탭: 2개, 탭 밖의 내용이 있습니다."`);
  });

  it('FaqLink to an FAQ that is not in this build', async () => {
    expect(await failure(FaqLink, { id: 'refund-acount' })).toMatchInlineSnapshot(`"content/faq/x.mdx: <FaqLink> id: "refund-acount"인 도움말이 없습니다. 비슷한 id: refund-account, partial-refund"`);
  });
});

describe('an .mdx FAQ end to end: @astrojs/mdx, the writer rules and the components', () => {
  it('renders Markdown and every component without imports', async () => {
    const html = await render(AllComponents, { components: mdxComponents });
    expect(html).toContain('<h2 id="소개">소개</h2>');
    expect(html).toContain('<div class="note-body mt-1"><strong>주의</strong> 내용</div>');
    expect(html).toMatch(/<div class="steps my-5"><ol>\s*<li>하나<\/li>\s*<li>둘<\/li>\s*<\/ol><\/div>/);
    expect(html).toContain('<span>충전</span></span>에서 고릅니다.');
    expect(html).toMatch(/<label for="tabs-\d+-1">안드로이드<\/label><div class="tab-panel" data-tab-label="iOS"><p>아이폰<\/p><\/div>/);
    expect(html).toContain('<figcaption class="mt-2 text-center text-sm text-muted">캡션</figcaption>');
    expect(html).toContain('<a href="/faq/refund-account/" class="faq-link">환불 계좌는 어떻게 등록하나요?</a>와 <a href="/faq/refund-account/" class="faq-link">직접 쓴 글</a>');
    expect(html).toMatch(/<a href="\/faq\/x\/">링크<\/a> <img src="\/images\/a.png" alt="그림"\/?> <a href="https:\/\/e.com\/">외부<\/a>/);
  });
});
