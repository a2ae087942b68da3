import { describe, expect, it } from 'vitest';
import { asksAboutError, ERROR_PAGE_WORD, inErrorSection } from '../../src/lib/search/error-pages.ts';
import { indexWords } from '../../src/lib/search/index-words.ts';

describe('error reference pages', () => {
  it.each([
    [['Astro', 'Reference', 'Errors'], true],
    [['도움말', '개발', '오류'], true],
    [['누리봇', '봇 만들기', '오류 코드'], true],
    [['Docs', 'Error reference'], true],
    [['누리마켓', '주문·결제', '결제 오류와 영수증'], false],
    [['Astro', 'Guides', 'Troubleshooting'], false],
    [['누리마켓', '배송', '배송 조회와 지연'], false],
  ] as const)('are the pages of a section named for errors as a whole: %j → %s', (crumbs, expected) => {
    expect(inErrorSection(crumbs)).toBe(expected);
  });

  it('carry their index word; other pages do not', async () => {
    const { zones } = await indexWords([
      { title: 'Action not found.', tags: [], crumbs: ['Astro', 'Reference', 'Errors'], body: '요청한 액션을 찾을 수 없습니다.' },
      { title: '결제 오류 코드', tags: [], crumbs: ['누리마켓', '주문·결제', '결제 오류와 영수증'], body: '결제 오류 코드별 해결 방법입니다.' },
    ]);
    const words = (doc: number) => [...zones[doc]!.values()].flat();
    expect(words(0)).toContain(ERROR_PAGE_WORD);
    expect(words(1)).not.toContain(ERROR_PAGE_WORD);
  });

  it('are asked for by a question that names an error, in Korean or English', () => {
    for (const query of ['찾을 수 없다는 오류가 나요', 'getImage 에러', 'ActionNotFoundError 떠요', '빌드 error', '데이터파싱실패', 'build failed', '예외가 던져져요']) expect(asksAboutError(query), query).toBe(true);
    for (const query of ['빌드가 안 돼요', '액션 이름 바꾸기', '오르다']) expect(asksAboutError(query), query).toBe(false);
  });
});
