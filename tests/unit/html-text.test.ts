import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, innerHtmlAt, readFaqPage } from '../../src/lib/search/html-text.ts';

describe('decodeEntities', () => {
  it('decodes the named entities the site emits', () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &apos; &#39;')).toBe('& < > " \' \'');
    expect(decodeEntities('a&nbsp;b')).toBe('a b');
  });

  it('decodes decimal and hex references, any case', () => {
    expect(decodeEntities('&#44608;&#xAC00;&#XAC00;&#x1F600;')).toBe('김가가😀');
    expect(decodeEntities('&AMP;&Lt;')).toBe('&<');
  });

  it('leaves unknown and out-of-range references as they are', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; & alone')).toBe('&bogus; &#0; &#x110000; & alone');
  });

  it('decodes only once', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

describe('htmlToText', () => {
  it('separates block elements with newlines', () => {
    expect(htmlToText('<p>하나</p><p>둘</p><div>셋<div>넷</div></div><ul><li>가</li><li>나</li></ul>끝<br>줄')).toBe('하나\n둘\n셋\n넷\n가\n나\n끝\n줄');
  });

  it('joins inline elements without a break', () => {
    expect(htmlToText('word<span>joined</span>here <b>굵게</b> <a href="/x">링크</a>')).toBe('wordjoinedhere 굵게 링크');
  });

  it('separates table cells with spaces and rows with newlines', () => {
    expect(htmlToText('<table><tr><th>열</th><th>값</th></tr><tr><td>a</td><td>b</td></tr></table>')).toBe('열 값\na b');
  });

  it('drops scripts, styles, templates, noscript and comments', () => {
    const html = '<p>앞</p><script>var a = "<p>x</p>";</script><style>.a { color: red }</style><template><p>t</p></template><noscript>js off</noscript><!-- 메모 -->뒤';
    expect(htmlToText(html)).toBe('앞\n뒤');
  });

  it('decodes entities after removing tags, so encoded tags stay text', () => {
    expect(htmlToText('<p>&lt;script&gt; &amp; 1 &lt; 2</p>')).toBe('<script> & 1 < 2');
  });

  it('collapses spaces (including nbsp) and blank lines, and trims', () => {
    expect(htmlToText('  <p>  a&nbsp;&nbsp; \t b  </p>\n\n\n<p> c </p>  ')).toBe('a b\nc');
  });
});

describe('innerHtmlAt', () => {
  const html = '<div id="a"><div>in<div>deep</div></div>tail</div><div>after</div>';

  it('balances nested tags of the same name', () => {
    expect(innerHtmlAt(html, 0)).toBe('<div>in<div>deep</div></div>tail');
    expect(innerHtmlAt(html, html.indexOf('<div>in'))).toBe('in<div>deep</div>');
    expect(innerHtmlAt(html, html.lastIndexOf('<div>'))).toBe('after');
  });

  it('does not confuse tags that merely start with the same letters', () => {
    expect(innerHtmlAt('<div><divider>x</divider></div>y', 0)).toBe('<divider>x</divider>');
  });

  it('ignores self-closing tags of the same name', () => {
    expect(innerHtmlAt('<div><div/>x</div>y', 0)).toBe('<div/>x');
  });

  it('returns the rest when the element is never closed', () => {
    expect(innerHtmlAt('<div>unclosed<div>x</div>', 0)).toBe('unclosed<div>x</div>');
  });

  it('returns "" when no tag starts there', () => {
    expect(innerHtmlAt('text <p>a</p>', 0)).toBe('');
  });
});

/** Markup shaped like src/pages/faq/[...id].astro after the build. */
function faqPage({ tags = ['상담원 전환', '상담톡'], title = '대화 중에 상담원에게 연결하려면?' } = {}): string {
  return [
    '<!DOCTYPE html><html lang="ko"><head><title>도움</title><script>var x = "<p>스크립트</p>";</script></head><body>',
    '<nav><a href="/">홈</a></nav>',
    '<div class="mt-6 grid">',
    '<article data-pagefind-body data-faq-id="docs/agent-handover" data-faq-category="handover" data-faq-updated="2025-01-22" class="min-w-0">',
    '<p class="text-sm" data-pagefind-ignore data-pagefind-meta="breadcrumb"><span data-pagefind-filter="service:channel">채널</span> › <span>상담원 전환</span></p>',
    `<h1 class="mt-2 text-2xl" data-pagefind-sort="title" data-faq-title>${title}</h1>`,
    '<p class="mt-3 text-sm text-muted" data-pagefind-ignore>업데이트 <time datetime="2025-01-22">2025.01.22</time></p>',
    '<div class="prose-faq mt-6" data-faq-body><p>봇이 <strong>어려운</strong> 문의는 넘깁니다.</p>',
    '<h2 id="setup">상담 기능 <code>켜기</code></h2>',
    '<div class="steps my-5"><ol>\n<li>상담 기능을 켭니다.</li>\n<li>버튼&nbsp;추가를 누릅니다.</li>\n</ol></div>',
    '<aside class="note"><p class="font-bold"><span aria-hidden="true">※</span> 참고하세요</p><div class="note-body mt-1"><p>비용이 &quot;차감&quot;되지 않습니다.</p></div></aside>',
    '<pre><code class="language-js">a &lt; b</code></pre></div>',
    tags.length ? `<ul class="mt-8 flex" aria-label="태그" data-faq-tags>${tags.map((t) => `<li class="chip">#${t}</li>`).join('')}</ul>` : '',
    '</article>',
    '<aside aria-label="더 보기" data-pagefind-ignore><section><h2>관련 도움말</h2><ul><li><a href="/faq/x/">다른 글</a></li></ul></section></aside>',
    '</div></body></html>',
  ].join('\n');
}

describe('readFaqPage', () => {
  it('reads id, category, date, title, tags and body from an article page', () => {
    expect(readFaqPage(faqPage())).toEqual({
      id: 'docs/agent-handover',
      category: 'handover',
      updated: '2025-01-22',
      title: '대화 중에 상담원에게 연결하려면?',
      tags: ['상담원 전환', '상담톡'],
      body: '봇이 어려운 문의는 넘깁니다. 상담 기능 켜기 상담 기능을 켭니다. 버튼 추가를 누릅니다. ※ 참고하세요 비용이 "차감"되지 않습니다. a < b',
      headings: ['상담 기능 켜기'],
      names: ['어려운'],
    });
  });

  it("reads the answer's bold phrases as the names it explains", () => {
    const doc = readFaqPage(faqPage().replace('<pre>', '<p><strong>방해 금지 시간</strong>을 켜면 <b>조용</b>합니다. <strong>누리마켓에 <em>도움</em> 요청</strong>을 누릅니다.</p><pre>'))!;
    expect(doc.names).toEqual(['어려운', '방해 금지 시간', '누리마켓에 도움 요청']);
  });

  it("reads the answer's section headings, not the page's other headings", () => {
    const doc = readFaqPage(faqPage())!;
    expect(doc.headings).toEqual(['상담 기능 켜기']);
    expect(doc.headings).not.toContain('관련 도움말');
  });

  it("reads the first cell of each table row as naming the row, not the table's header row", () => {
    const table = '<table><thead><tr><th>메시지</th><th>원인</th></tr></thead><tbody><tr><td><code>보호 조치</code>된 계정</td><td>비밀번호를 여러 번 틀림</td></tr><tr>\n<td>P-305</td><td>점검 시간</td></tr></tbody></table>';
    const doc = readFaqPage(faqPage().replace('<pre>', `${table}<pre>`))!;
    expect(doc.headings).toEqual(['상담 기능 켜기', '보호 조치된 계정', 'P-305']);
  });

  it('does not pick up the breadcrumb, date line or sidebar', () => {
    const doc = readFaqPage(faqPage())!;
    expect(doc.body).not.toContain('채널');
    expect(doc.body).not.toContain('2025.01.22');
    expect(doc.body).not.toContain('다른 글');
    expect(doc.tags).not.toContain('관련 도움말');
  });

  it('decodes entities in the title and keeps a # inside a tag', () => {
    const doc = readFaqPage(faqPage({ title: 'C&amp;C &lt;설정&gt;', tags: ['C#', '결제'] }))!;
    expect(doc.title).toBe('C&C <설정>');
    expect(doc.tags).toEqual(['C#', '결제']);
  });

  it('gives no tags when the page has none', () => {
    expect(readFaqPage(faqPage({ tags: [] }))!.tags).toEqual([]);
  });

  it('returns undefined for pages that are not FAQ articles', () => {
    expect(readFaqPage('<html><body><h1 data-faq-title>홈</h1><div data-faq-body>x</div></body></html>')).toBeUndefined();
    expect(readFaqPage('<html><body><article class="x"><h1>제목</h1></article></body></html>')).toBeUndefined();
    expect(readFaqPage('')).toBeUndefined();
  });

  it('returns undefined when a required part is missing', () => {
    expect(readFaqPage(faqPage().replace(' data-faq-category="handover"', ''))).toBeUndefined();
    expect(readFaqPage(faqPage().replace(' data-faq-updated="2025-01-22"', ''))).toBeUndefined();
    expect(readFaqPage(faqPage().replace(' data-faq-title', ''))).toBeUndefined();
    expect(readFaqPage(faqPage().replace(' data-faq-body', ''))).toBeUndefined();
  });
});
