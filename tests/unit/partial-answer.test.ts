import { describe, expect, it } from 'vitest';
import type { FaqHit, KoreanSearch, SearchOutcome, SearchRequest } from '../../src/lib/search/korean-search.ts';
import type { PagefindResult } from '../../src/lib/search/pagefind-api.ts';
import { allButOne, answersInTurn, bestPartial, countedWords, howToVerbs, joinedSpaced, partialAnswer, writtenWithDots, tidied, unitApart, withoutAffix, twoQuestions, eachListed, questionFirst, type PartialSearch, type PartialWord, TIME_QUESTION } from '../../src/lib/search/partial-answer.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { HELP_VOCABULARY } from '../../src/lib/search/help-vocabulary.ts';
import { SYNONYM_MARK, synonymWord, TIME_WORD } from '../../src/lib/search/index-words.ts';
import { stemLite } from '../../src/lib/search/synonyms.ts';

/** A result as Pagefind gives it; a partial answer ranks by ids and scores and never reads the page. */
const page = (id: string, score: number): PagefindResult => ({ id, score, words: [], data: () => Promise.reject(new Error('not read')) });
const ids = (...pages: string[]) => pages.map((id) => ({ id }));
const word = (label: string, results: PagefindResult[] | undefined, optional = false): PartialWord => ({ label, highlight: [label], optional, results });

describe('a partial answer (no page has every word)', () => {
  it('shows the pages with the most words, by score, and names the words the best one lacks', () => {
    const answer = partialAnswer([
      word('포인트', [page('a', 3), page('b', 9), page('c', 1)]),
      word('배송비', [page('a', 5), page('b', 1)]),
      word('주차', undefined),
    ]);
    expect(answer.unmatched).toEqual(['주차']);
    expect(answer.best!.results.map((r) => r.id)).toEqual(['b', 'a']);
    expect(answer.best!.dropped).toBe('주차');
    expect(answer.best!.highlight).toEqual(['포인트', '배송비']);
  });

  it('shows at most five pages: the answers of partial answers come first to fifth, the rest is noise', () => {
    const many = Array.from({ length: 12 }, (_, i) => page(`p${i}`, 20 - i));
    const answer = partialAnswer([word('환불', many), word('계좌', many), word('주차', undefined)]);
    expect(answer.best!.results.map((r) => r.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });

  it('puts pages with every word somewhere, and pages of the kind asked for, before higher scores', () => {
    const words = [
      word('개발', [page('setup', 9), page('cli', 7), page('toolbar', 8)]),
      word('서버', [page('cli', 5), page('toolbar', 5)]),
      word('포트', [page('docker', 12)]),
      word('번호', [page('setup', 8)]),
    ];
    // Without pages that name every word, the scores decide.
    expect(partialAnswer(words).best!.results.map((r) => r.id)).toEqual(['setup', 'toolbar', 'cli']);
    // The CLI reference names 포트 and 번호 too: it comes first. The Docker recipe, about one word
    // fewer, names them all as well: it weighs as much as the pages about two, and comes before
    // them (its 12 is within 0.7 of 17).
    expect(partialAnswer(words, { everyWord: ids('cli', 'docker') }).best!.results.map((r) => r.id)).toEqual(['cli', 'docker', 'setup', 'toolbar']);
    // A page of the kind the wording asks for weighs the same, but one about fewer words comes after
    // those about more.
    expect(partialAnswer(words, { askedKind: ids('toolbar', 'docker') }).best!.results.map((r) => r.id)).toEqual(['toolbar', 'setup', 'cli', 'docker']);
  });

  it('counts a page that has every word somewhere as about one word more', () => {
    // The images guide is about 원격 alone, but names 도메인 and 허용; the assets reference is about
    // 원격 and 허용 and never says 도메인.
    const words = [word('원격', [page('images', 10), page('assets', 8)]), word('도메인', [page('github', 12)]), word('허용', [page('assets', 6), page('config', 9)])];
    expect(partialAnswer(words).best!.results.map((r) => r.id)).toEqual(['assets']);
    // Before the page about more words that never says 도메인; the GitHub guide, about 도메인 alone,
    // names neither.
    expect(partialAnswer(words, { everyWord: ids('images') }).best!.results.map((r) => r.id)).toEqual(['images', 'assets']);
  });

  it('counts a page with a name (a Latin word on two pages or fewer) as about one word more, and puts it first among equals', () => {
    // Surge로 배포하는 명령어랑 내 도메인: the Surge guide is about Surge and 배포 and says 명령, not
    // 명령어; the Railway guide is about the three other words and is no Surge guide.
    const words = [
      { ...word('surge', [page('surge', 18)]), name: true },
      word('배포', [page('deploy', 7), page('surge', 7), page('railway', 7)]),
      word('명령어', [page('railway', 11), page('cli', 11)]),
      word('도메인', [page('railway', 12), page('github', 12)]),
    ];
    expect(partialAnswer(words).best!.results.map((r) => r.id)[0]).toBe('surge');
    // Not a name: the page about more words comes first.
    expect(partialAnswer([{ ...words[0]!, name: false }, ...words.slice(1)]).best!.results.map((r) => r.id)[0]).toBe('railway');
  });

  it('answers a long question with the page of its name when no page has two of its words', () => {
    // Keystatic 글 한 편만 따로 화면에 보여주기: the Keystatic guide has the name and none of the
    // common words; the pages with 화면 or 글 have one word each.
    const words = [{ ...word('keystatic', [page('keystatic', 6)]), name: true }, word('글', [page('blog', 9)]), word('화면', [page('toolbar', 8)])];
    expect(partialAnswer(words).best!.results.map((r) => r.id)).toEqual(['keystatic']);
    // Without a name, one word of three answers nothing.
    expect(partialAnswer([{ ...words[0]!, name: false }, ...words.slice(1)]).best).toBeUndefined();
  });

  it('leaves out pages about as many words as the page of a name the question gives, unless the vocabulary reads the name', () => {
    // Vercel 서버리스 함수 번들에서 큰 파일 빼기: the Vercel guide is about Vercel and 함수; the
    // pages about 함수 and 번들 without it answer about something else.
    const words = [{ ...word('vercel', [page('vercel', 6)]), name: true }, word('함수', [page('vercel', 5), page('functions', 9)]), word('번들', [page('functions', 8), page('bundling', 9)]), word('파일', [page('bundling', 4)])];
    expect(partialAnswer(words).best!.results.map((r) => r.id)).toEqual(['vercel']);
    // card on a 누리마켓 page is another word for 카드, not a name: the pages stay.
    expect(partialAnswer([{ ...words[0]!, read: true }, ...words.slice(1)]).best!.results.map((r) => r.id)).toEqual(['vercel', 'functions', 'bundling']);
  });

  it('lets the page with every word that Pagefind ranks far above the next one join last', () => {
    // 커스텀 로거를 TypeScript 파일로 작성해도 되나요: two guides are about three of the words; the
    // configuration reference is about one, and has every word, far first by Pagefind's score.
    const words = [
      word('커스텀', [page('guide', 9)]),
      word('로거', [page('guide', 8), page('tutorial', 7)]),
      word('파일', [page('guide', 6), page('tutorial', 8)]),
      word('타입스크립트', [page('tutorial', 9), page('reference', 3)]),
    ];
    const shown = (everyWord: { id: string; score: number }[]) => partialAnswer(words, { everyWord }).best!.results.map((r) => r.id);
    expect(shown([{ id: 'reference', score: 20 }, { id: 'guide', score: 5 }])).toEqual(['guide', 'tutorial', 'reference']);
    // Not far first: the pages about more of the words are the answer.
    expect(shown([{ id: 'reference', score: 6 }, { id: 'guide', score: 5 }])).toEqual(['guide', 'tutorial']);
  });

  it('puts the page with the identifier or code the question gives first among pages of one weight', () => {
    // getStaticPaths 동적 에러: the error page is about getStaticPaths and 에러, the routing guide about
    // 동적 and 에러 with the better score. The identifier says which; the guide follows (17 ≥ 0.7 × 17).
    const words = [{ ...word('getstaticpaths', [page('error', 5)]), code: true }, word('동적', [page('routing', 9)]), word('에러', [page('error', 4), page('routing', 8)])];
    expect(partialAnswer(words).best!.results.map((r) => r.id)).toEqual(['error', 'routing']);
    // Not a code: the better score comes first, and the error page (9) falls under 0.7 of it.
    expect(partialAnswer([{ ...words[0]!, code: false }, ...words.slice(1)]).best!.results.map((r) => r.id)).toEqual(['routing']);
  });

  it('counts a page with a code of the question in its title (on few pages) as named, before pages about more common words', () => {
    // React 컴포넌트 안에서 getImage()를 호출했더니 에러가 나요: the error page titled getImage() is
    // about the code and 에러; the guide is about three common words.
    const words = [
      { ...word('react', [page('guide', 9)]), code: true },
      word('컴포넌트', [page('guide', 8)]),
      { ...word('getimage', [page('error', 4)]), code: true, titled: ids('error') },
      word('에러', [page('error', 3), page('guide', 2)]),
    ];
    expect(partialAnswer(words).best!.results.map((r) => r.id)).toEqual(['error', 'guide']);
    // Not titled with it: the page about more words comes first.
    expect(partialAnswer(words.map((w) => ({ ...w, titled: undefined }))).best!.results.map((r) => r.id)[0]).toBe('guide');
  });

  it('lets a page with every word that exists join, when a word exists nowhere, without putting it first', () => {
    // 옮길 is nowhere. The DatoCMS guide is about GraphQL, 쿼리 and 바꾸다; the Gatsby migration guide
    // is about Gatsby and GraphQL alone, but names 쿼리 and 바꾸다 too.
    const words = [
      word('gatsby', [page('gatsby', 21)]),
      word('graphql', [page('datocms', 9), page('gatsby', 9), page('hygraph', 9)]),
      word('쿼리', [page('datocms', 8), page('content', 8)]),
      word('옮길', undefined),
      word('바꿔야', [page('datocms', 6), page('modified', 18)]),
    ];
    expect(partialAnswer(words).best!.results.map((r) => r.id)).toEqual(['datocms']);
    expect(partialAnswer(words, { joining: ids('gatsby') }).best!.results.map((r) => r.id)).toEqual(['datocms', 'gatsby']);
    // A page about as many words keeps its place by score.
    expect(partialAnswer(words, { joining: ids('hygraph', 'content') }).best!.results.map((r) => r.id)).toEqual(['datocms']);
  });

  it('leaves out pages scoring far below the best one, but never the page that comes first', () => {
    const words = [word('환불', [page('a', 10), page('b', 8), page('c', 4)]), word('계좌', [page('a', 10), page('b', 7), page('c', 4)])];
    // c (8) is under 0.7 of a (20); b (15) is not.
    expect(partialAnswer(words).best!.results.map((r) => r.id)).toEqual(['a', 'b']);
    // A page first by preference stays, whatever its score.
    expect(partialAnswer(words, { everyWord: ids('c') }).best!.results.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('ranks a page that names the other words in passing before one about as many words that does not', () => {
    // 정적 빌드할 때 리디렉션용 HTML 파일 안 만들기: two pages each about two of four words; the
    // configuration reference names the other two, the higher-scoring tutorial does not.
    const words = [
      word('빌드', [page('tutorial', 10), page('config', 8)]),
      word('파일', [page('tutorial', 9), page('config', 6)]),
      { ...word('리디렉션', [page('routing', 4)]), mentioned: ids('routing', 'config') },
      { ...word('html', [page('syntax', 3)]), mentioned: ids('syntax', 'config', 'routing') },
    ];
    expect(partialAnswer(words).best!.results.map((r) => r.id)).toEqual(['config', 'tutorial']);
    // A mention of a word the page is about counts nothing more: the tutorial, about 빌드 and 파일,
    // still comes first when those are all that the reference names in passing.
    const aboutOnly = words.map((w, i) => (i < 2 ? { ...w, mentioned: ids('tutorial', 'config') } : { ...w, mentioned: undefined }));
    expect(partialAnswer(aboutOnly).best!.results.map((r) => r.id)).toEqual(['tutorial', 'config']);
  });

  it('gives none when fewer than two words of a longer question meet on one page', () => {
    expect(partialAnswer([word('환불', [page('a', 1)]), word('계좌', [page('b', 1)]), word('주차', [page('c', 1)])]).best).toBeUndefined();
  });
});

describe('the words but one, searched together', () => {
  const words = ['다크모드', '전환', '버튼'].map((label) => ({ label, highlight: [label] }));

  it('leaves out each word in turn and keeps the reading of the best tier, then the best score', async () => {
    const searched: string[] = [];
    const best = await allButOne(words, async (kept) => {
      const key = kept.map((w) => w.label).join(' ');
      searched.push(key);
      if (key === '다크모드 전환') return { results: [page('dark', 15), page('view', 23)], rank: [2, -23] };
      if (key === '전환 버튼') return { results: [page('view', 20)], rank: [2, -20] };
      return undefined;
    });
    expect(searched.sort()).toEqual(['다크모드 버튼', '다크모드 전환', '전환 버튼']);
    expect(best!.dropped).toBe('버튼');
    expect(best!.results.map((r) => r.id)).toEqual(['dark', 'view']);
    expect(best!.highlight).toEqual(['다크모드', '전환']);
  });

  it('prefers a better tier to a higher score, and gives none when no reading finds pages', async () => {
    const best = await allButOne(words, async (kept) => (kept[0]!.label === '전환' ? { results: [page('about', 5)], rank: [1, -5] } : { results: [page('mention', 30)], rank: [2, -30] }));
    expect(best!.results.map((r) => r.id)).toEqual(['about']);
    expect(await allButOne(words, async () => undefined)).toBeUndefined();
  });

  it('is only for three words or more: with two, the words alone are the words but one', async () => {
    expect(await allButOne(words.slice(0, 2), async () => ({ results: [page('a', 1)], rank: [0, -1] }))).toBeUndefined();
  });
});

describe('the partial answer of a question', () => {
  const words = ['다크모드', '전환', '버튼'].map((label) => ({ label, highlight: [label], known: true }));
  const search = (alone: Record<string, PagefindResult[]>, kept?: PagefindResult[]): PartialSearch<(typeof words)[number]> => ({
    alone: async (w) => alone[w.label],
    mentions: async () => [],
    pages: async () => Infinity,
    titled: async () => undefined,
    everyWord: async () => [page('view', 1)],
    askedKind: async () => undefined,
    together: async () => kept && { results: kept, rank: [1, -kept[0]!.score] },
    // The chosen node has every page but 'other'.
    within: (results) => results.filter((r) => r.id !== 'other'),
  });

  it('ranks the pages about most words, in the chosen node, pages with every word counting one more', async () => {
    const answer = await bestPartial(words, search({ 다크모드: [page('dark', 9), page('other', 20)], 전환: [page('dark', 8), page('other', 20), page('view', 12)], 버튼: [] }));
    // 'other', about two words with the best scores, is outside the node; 'view', about 전환 alone,
    // names every word: it weighs as much as 'dark', about two, and comes first. It has every word,
    // so none is said to be left out, and all are marked.
    expect(answer.best!.results.map((r) => r.id)).toEqual(['view', 'dark']);
    expect(answer.best!.dropped).toBe('');
    expect(answer.best!.highlight).toEqual(['다크모드', '전환', '버튼']);
  });

  it('asks which pages name each word anywhere, and ranks a page naming the others in passing first', async () => {
    const alone = { 다크모드: [page('dark', 9), page('theme', 8)], 전환: [page('dark', 9), page('theme', 8)], 버튼: [] };
    const named = await bestPartial(words, { ...search(alone), mentions: async (w) => (w.label === '버튼' ? [page('theme', 1)] : []) });
    expect(named.best!.results.map((r) => r.id)).toEqual(['theme', 'dark']);
    expect((await bestPartial(words, search(alone))).best!.results.map((r) => r.id)).toEqual(['dark', 'theme']);
  });

  it('when a word exists nowhere, asks for pages with every other word, and lets them join', async () => {
    const asked: string[][] = [];
    const answer = await bestPartial(words, {
      ...search({ 다크모드: [page('dark', 9)], 전환: [page('dark', 8), page('view', 12)], 버튼: undefined } as never),
      everyWord: async (some) => {
        asked.push(some.map((w) => w.label));
        return some.length === 2 ? [page('view', 1)] : undefined;
      },
    });
    expect(asked).toEqual([['다크모드', '전환', '버튼'], ['다크모드', '전환']]);
    expect(answer.best!.results.map((r) => r.id)).toEqual(['dark', 'view']);
    expect(answer.unmatched).toEqual(['버튼']);
  });

  it('counts the verbs too when the nouns meet on no page, rather than give no answer', async () => {
    // 마지막으로 고친 날짜 보여주기: 마지막, 날짜 and 보여주기 meet on no page, two by two or all three;
    // the page about 마지막 and 고치다 answers.
    const [last, edited, date, shown] = ['마지막', '고친', '날짜', '보여주기'].map((label) => ({ label, highlight: [label], known: true }));
    const nouns = [last!, date!, shown!];
    const all = [last!, edited!, date!, shown!];
    const alone = { 마지막: [page('modified', 9)], 날짜: [page('dates', 8)], 보여주기: [page('display', 8)], 고친: [page('modified', 7), page('edit', 6)] };
    const search = { alone: async (w: { label: string }) => alone[w.label as keyof typeof alone], mentions: async () => [], pages: async () => Infinity, titled: async () => undefined, everyWord: async () => undefined, askedKind: async () => undefined, together: async () => undefined, within: (r: PagefindResult[]) => r };
    expect(await bestPartial(nouns, search)).toEqual({ unmatched: [] });
    const answer = await bestPartial(nouns, search, all);
    expect(answer.best!.results.map((r) => r.id)).toEqual(['modified']);
    expect(answer.best!.dropped).toBe('날짜, 보여주기');
  });

  it('else searches the words but one together; when a word exists nowhere, the other words together', async () => {
    const apart = { 다크모드: [page('dark', 9)], 전환: [page('view', 12)], 버튼: [page('button', 3)] };
    const answer = await bestPartial(words, { ...search(apart, [page('other', 30), page('dark', 15)]), everyWord: async () => undefined });
    expect(answer.best!.results.map((r) => r.id)).toEqual(['dark']);
    // 택배사 이름이 엉뚱하게 나와요: no page has 엉뚱하게; the pages with the other words, said to leave it out.
    const kept: string[][] = [];
    const nowhere = await bestPartial(words, {
      ...search({ ...apart, 버튼: undefined } as never),
      together: async (w) => (kept.push(w.map((x) => x.label)), { results: [page('dark', 15)], rank: [1, -15] }),
      everyWord: async () => undefined,
    });
    expect(kept).toEqual([['다크모드', '전환']]);
    expect(nowhere.unmatched).toEqual(['버튼']);
    expect(nowhere.best!.results.map((r) => r.id)).toEqual(['dark']);
    expect([nowhere.best!.dropped, nowhere.best!.highlight]).toEqual(['버튼', ['다크모드', '전환']]);
    // A word the layer may leave out (one syllable) is not reported as not found, but is still named as left out.
    const optional = words.map((w) => (w.label === '버튼' ? { ...w, optional: true } : w));
    const left = await bestPartial(optional, {
      ...search({ ...apart, 버튼: undefined } as never),
      together: async () => ({ results: [page('dark', 15)], rank: [1, -15] }),
      everyWord: async () => undefined,
    });
    expect([left.unmatched, left.best!.dropped]).toEqual([[], '버튼']);
    // Nothing when they meet on no page either.
    expect(await bestPartial(words, { ...search({ ...apart, 버튼: undefined } as never), everyWord: async () => undefined })).toEqual({ unmatched: ['버튼'] });
  });
});

describe('two words written apart that pages are about as one', () => {
  const typed = (...texts: string[]) => texts.map((text) => ({ text, raw: text, kind: /^[가-힣]+$/.test(text) ? 'hangul' : 'latin' }));
  const about = async (word: string) => ['우선순위', 'apiKey'].includes(word);

  it('joins the first such pair of Hangul words, in a question of three words or more', async () => {
    expect((await joinedSpaced(typed('라우트', '우선', '순위'), about))!.map((w) => w.text)).toEqual(['라우트', '우선순위']);
    expect(await joinedSpaced(typed('우선', '순위'), about)).toBeUndefined();
    expect(await joinedSpaced(typed('라우트', '규칙', '순위'), about)).toBeUndefined();
    expect(await joinedSpaced(typed('api', 'Key', '설정'), about)).toBeUndefined();
  });
});

describe('what is glued to a word and no part of it', () => {
  it('is written apart: a face, a number', () => {
    expect(tidied('알림이 안와요ㅠㅠ??')).toBe('알림이 안와요 ??');
    expect(tidied('조회결과없음ㅠㅠㅠ!!')).toBe('조회결과없음 !!');
    expect(tidied('사용자정의404페이지')).toBe('사용자정의404 페이지');
  });

  it('but not a number from its unit or counter, nor a consonant being typed', () => {
    for (const typed of ['3일째 그대로', '500개 한도', '5만원', '1점이 몇 원', 'p305', '환ㅂ', '배송 ㅠㅠ']) expect(tidied(typed), typed).toBeUndefined();
  });

  it('leaves out a laugh or shiver of one consonant repeated, glued or apart, unless nothing else is left', () => {
    expect(tidied('환불ㅋㅋ')).toBe('환불 ');
    expect(tidied('반품 ㄷㄷ 어떡해')).toBe('반품   어떡해');
    expect(tidied('ㅋㅋ')).toBeUndefined();
    // A 초성 query of several consonants keeps them all (ㄱㄴㄷㄷ, ㅎㅎㄱ).
    expect(tidied('ㄱㄴㄷㄷ')).toBeUndefined();
    expect(tidied('ㅎㅎㄱ 설정')).toBeUndefined();
  });
});

describe('a word no page has, with one syllable written onto a word pages are about', () => {
  const about = async (word: string) => ['가입', '배송', '회원'].includes(word);

  it('is read without it: a prefix, a suffix, with a particle after it', async () => {
    expect(await withoutAffix('탈퇴 후 재가입은', ['재가입은'], about)).toBe('탈퇴 후 가입');
    expect(await withoutAffix('배송중 3일째', ['배송중'], about)).toBe('배송 3일째');
    expect(await withoutAffix('비회원 주문', ['비회원'], about)).toBe('회원 주문');
  });

  it('but not a word of two syllables, nor one whose rest pages are not about', async () => {
    expect(await withoutAffix('중고 거래', ['중고'], about)).toBeUndefined();
    expect(await withoutAffix('주차요금 할인', ['주차요금'], about)).toBeUndefined();
    // Nor a first syllable that is no prefix: 리로드 (reload) is not 리 + 로드.
    expect(await withoutAffix('핫 리로드', ['리로드'], async (word) => word === '로드')).toBeUndefined();
  });
});

describe("a number's unit glued to a word pages are about", () => {
  const about = async (word: string) => ['인증', '무이자', '이상'].includes(word);

  it('is written apart from it, after a unit of one syllable or two', async () => {
    expect(await unitApart('결제비번1원인증', ['1원인증'], about)).toBe('결제비번1원 인증');
    expect(await unitApart('3개월무이자 되나요', ['3개월무이자'], about)).toBe('3개월 무이자 되나요');
    expect(await unitApart('5만원이상', ['5만원이상'], about)).toBe('5만원 이상');
  });

  it('but not when the rest is no such word, nor a word without a number', async () => {
    expect(await unitApart('3일째배송', ['3일째배송'], about)).toBeUndefined();
    expect(await unitApart('본인인증', ['본인인증'], about)).toBeUndefined();
  });
});

describe('a name written with dots, as Pagefind indexes it whole', () => {
  /** A result whose page text is `content` (the rule reads it to see that the page writes the name). */
  const writing = (id: string, content: string): PagefindResult => ({ ...page(id, 5), data: async () => ({ url: `/faq/${id}/`, content, filters: {}, meta: {} }) });
  const index: Record<string, PagefindResult[]> = {
    'server.allowedhosts': [writing('reference/configuration-reference', 'server.allowedHosts 개발 서버가 응답할 호스트 이름')],
    'astro.redirect': [page('a', 5), page('b', 4), page('c', 3), page('d', 2)],
    'photo.png': [page('reference/modules/astro-assets', 4)],
    'fly.io': [page('guides/deploy/flyio', 7)],
    'window.__pwned': [writing('return-photo-upload-failed', 'Windows PC에서 사진을 올릴 때')],
  };
  const asked: string[] = [];
  const pagesWith = async (name: string) => {
    asked.push(name);
    return index[name] ?? [];
  };

  it('answers with the page that writes it so, lower-cased as the index keeps it', async () => {
    expect(await writtenWithDots('server.allowedHosts에 스테이징 도메인 추가', pagesWith)).toEqual(index['server.allowedhosts']);
  });

  it('not when more pages write it, nor for a file or a site name, nor a name no page writes', async () => {
    asked.length = 0;
    expect(await writtenWithDots('Astro.redirect를 썼더니 에러가 나요', pagesWith)).toBeUndefined();
    expect(await writtenWithDots("src에 './photo.png'를 넣었더니", pagesWith)).toBeUndefined();
    expect(await writtenWithDots('Fly.io에 SSR로 배포되나요', pagesWith)).toBeUndefined();
    expect(await writtenWithDots('Astro.request.params 없어졌는데', pagesWith)).toBeUndefined();
    expect(await writtenWithDots('정적 사이트 배포. 서버 없이', pagesWith)).toBeUndefined();
    expect(asked).toEqual(['astro.redirect', 'astro.request.params']);
  });

  it('not when the one page Pagefind gives does not write the name (it read the name in part)', async () => {
    expect(await writtenWithDots('<script>window.__pwned=1</script>', pagesWith)).toBeUndefined();
  });
});

describe('a long question told as a story first', () => {
  const first = (typed: string) => questionFirst(typed, parseQuery(typed).words, parseQuery);

  it('asks the question the word cap cut off first, the story after it, as typed', () => {
    expect(first('동생 생일 선물로 향수를 샀는데 동생이 똑같은 걸 이미 갖고 있다고 해서요 아직 비닐도 안 뜯었고 받은 지는 닷새쯤 됐거든요 이런 경우에도 그냥 반품이 되는 건가요')).toBe(
      '이런 경우에도 그냥 반품이 되는 건가요 동생 생일 선물로 향수를 샀는데 동생이 똑같은 걸 이미 갖고 있다고 해서요 아직 비닐도 안 뜯었고 받은 지는 닷새쯤 됐거든요',
    );
    // The question that asks, not a remark after it; a question mark ends a sentence too.
    expect(first('물건 받자마자 상자를 뜯어서 박스랑 뽁뽁이를 다 버렸거든요 써 보니까 색상이 사진이랑 달라서 마음에 안 들어서요 포장재 없으면 반품 접수가 안 되나요? 좀 걱정돼요')).toBe(
      '포장재 없으면 반품 접수가 안 되나요? 물건 받자마자 상자를 뜯어서 박스랑 뽁뽁이를 다 버렸거든요 써 보니까 색상이 사진이랑 달라서 마음에 안 들어서요',
    );
  });

  it('leaves a question alone when the cap kept its words, when it names too little, or when the text ends in the story', () => {
    expect(first('환불 계좌는 어디서 바꾸나요? 잘 몰라서요')).toBeUndefined();
    expect(first('레이아웃 컴포넌트 안에서 Astro.response.headers로 캐시 헤더를 넣었는데 적용이 안 되고 응답을 설정할 수 없다고 떠요. 어떻게 고쳐야 하나요?')).toBeUndefined();
    expect(first('동생 생일 선물로 향수를 샀는데 동생이 똑같은 걸 이미 갖고 있다고 해서요 아직 비닐도 안 뜯었고 받은 지는 닷새쯤 됐거든요')).toBeUndefined();
  });
});

describe('a question that asks two things', () => {
  /** The words as parseQuery keeps them: the filler words (그리고, 알려주세요) are gone. */
  const kept = (...raws: string[]) => raws.map((raw) => ({ raw }));
  const halves = (typed: string, words: { raw: string }[]) => twoQuestions(typed, words)?.halves.map((half) => half.map((w) => w.raw).join(' '));

  it('splits at a joining word or a joining ending between words that name something', () => {
    expect(halves('환불 며칠 걸려요 그리고 어디서 확인해요', kept('환불', '며칠', '걸려요', '확인해요'))).toEqual(['환불 며칠 걸려요', '확인해요']);
    expect(halves('Turso 데이터베이스 연결하고 Netlify 배포하기', kept('Turso', '데이터베이스', '연결하고', 'Netlify', '배포하기'))).toEqual(['Turso 데이터베이스 연결하고', 'Netlify 배포하기']);
    expect(halves('새벽배송 주문은 몇 시까지 취소할 수 있고 배송지는 언제까지 바꿀 수 있어요', kept('새벽배송', '주문은', '취소할', '있고', '배송지는', '바꿀'))).toEqual(['새벽배송 주문은 취소할 있고', '배송지는 바꿀']);
    expect(halves('택배비는 누가 내는지랑 사진은 몇 장까지', kept('택배비는', '내는지랑', '사진은', '장까지'))).toEqual(['택배비는 내는지랑', '사진은 장까지']);
    // A task named with -기 and joined with 랑 (불러오기랑 … 올리는 방법); not a noun's 이랑.
    expect(halves('ButterCMS 데이터 불러오기랑 Heroku에 올리는 방법', kept('ButterCMS', '데이터', '불러오기랑', 'Heroku에', '올리는'))).toEqual(['ButterCMS 데이터 불러오기랑', 'Heroku에 올리는']);
    expect(halves('상담원이랑 통화하고 싶은데 연결 방법', kept('상담원이랑', '통화하고', '연결'))).toBeUndefined();
    // A how-to joined with 법이랑; 거랑 is "than" as often (주문한 거랑 다른 물건).
    expect(halves('비밀번호 재설정하는 법이랑 카드 지우는 방법', kept('비밀번호', '재설정하는', '법이랑', '카드', '지우는'))).toEqual(['비밀번호 재설정하는 법이랑', '카드 지우는']);
    expect(halves('주문한 거랑 다른 물건이 왔어요 반품 택배비', kept('주문한', '거랑', '다른', '물건이', '반품', '택배비'))).toBeUndefined();
    // A noun that closes what a clause describes (방법, 에러, 문제, 이유) joined with 랑, even when the
    // word itself is no word of the question (방법이랑: a filler word).
    expect(halves('Craft CMS를 쓰는 방법이랑 Render에 올리는 방법', kept('Craft', 'CMS', '쓰는', 'Render에', '올리는'))).toEqual(['Craft CMS 쓰는', 'Render에 올리는']);
    expect(halves('활성화 안 됐다는 에러랑 경로에 유틸리티 쓸 때 나는 에러', kept('활성화', '됐다는', '에러랑', '경로에', '유틸리티', '나는', '에러'))).toEqual(['활성화 됐다는 에러랑', '경로에 유틸리티 나는 에러']);
    expect(halves('누리플러스 가입하는 방법하고 새벽배송비도 무료인지', kept('누리플러스', '가입하는', '새벽배송비도', '무료인지'))).toEqual(['누리플러스 가입하는', '새벽배송비도 무료인지']);
    expect(halves('빌드 오류랑 경고 차이', kept('빌드', '오류랑', '경고', '차이'))).toBeUndefined();
    // A question's -는지 before a comma joins the next; without the comma it is one question.
    expect(halves('포인트도 줄어드는지, 환불 금액은 어디서 보는지', kept('포인트도', '줄어드는지', '환불', '금액은', '보는지'))).toEqual(['포인트도 줄어드는지', '환불 금액은 보는지']);
    expect(halves('포인트도 줄어드는지 환불 금액은 어디서 보는지', kept('포인트도', '줄어드는지', '환불', '금액은', '보는지'))).toBeUndefined();
  });

  it('splits where a sentence ends, when each sentence has two words or more', () => {
    expect(halves('따로 도착한 상품 반품해도 되나요? 반품 배송비는 누가 내는지도요', kept('따로', '도착한', '상품', '반품해도', '반품', '배송비는', '내는지도요'))).toEqual(['따로 도착한 상품 반품해도', '반품 배송비는 내는지도요']);
    expect(halves('상품을 교환했어요. 배송비 환불 받나요', kept('상품을', '교환했어요', '배송비', '환불'))).toEqual(['상품을 교환했어요', '배송비 환불']);
    // A courtesy, or a sentence that leans on the one before: one word.
    expect(halves('하나만 취소하는 것도 가능한가요? 답변 부탁드려요', kept('하나만', '취소하는', '답변'))).toBeUndefined();
    expect(halves('광고 메시지를 밤늦게 보내도 되나요? 몇 시까지 보낼 수 있는지', kept('광고', '메시지를', '밤늦게', '보내도', '보낼'))).toBeUndefined();
    // A polite ending that closes what happened before the question.
    expect(twoQuestions('다른 물건이 왔거든요 반품 택배비는 누가 내나요', kept('다른', '물건이', '왔거든요', '반품', '택배비는'))).toEqual({ halves: [kept('다른', '물건이', '왔거든요'), kept('반품', '택배비는')], sentence: true });
    expect(twoQuestions('Turso 연결하고 Netlify 배포', kept('Turso', '연결하고', 'Netlify', '배포'))?.sentence).toBe(false);
    // Not the dot of a file or a number.
    expect(halves('astro.config 파일 v1.5 설정 위치', kept('astro', 'config', '파일', 'v1', '5', '설정', '위치'))).toBeUndefined();
  });

  it('finds where each word stands when parsing joined words (한 달) or cut one out of a longer one (안올라가요)', () => {
    expect(halves('멤버십 한 달 얼마 그리고 해지하고 환불', kept('멤버십', '한달', '얼마', '해지하고', '환불'))).toEqual(['멤버십 한달 얼마', '해지하고 환불']);
    expect(halves('사진 안올라가요 그리고 반품 접수', kept('사진', '올라가요', '반품', '접수'))).toEqual(['사진 올라가요', '반품 접수']);
    // A word not among the words as typed: no place to split is trusted.
    expect(halves('환불 그리고 배송', kept('환불', '택배'))).toBeUndefined();
  });

  it('does not split before a helping verb, at a noun\'s 이랑, nor two things asked together', () => {
    expect(halves('상담원과 통화하고 싶은데 시간', kept('상담원과', '통화하고', '시간'))).toBeUndefined();
    expect(halves('상담원이랑 통화 시간', kept('상담원이랑', '통화', '시간'))).toBeUndefined();
    expect(halves('뷰 전환 켜고 프리페치 같이 쓰기', kept('뷰', '전환', '켜고', '프리페치', '쓰기'))).toBeUndefined();
    // Nor two things compared (eachListed's words of asking together serve both).
    expect(halves('부분 환불하고 전체 환불 차이', kept('부분', '환불하고', '전체', '환불', '차이'))).toBeUndefined();
    // Nothing on one side: 그리고 first, or a joining ending last.
    expect(halves('그리고 환불', kept('환불'))).toBeUndefined();
    expect(halves('환불 연결하고', kept('환불', '연결하고'))).toBeUndefined();
  });

  it('asks a question about a list of names once per name, the other names left out', () => {
    const each = (typed: string, words: { raw: string }[]) => eachListed(typed, words)?.halves.map((half) => half.map((w) => w.raw).join(' '));
    expect(each('Netlify랑 Vercel 어댑터에서 CSP를 응답 헤더로', kept('Netlify', 'Vercel', '어댑터에서', 'CSP', '응답', '헤더로'))).toEqual(['Netlify 어댑터에서 CSP 응답 헤더로', 'Vercel 어댑터에서 CSP 응답 헤더로']);
    // Commas, and a last name with its own particle (Mux에서); 나, 와, 및 and 또는 join too.
    expect(each('Cloudinary, ImageKit, Mux에서 동영상 플레이어', kept('Cloudinary', 'ImageKit', 'Mux', '동영상', '플레이어'))).toEqual(['Cloudinary 동영상 플레이어', 'ImageKit 동영상 플레이어', 'Mux 동영상 플레이어']);
    expect(each('SVG를 PNG나 WebP로 바꾸기', kept('SVG', 'PNG', 'WebP', '바꾸기'))).toEqual(['SVG PNG 바꾸기', 'SVG WebP 바꾸기']);
    expect(each('document 또는 localStorage 접근', kept('document', 'localStorage', '접근'))).toEqual(['document 접근', 'localStorage 접근']);
    // Names asked about together, at once, or compared: one page answers that.
    expect(each('React랑 Preact 같이 쓸 때 설정', kept('React', 'Preact', '설정'))).toBeUndefined();
    expect(each('React랑 Partytown까지 한 번에 깔기', kept('React', 'Partytown', '깔기'))).toBeUndefined();
    expect(each('head-inline이랑 page-ssr 단계 차이', kept('head-inline', 'page-ssr', '단계'))).toBeUndefined();
    expect(each('head-inline이랑 page-ssr 차이가 뭐예요?', kept('head-inline', 'page-ssr'))).toBeUndefined();
    // Whole words only: 둘러보기 is no 둘 (both).
    expect(each('Netlify랑 Vercel 예제 둘러보기', kept('Netlify', 'Vercel', '예제', '둘러보기'))).toEqual(['Netlify 예제 둘러보기', 'Vercel 예제 둘러보기']);
    // No list: one name, names not joined, or Korean words (환불이랑 교환: 이랑 is as often "with").
    expect(each('Netlify 어댑터 Vercel 배포', kept('Netlify', '어댑터', 'Vercel', '배포'))).toBeUndefined();
    expect(each('환불이랑 교환 기간', kept('환불이랑', '교환', '기간'))).toBeUndefined();
  });

  const hit = (key: string): FaqHit => ({ key, score: 1, entry: async () => ({ id: key, title: key, subcategory: '', updated: '', text: '', topics: [] }) });
  const outcome = (keys: string[], fallback: string[] = []): SearchOutcome => ({
    words: [],
    total: keys.length,
    hits: async (start, end) => keys.slice(start, end).map(hit),
    counts: {},
    highlight: [keys[0] ?? fallback[0] ?? ''],
    unmatched: [],
    browse: false,
    ...(fallback.length ? { fallback: { dropped: '', total: fallback.length, hits: async (start: number, end: number) => fallback.slice(start, end).map(hit) } } : {}),
  });
  // Pages a–f: b and e in subcategory 'y', the rest in 'x'; 최신순 is alphabetical from the end.
  const locator = { subcategory: (id: string) => (['b', 'e'].includes(id) ? 'y' : 'x'), rank: (id: string) => -id.charCodeAt(0) };
  const engine = (answers: Record<string, SearchOutcome>) => ({ search: async (r: SearchRequest) => answers[r.query]!, directory: { locator: async () => locator } }) as unknown as Pick<KoreanSearch, 'search' | 'directory'>;
  const words = kept('Turso', '연결하고', 'Netlify', '배포');
  const asked = { 'Turso 연결하고': outcome(['a', 'b', 'c']), 'Netlify 배포': outcome([], ['d', 'a', 'e']) };

  it('answers each half on its own and takes the answers in turn, a partial answer too, each page once', async () => {
    const answer = (await answersInTurn(engine(asked), words, { query: 'Turso 연결하고 Netlify 배포' }))!;
    expect((await answer.hits(0, 10)).map((h) => h.key)).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(answer.total).toBe(5);
    expect(answer.counts).toEqual({ x: 3, y: 2 });
    expect(answer.highlight).toEqual(['a', 'd']);
  });

  it('answers a question about a list of names name by name, in turn', async () => {
    const listed = { 'Netlify CSP': outcome(['a', 'b']), 'Vercel CSP': outcome([], ['c']) };
    const answer = (await answersInTurn(engine(listed), kept('Netlify', 'Vercel', 'CSP'), { query: 'Netlify랑 Vercel CSP' }))!;
    expect((await answer.hits(0, 10)).map((h) => h.key)).toEqual(['a', 'c', 'b']);
  });

  it('counts over the whole site, keeps to the chosen node, and sorts as asked', async () => {
    const answer = (await answersInTurn(engine(asked), words, { query: 'Turso 연결하고 Netlify 배포', subcategories: ['x'], sort: 'latest' }))!;
    expect(answer.counts).toEqual({ x: 3, y: 2 });
    expect((await answer.hits(0, 10)).map((h) => h.key)).toEqual(['d', 'c', 'a']);
  });

  it('gives none when a half finds nothing', async () => {
    expect(await answersInTurn(engine({ ...asked, 'Netlify 배포': outcome([]) }), words, { query: 'Turso 연결하고 Netlify 배포' })).toBeUndefined();
  });

  it('split at the end of a sentence, gives none unless the question asked last has pages with every word', async () => {
    const told = kept('본인인증이', '되는데요', '다른', '방법으로', '인증할');
    const query = '본인인증이 안 되는데요 다른 방법으로 인증할 수는 없을까요';
    const background = { '본인인증이 되는데요': outcome(['a']) };
    expect(await answersInTurn(engine({ ...background, '다른 방법으로 인증할': outcome([], ['b', 'c']) }), told, { query })).toBeUndefined();
    const answer = (await answersInTurn(engine({ ...background, '다른 방법으로 인증할': outcome(['b']) }), told, { query }))!;
    expect((await answer.hits(0, 10)).map((h) => h.key)).toEqual(['a', 'b']);
  });
});

describe('the words a partial answer counts', () => {
  const clause = (label: string, terms = [label]) => ({ label, terms });
  const time = clause('얼마나 기다려야', [synonymWord(7, '며칠')]);

  it('are the nouns, without a time question among two nouns or more', () => {
    const nouns = [clause('무통장'), clause('입금'), time];
    expect(countedWords(nouns, [...nouns, clause('바뀌려면')]).map((c) => c.label)).toEqual(['무통장', '입금']);
  });

  it('keep the time question when it leaves fewer than two, and every word when the nouns are fewer than two', () => {
    const nouns = [clause('환불'), time];
    expect(countedWords(nouns, nouns).map((c) => c.label)).toEqual(['환불', '얼마나 기다려야']);
    const all = [clause('환불'), clause('걸려요')];
    expect(countedWords([all[0]!], all).map((c) => c.label)).toEqual(['환불', '걸려요']);
  });

  it('know the time question by the index word of the vocabulary rule that reads 얼마나 기다려 and 며칠', () => {
    const at = HELP_VOCABULARY.findIndex((r) => r.from?.includes('얼마나 기다려'));
    expect(HELP_VOCABULARY[at]!.from).toContain('며칠');
    expect(synonymWord(at, stemLite(HELP_VOCABULARY[at]!.from![0]!)).startsWith(TIME_QUESTION)).toBe(true);
    // The index's duration pages join the same group by its first word (index-words.ts, kept apart
    // there: imported here, it split es-hangul out of the query JS's chunk, +308 bytes).
    expect(TIME_QUESTION).toBe(TIME_WORD + SYNONYM_MARK);
  });
});

describe('the verb of a how-to question', () => {
  it('is the word in -는 right before 법 or 방법', () => {
    expect([...howToVerbs('.astro 파일에 주석 다는 법')]).toEqual(['다는']);
    expect([...howToVerbs('설정 파일에서 환경 변수를 읽는 방법')]).toEqual(['읽는']);
  });

  it('is not a noun made a verb (표시하는, 연결되는), nor a word in -는 elsewhere', () => {
    expect([...howToVerbs('접속자 수 표시하는 방법')]).toEqual([]);
    expect([...howToVerbs('채널이 연결되는 법')]).toEqual([]);
    expect([...howToVerbs('환불은 어디서 보는지')]).toEqual([]);
    expect([...howToVerbs('다는 법')]).toEqual(['다는']);
  });
});
