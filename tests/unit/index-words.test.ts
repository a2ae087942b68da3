import { describe, expect, it } from 'vitest';
import { indexWords, latinSpellings, SOUND_MARK, synonymWord, topicWord, WEIGHT } from '../../src/lib/search/index-words.ts';
import { toSynonymRules } from '../../src/lib/search/synonyms.ts';

const page = (title: string, body: string) => ({ title, tags: [], crumbs: ['도움말'], body });
const zoneOf = (zone: Map<number, string[]>) => [...zone.values()].flat();

describe('compound parts in the index', () => {
  it('splits a compound into words the corpus uses on their own at least as often, and not into stray fragments', async () => {
    const { zones } = await indexWords([
      page('부분환불 수수료', '부분환불에는 수수료가 없습니다.'),
      page('환불 안내', '환불은 사흘 안에 됩니다. 부분 환불도 됩니다.'),
      page('부분 취소', '주문 일부만 취소할 수 있습니다. 부분 취소 뒤 환불됩니다.'),
      page('프로젝트 만들기', '새 프로젝트를 만듭니다. 프로젝트 이름을 정합니다.'),
      page('프로젝트 속성', '프로젝트 속성 창을 엽니다. 프로젝트마다 속성이 다릅니다.'),
      page('빌드 설정', '프로젝트 빌드 설정입니다. 프로 버전과 젝트 오타가 있는 문서입니다.'),
      page('라이선스', '프로 버전을 샀습니다. 젝트 같은 조각도 있습니다.'),
    ]);
    // 부분환불 is on one page, 부분 and 환불 on more: a page about 부분환불 is about both.
    expect(zoneOf(zones[0]!)).toEqual(expect.arrayContaining([topicWord('부분', true), topicWord('환불', true)]));
    // 프로젝트 is on three pages, 프로 and 젝트 alone on two: fragments, not parts.
    for (const doc of [3, 4]) {
      expect(zoneOf(zones[doc]!)).toContain(topicWord('프로젝트', true));
      expect(zoneOf(zones[doc]!).some((w) => w.includes('젝트') && !w.includes('프로젝트'))).toBe(false);
    }
  });
});

describe('loanword sounds in the index', () => {
  it('gives a page about a Latin word the sound of it, and a Hangul word none', async () => {
    const { zones } = await indexWords([page('TypeScript 설정하기', 'tsconfig.json 파일로 TypeScript를 설정합니다.'), page('컴포넌트 만들기', '컴포넌트를 만듭니다.')]);
    expect(zoneOf(zones[0]!)).toContain(topicWord(`${SOUND_MARK}tpsklpt`, true));
    expect(zoneOf(zones[1]!).some((w) => w.includes(SOUND_MARK))).toBe(false);
  });
});

describe('Hangul loanwords the corpus writes in Latin letters', () => {
  const markdownPages = [
    page('Markdown 사용하기', 'Markdown 파일을 씁니다. Markdown 문법은 간단합니다.'),
    page('Markdown 목차', 'Markdown 제목으로 목차를 만듭니다. Markdown 제목마다 링크가 붙습니다.'),
    page('마크다운 플러그인', '마크다운 플러그인을 Markdown 설정에 넣습니다. 마크다운 처리가 바뀝니다.'),
    page('마크다운 변경 사항', '마크다운 설정이 바뀌었습니다. Markdown 옵션도 바뀌었습니다. 마크다운 파일은 그대로입니다.'),
    page('Markdown 스타일', 'Markdown 본문을 꾸밉니다. Markdown 표에도 적용됩니다.'),
    page('Markdown 오류', 'Markdown을 읽지 못했습니다. Markdown 문법을 확인하세요.'),
  ];

  it('make a page about the Latin spelling about the Hangul one, when the corpus writes the Latin far more often', async () => {
    const { zones } = await indexWords(markdownPages);
    expect(zoneOf(zones[0]!)).toEqual(expect.arrayContaining([topicWord('마크다운', true), '마크다운']));
    expect(zoneOf(zones[4]!)).toContain(topicWord('마크다운', true));
  });

  it('pair a Hangul word with the Latin word it shares most pages with, and only when they share half its pages', async () => {
    const terms = (...words: string[]) => new Map(words.map((w) => [w, {}]));
    const { soundKey, borrowedSound } = await import('../../src/lib/search/loanword.ts');
    const pair = (docs: Map<string, unknown>[]) => latinSpellings(docs, soundKey, borrowedSound);
    const markdownOnly = Array.from({ length: 6 }, () => terms('markdown'));
    // 마크다운 with markdown on its two pages; markdown on eight.
    expect(pair([terms('마크다운', 'markdown'), terms('마크다운', 'markdown'), ...markdownOnly])).toEqual(new Map([['markdown', ['마크다운']]]));
    // On one shared page only: chance.
    expect(pair([terms('마크다운', 'markdown'), terms('마크다운'), ...markdownOnly]).size).toBe(0);
    // As common in Hangul as in Latin: each spelling already finds its pages.
    expect(pair([terms('마크다운', 'markdown'), terms('마크다운', 'markdown'), terms('마크다운'), terms('markdown'), terms('markdown')]).size).toBe(0);
    // 엔드포인트 shares more pages with undefined (same consonants) than with endpoint, but not half
    // of its own: no pair, rather than the wrong one.
    const endpoint = [...Array.from({ length: 3 }, () => terms('엔드포인트', 'undefined')), ...Array.from({ length: 2 }, () => terms('엔드포인트', 'endpoint')), ...Array.from({ length: 3 }, () => terms('엔드포인트'))];
    expect(pair([...endpoint, ...Array.from({ length: 30 }, () => terms('undefined', 'endpoint'))]).size).toBe(0);
    // Native words with the same consonants are never paired (불필요 and variable).
    expect(pair([terms('불필요', 'variable'), terms('불필요', 'variable'), ...Array.from({ length: 6 }, () => terms('variable'))]).size).toBe(0);
  });
});

describe('what a page is about', () => {
  it('counts the words of the first sentence of the answer, where writers answer the question', async () => {
    const { zones } = await indexWords([
      page('결제 안내', '가상계좌로 결제하면 입금 확인 뒤에 주문이 접수됩니다. 주문 내역은 마이페이지에서 봅니다. 카드 결제는 바로 됩니다.'),
      page('주문 안내', '주문은 장바구니에서 합니다. 결제 화면에서 가상계좌를 고를 수 있습니다.'),
    ]);
    // 가상계좌 is said once in each answer: in the first sentence of the first page only.
    expect(zoneOf(zones[0]!)).toContain(topicWord('가상계좌'));
    expect(zoneOf(zones[1]!)).not.toContain(topicWord('가상계좌'));
  });

  // The explanation after the heading says what the page is about; a later sentence is no lead
  // (its word, said once, makes no topic), nor is the heading (잘못).
  it.each([
    {
      opens: 'in another language (an untranslated error message, then a heading)',
      faq: { ...page('Data collection entry failed to parse.', 'ENTRY failed to parse. 무엇이 잘못되었나요? 컬렉션 항목은 유효한 JSON 객체를 반환해야 합니다. 자세한 내용은 안내서를 봅니다.'), headings: ['무엇이 잘못되었나요?'] },
      other: page('컬렉션 안내', '컬렉션을 만듭니다. 컬렉션 항목을 씁니다. 항목마다 객체가 하나입니다.'),
      about: ['항목', '객체'],
      notAbout: '안내서',
    },
    {
      opens: 'with a heading',
      faq: { ...page('An unknown error occurred while reading or writing files to disk.', '무엇이 잘못되었나요? 디스크에 파일을 쓰는 동안 알 수 없는 오류가 발생했습니다. 권한이 없을 때도 납니다.'), headings: ['무엇이 잘못되었나요?'] },
      other: page('빌드 결과 폴더', '빌드 결과를 확인합니다. 출력 폴더는 디스크 어디에나 둘 수 있습니다.'),
      about: ['디스크', '파일'],
      notAbout: '잘못',
    },
  ])('reads the first Korean sentence that is no heading when the answer opens $opens', async ({ faq, other, about, notAbout }) => {
    const { zones } = await indexWords([faq, other]);
    expect(zoneOf(zones[0]!)).toEqual(expect.arrayContaining(about.map((word) => topicWord(word))));
    expect(zoneOf(zones[0]!)).not.toContain(topicWord(notAbout));
  });
});

describe('section headings', () => {
  it('weigh their words more, once per page, without making the page about them', async () => {
    const { zones } = await indexWords([
      { ...page('명령어 안내', '명령어를 씁니다. 정보를 복사합니다.'), headings: ['정보 복사', '정보 복사 옵션'] },
      page('정보 보기', '정보를 복사합니다. 정보를 봅니다. 정보를 고칩니다.'),
    ]);
    // The words, then the 초성 of each heading's first two words, once per page, as a topic.
    expect(zones[0]!.get(WEIGHT.heading)).toEqual(['정보', '복사', '옵션', topicWord('ㅈㅂㅂㅅ')]);
    expect(zoneOf(zones[0]!)).not.toContain(topicWord('복사'));
    expect(zones[1]!.get(WEIGHT.heading)).toBeUndefined();
  });
});

describe('names set in bold', () => {
  it('give the 초성 of each two words in a row of a short name, as topics; a sentence set in bold gives none', async () => {
    const { zones } = await indexWords([
      { ...page('알림 설정', '알림을 끌 수 있습니다. 방해 금지 시간을 정합니다.'), names: ['방해 금지 시간', '밤에는 알림 소리가 나지 않으니 안심하고 주무세요'] },
      page('알림 보기', '알림함에서 방해 금지 시간 동안 온 알림을 봅니다.'),
    ]);
    expect(zoneOf(zones[0]!)).toEqual(expect.arrayContaining([topicWord('ㅂㅎㄱㅈ'), topicWord('ㄱㅈㅅㄱ')]));
    expect(zoneOf(zones[0]!).some((w) => w.startsWith(topicWord('ㅇㄹㅅ')))).toBe(false);
    expect(zoneOf(zones[1]!)).not.toContain(topicWord('ㅂㅎㄱㅈ'));
  });
});

describe('a version in a title', () => {
  it('is its number too (6으로 올렸더니 for "v6로 업그레이드"), only where the title or tags give it', async () => {
    const { zones } = await indexWords([
      page('Astro v6로 업그레이드', 'v6에서 바뀐 점을 정리합니다. 이미지 처리가 바뀌었습니다.'),
      page('Astro v7로 업그레이드', 'v7은 v6와 달리 v6의 설정을 바꿉니다. v6 설정은 v6 문서를 보세요. v6 예시입니다.'),
    ]);
    expect(zoneOf(zones[0]!)).toContain(topicWord('6', true));
    expect(zoneOf(zones[1]!)).toContain(topicWord('7', true));
    expect(zoneOf(zones[1]!).filter((w) => w.startsWith(topicWord('6')))).toEqual([]);
  });
});

describe('a title in another script', () => {
  it('names the page for searches in that script only: its Korean readings make it a topic, not a keyword topic', async () => {
    const rules = toSynonymRules([{ same: ['리디렉션', 'redirect'] }]);
    const { zones } = await indexWords(
      [
        page('Invalid redirect destination.', '리디렉션 대상이 잘못되었습니다. redirect 설정을 확인하세요.'),
        page('리디렉션 설정', '리디렉션은 redirects 설정으로 합니다.'),
        page('TypeScript', 'TypeScript 설정을 봅니다. TypeScript 버전을 고릅니다.'),
      ],
      rules,
    );
    const group = synonymWord(0, '리디렉션');
    expect(zoneOf(zones[0]!)).toContain(topicWord(group));
    expect(zoneOf(zones[0]!)).not.toContain(topicWord(group, true));
    expect(zoneOf(zones[0]!)).toContain(topicWord('redirect', true));
    expect(zoneOf(zones[1]!)).toContain(topicWord(group, true));
    // The sound key of a foreign title's word: a topic, not a keyword topic.
    expect(zoneOf(zones[2]!)).toContain(topicWord(`${SOUND_MARK}tpsklpt`));
    expect(zoneOf(zones[2]!)).not.toContain(topicWord(`${SOUND_MARK}tpsklpt`, true));
  });
});

describe('English words of the vocabulary on a page', () => {
  it('are whole words in their English forms, not prefixes, and several of them must be written in a row', async () => {
    const rules = toSynonymRules([{ same: ['결제', 'pay'] }, { same: ['로그인', 'log in'] }, { same: ['삭제', 'delete'] }]);
    const { zones } = await indexWords(
      [
        page('요청 본문', 'payload에 값을 담습니다. console.log로 찍고 index 파일에서 읽습니다.'),
        page('결제 연동', 'payment API로 pay 버튼을 붙입니다. 사용자가 Log in 한 뒤에 보입니다.'),
        page('항목 정리', '필요 없는 항목은 deleted 상태가 되고, deleting 중에는 잠깁니다.'),
      ],
      rules,
    );
    const pay = synonymWord(0, '결제');
    const login = synonymWord(1, '로그인');
    const remove = synonymWord(2, '삭제');
    // payload is no pay; console.log … index is no "log in".
    expect(zoneOf(zones[0]!)).not.toContain(pay);
    expect(zoneOf(zones[0]!)).not.toContain(login);
    // payment and pay are; Log in, written in a row, is.
    expect(zoneOf(zones[1]!)).toEqual(expect.arrayContaining([pay, login]));
    // deleted and deleting are forms of delete.
    expect(zoneOf(zones[2]!)).toContain(remove);
  });
});

describe('a verb of a group written with a fused ending', () => {
  it('puts the page in the group (되살릴 for 되살리다), not for a verb rule of one syllable or a noun rule', async () => {
    const rules = toSynonymRules([{ same: ['복구', '되살리다'] }, { from: ['끄다'], to: ['해제'] }, { same: ['리뷰', '후기'] }]);
    const { zones } = await indexWords(
      [
        page('리뷰 삭제', '삭제한 리뷰는 되살릴 수 없습니다. 되살린 글은 없습니다.'),
        page('화면 끌어오기', '파일을 끌어 놓습니다. 끈을 묶습니다.'),
        page('후원 안내', '후긴 없습니다.'),
      ],
      rules,
    );
    expect(zoneOf(zones[0]!)).toContain(synonymWord(0, '복구'));
    expect(zoneOf(zones[1]!)).not.toContain(synonymWord(1, '끄'));
    expect(zoneOf(zones[2]!)).not.toContain(synonymWord(2, '리뷰'));
  });
});

describe('the time question on a page that gives a duration', () => {
  it('puts the page in the group of 며칠 (a topic when its first sentence gives it), without the words 기간 or 소요', async () => {
    const rules = toSynonymRules([{ from: ['며칠', '얼마나 걸려'], to: ['기간', '소요'] }]);
    const { zones } = await indexWords(
      [
        page('리뷰 작성', '리뷰는 구매 확정 뒤 90일 안에 쓸 수 있습니다. 사진을 올리면 포인트를 더 받습니다.'),
        page('자동 구매 확정', '구매 확정은 직접 누를 수 있습니다. 배송 완료 후 7일이 지나면 자동으로 확정됩니다.'),
        page('리뷰 사진', '사진은 10장까지 올릴 수 있습니다. 3일 전에 쓴 리뷰도 고칠 수 있습니다.'),
      ],
      rules,
    );
    const time = synonymWord(0, '며칠');
    expect(zoneOf(zones[0]!)).toEqual(expect.arrayContaining([time, topicWord(time)]));
    expect(zoneOf(zones[1]!)).toContain(time);
    expect(zoneOf(zones[1]!)).not.toContain(topicWord(time));
    // 10장까지 is no duration; 3일 전에 says when, not within how long.
    expect(zoneOf(zones[2]!)).not.toContain(time);
  });
});

describe('synonym groups in the index', () => {
  it('number each group with one Hangul syllable, and stop the build with a clear message past the last one', async () => {
    expect(synonymWord(0, '계정')).toBe('계정ǁ가');
    expect(synonymWord(174, '계정')).toBe('계정ǁ겮');
    const tooMany = toSynonymRules(Array.from({ length: 11173 }, (_, i) => ({ same: [`낱말${i}`, `말${i}`] })));
    await expect(indexWords([], tooMany)).rejects.toThrow('동의어 규칙은 11172개까지 색인할 수 있습니다: 지금 11173개입니다');
  });
});
