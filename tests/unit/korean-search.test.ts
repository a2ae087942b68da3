import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboutness, COUNT_ONLY, KoreanSearch } from '../../src/lib/search/korean-search.ts';
import type { PagefindApi } from '../../src/lib/search/pagefind-api.ts';
import { vocabularyRules } from '../../src/data/synonyms.ts';
import { toSynonymRules } from '../../src/lib/search/synonyms.ts';
import { faq, ids, realSearch, type RealSearch } from './helpers/real-pagefind.ts';

/**
 * doum's Korean layer on the real Pagefind runtime (Pagefind's Node API builds the index, its
 * browser bundle answers in Node): what a Korean visitor types, what they get.
 */
const faqs = [
  faq('refund', '환불 계좌는 어떻게 등록하나요?', '환불 받을 계좌를 등록합니다. 계좌는 사업자 명의여야 합니다.', { id: 'refund-account', tags: ['환불', '계좌'] }),
  faq('refund', '충전한 캐시 중 일부만 환불받을 수 있나요?', '남은 캐시 가운데 일부만 부분 환불을 신청할 수 있습니다. 부분 환불은 한 달에 한 번입니다.', { id: 'partial-refund', updated: '2026-03-01', tags: ['부분 환불'] }),
  faq('refund', '부분환불 수수료가 있나요?', '부분환불에는 수수료가 없습니다.', { id: 'partial-refund-fee', updated: '2025-02-01' }),
  faq('tax', '세금계산서는 언제 발행되나요?', '세금계산서는 매달 10일에 발행됩니다. 환불한 금액은 빼고 발행합니다.', { id: 'tax-invoice', tags: ['세금계산서'] }),
  faq('wallet', '월렛 잔액으로 결제할 수 있나요?', '월렛 캐시로 요금을 결제합니다. 주 1회 자동 충전을 켤 수 있습니다. 계좌 이체도 됩니다.', { id: 'wallet-pay' }),
  faq('skills', '스킬 서버 주소를 등록하려면?', '스킬 서버 URL을 등록합니다. 서버가 응답하지 않으면 스킬이 실패합니다.', { id: 'skill-server' }),
  faq('team', '팀원을 내보내려면 어떻게 하나요?', '팀원 삭제는 마스터만 할 수 있습니다.', { id: 'team-remove' }),
  faq('withdraw', '채널을 해지하면 어떻게 되나요?', '채널 해지 후에는 복구할 수 없습니다. 해지 전에 친구 목록을 내려받으세요.', { id: 'channel-close' }),
];
const synonyms = toSynonymRules([{ same: ['탈퇴', '해지'] }]);

let layer: RealSearch;
beforeAll(async () => {
  layer = await realSearch(faqs, synonyms);
}, 60_000);
afterAll(() => layer?.close());

/** The layer over the same index, with every Pagefind search it asks for recorded. */
function recorded() {
  const searches: { term: string | null; scored: boolean }[] = [];
  const pagefind = {
    ...layer.pagefind,
    search: (term: string | null, options?: { filters?: Record<string, unknown> }) => {
      // A count-only search scores no page; every other one does.
      searches.push({ term, scored: options?.filters !== COUNT_ONLY });
      return layer.pagefind.search(term, options);
    },
  };
  return { search: new KoreanSearch(pagefind, synonyms, layer.directory), scored: () => searches.filter((s) => s.scored).map((s) => s.term), all: () => searches.map((s) => s.term) };
}

/** The query word as the layer (`search`) reads it back from a slip of typing or spelling. */
const respelt = (text: string, beingTyped = false, search: KoreanSearch = layer.search) =>
  (search as unknown as { respelt(w: { text: string; raw: string; kind: string }, typing: boolean): Promise<{ text: string }> }).respelt({ text, raw: text, kind: 'hangul' }, beingTyped);

const top = async (query: string, options: { subcategories?: string[]; sort?: 'relevance' | 'latest' | 'title' } = {}) => ids(await layer.search.search({ query, ...options }));

describe('Korean words in any form', () => {
  it('finds a noun whatever particle it carries (계좌를 → 계좌는, 계좌)', async () => {
    expect(await top('계좌를')).toContain('refund-account');
    expect(await top('환불을')).toContain('refund-account');
  });

  it('finds a compound written spaced or unspaced, either way round', async () => {
    const unspaced = await top('부분환불');
    expect(unspaced).toEqual(expect.arrayContaining(['partial-refund', 'partial-refund-fee']));
    expect(await top('부분 환불')).toEqual(expect.arrayContaining(['partial-refund', 'partial-refund-fee']));
  });

  it('reads a word typed with Shift held a key too long (부분환뿔 → 부분환불), never a verb form (떠요 is no 더요)', async () => {
    expect(await top('부분환뿔')).toEqual(expect.arrayContaining(['partial-refund', 'partial-refund-fee']));
    expect((await respelt('환뿔')).text).toBe('환불');
    expect((await respelt('떠요')).text).toBe('떠요');
  });

  it('reads a word spelt with a vowel that sounds like the right one (세금게산서, 게좌), never one the index has as typed', async () => {
    expect(await top('세금게산서 언제')).toEqual(['tax-invoice']);
    expect(await top('환불 게좌')).toEqual(['refund-account']);
    expect((await respelt('게좌')).text).toBe('계좌');
    expect((await respelt('세금게산서')).text).toBe('세금계산서');
    // 매달 is a word of the pages; it is not read as 메달 or 매달's other spellings.
    expect((await respelt('매달')).text).toBe('매달');
    // Nor while it is being typed, nor a verb form.
    expect((await respelt('게좌', true)).text).toBe('게좌');
    expect((await respelt('되요')).text).toBe('되요');
  });

  it('reads a word typed a vowel or final key off (환뷸, 한불 → 환불), into a word pages are about, never its initial', async () => {
    expect(await top('부분 한불')).toEqual(expect.arrayContaining(['partial-refund', 'partial-refund-fee']));
    expect((await respelt('환뷸')).text).toBe('환불');
    expect((await respelt('환뷸을')).text).toBe('환불을');
    // ㅎ and ㄹ are neighbours, but an initial is not read for another.
    expect((await respelt('란불')).text).toBe('란불');
    // One syllable says too little to be read for another.
    expect((await respelt('뷸')).text).toBe('뷸');
  });

  it('reads slips in an unspaced query of several words, not in a pasted run, which would cost thousands of lookups', async () => {
    expect((await respelt('세금계산서환불게좌')).text).toBe('세금계산서환불계좌');
    const run = '환불게좌'.repeat(50);
    const { search, all } = recorded();
    expect((await respelt(run, false, search)).text).toBe(run);
    // Each reading is split like a compound: fifty readings made 30,000 lookups before the limit.
    expect(all().length).toBeLessThan(1000);
  });

  it('reads 초성, a half-typed last syllable and a keyboard left in English mode', async () => {
    expect((await top('ㅎㅂ 계좌'))[0]).toBe('refund-account');
    expect(await top('환ㅂ')).toContain('refund-account');
    expect(await top('계조')).toContain('refund-account');
    expect(await top('ghksqnf')).toContain('refund-account');
    // After a number as well: the digits are the same keys in either mode.
    expect(await top('1ghl 자동')).toEqual(await top('1회 자동'));
    expect(await top('1ghl 자동')).toEqual(['wallet-pay']);
  });

  it('answers English words the 2-set table cannot read as Hangul (hot, hoa: ㅗ then ㅐ) as typed, without failing', async () => {
    // es-hangul 2.4 throws on these keys; the search read them as a keyboard slip and failed.
    for (const query of ['hot', 'hoa 환불', 'hotjar']) {
      const outcome = await layer.search.search({ query });
      expect(outcome.words, query).toContain(query.split(' ')[0]);
    }
    expect(await top('hot 환불')).toEqual([]);
  });

  it('joins synonyms both ways (탈퇴 ↔ 해지)', async () => {
    expect(await top('탈퇴')).toEqual(['channel-close']);
  });
});

describe('honest answers', () => {
  it('a word that exists nowhere empties the results, though Pagefind alone answers with a shorter word', async () => {
    // Plain Pagefind reads 주차 as 주 (the page has "주 1회") and keeps the rest: junk.
    const plain = await layer.pagefind.search('주차 요금');
    expect(plain!.results.length).toBeGreaterThan(0);
    const outcome = await layer.search.search({ query: '주차 요금' });
    expect(outcome.total).toBe(0);
    expect(outcome.unmatched).toEqual(['주차']);
    expect(await ids(outcome.fallback!)).toEqual(['wallet-pay']);
    expect(outcome.fallback!.dropped).toBe('주차');
  });

  it('a made-up word is not dropped silently (요금 zzzz)', async () => {
    const outcome = await layer.search.search({ query: '요금 zzzz' });
    expect(outcome.total).toBe(0);
    expect(outcome.unmatched).toEqual(['zzzz']);
  });

  it('pages about a word come before, and instead of, pages that mention it in passing', async () => {
    // 세금계산서 mentions 환불 once; the refund pages are about it.
    const refund = await top('환불');
    expect(refund).not.toContain('tax-invoice');
    expect(refund.sort()).toEqual(['partial-refund', 'partial-refund-fee', 'refund-account']);
  });

  it('a verb the index does not know never hides the pages about the nouns (계좌가 안 올라가요)', async () => {
    const outcome = await layer.search.search({ query: '세금계산서가 안 나와요' });
    expect(await ids(outcome)).toEqual(['tax-invoice']);
    expect(await top('계좌 옮겨다니려면')).toContain('refund-account');
    // A noun that exists nowhere still empties the answer.
    expect((await layer.search.search({ query: '주차가 안 올라가요' })).total).toBe(0);
    // So does one made a verb by 하다 (입점하려면): it is what the question is about, not how it is asked.
    const made = await layer.search.search({ query: '환불 계좌 입점하려면' });
    expect(made.total).toBe(0);
    expect(made.unmatched).toEqual(['입점하려면']);
  });

  it('never shows the hidden index words', async () => {
    const outcome = await layer.search.search({ query: '부분환불' });
    for (const hit of await outcome.hits(0, outcome.total)) expect((await hit.entry()).text).not.toMatch(/[⁂ǀǁ]/);
  });
});

describe('counts, categories and order', () => {
  it('counts matches per subcategory over the whole site, also when one category is chosen', async () => {
    const all = await layer.search.search({ query: '환불' });
    const inTax = await layer.search.search({ query: '환불', subcategories: ['tax'] });
    const nonzero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
    expect(nonzero(all.counts)).toEqual({ refund: 3 });
    expect(inTax.counts).toEqual(all.counts);
    // The site-wide answer is the pages about 환불; the tax page only mentions it.
    expect(inTax.total).toBe(0);
    expect(Object.values(all.counts).reduce((a, b) => a + b, 0)).toBe(all.total);
  });

  it('sorts newest first and in 가나다순 on request, a page at a time', async () => {
    expect(await top('부분환불', { sort: 'latest' })).toEqual(['partial-refund', 'partial-refund-fee']);
    expect(await top('', { subcategories: ['refund'], sort: 'title' })).toEqual(['부분환불 수수료가 있나요?', '충전한 캐시 중 일부만 환불받을 수 있나요?', '환불 계좌는 어떻게 등록하나요?'].map((t) => faqs.find((f) => f.title === t)!.id));
    const browse = await layer.search.search({ query: '', sort: 'title' });
    const all = await ids(browse);
    const titles = all.map((id) => faqs.find((f) => f.id === id)!.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('ko', { numeric: true, sensitivity: 'base' }).compare));
    const pages = [...(await browse.hits(0, 3)), ...(await browse.hits(3, 6)), ...(await browse.hits(6, 8))];
    expect(await Promise.all(pages.map(async (h) => (await h.entry()).id))).toEqual(all);
  });

  it('browses a category, newest first, when there is no query', async () => {
    const outcome = await layer.search.search({ query: '', subcategories: ['refund'] });
    expect(outcome.browse).toBe(true);
    expect(await ids(outcome)).toEqual(['partial-refund', 'refund-account', 'partial-refund-fee']);
    expect(outcome.counts).toEqual({ refund: 3, tax: 1, wallet: 1, skills: 1, team: 1, withdraw: 1 });
  });
});

describe('search as you type stays cheap', () => {
  it('does not score pages for a half-typed word no index word starts with (스킬ㅂ: Pagefind would read 스킬)', async () => {
    const { search, scored } = recorded();
    const outcome = await search.search({ query: '스킬ㅂ' });
    expect(outcome.total).toBe(0);
    // 사업자 is in one answer but no page is about it: no particle reading while typing either.
    expect((await search.search({ query: '사업자ㅂ', typing: true })).total).toBe(0);
    expect(scored()).toEqual([]);
    // Half-typed words that words do start with are still searched: 계조 → 계좌, 환부 → 환불.
    expect(await ids(await search.search({ query: '계조', typing: true }))).toContain('refund-account');
    expect(await ids(await search.search({ query: '환부', typing: true }))).toContain('refund-account');
  });

  it('completes a half-typed word among the words pages are about, not among every word it begins', async () => {
    const { search, all } = recorded();
    expect(await ids(await search.search({ query: '계조', typing: true }))).toContain('refund-account');
    expect(await ids(await search.search({ query: '부분화', typing: true }))).toEqual(expect.arrayContaining(['partial-refund', 'partial-refund-fee']));
    // Every search, counts included, is over topic words (ǀ…), never over a plain word or prefix
    // such as 계조, 계좌 or 부분화, whose index chunks hold every form of every word they begin.
    expect(all().length).toBeGreaterThan(0);
    for (const term of all()) expect(term!.replaceAll('"', '').split(' ').every((t) => t.startsWith('ǀ')), term!).toBe(true);
    // Submitted, the same word is looked up whole as well.
    const { search: submitted, all: asked } = recorded();
    await submitted.search({ query: '계조' });
    expect(asked()).toContain('"계조"');
  });

  it('reads a consonant typed after a word pages are about as the start of its particle (계좌ㄹ on the way to 계좌를)', async () => {
    const { search, all } = recorded();
    const typed = await search.search({ query: '계좌ㄹ', typing: true });
    expect(await ids(typed)).toEqual(await top('계좌'));
    for (const term of all()) expect(term!, term!).not.toMatch(/[\u1100-\u1112]/);
  });

  it('searches a word no page is about once, as that very word (사업자 in one answer)', async () => {
    const { search, scored } = recorded();
    expect(await ids(await search.search({ query: '사업자' }))).toEqual(['refund-account']);
    expect(scored()).toEqual(['"사업자"']);
  });

  it('waits for the next key after one Latin letter, or two no page is about, and searches them when asked', async () => {
    expect((await layer.search.search({ query: 'u', typing: true })).incomplete).toBe(true);
    expect(await top('u')).toEqual(['skill-server']);
    expect((await layer.search.search({ query: 'ur', typing: true })).incomplete).toBe(true);
    expect(await top('ur')).toEqual(['skill-server']);
    // A word of two letters a page is about is a whole query (QA, UI, PC); one the answers only
    // mention waits, without fetching every index word it begins (the plain word is not asked for).
    const ui = await realSearch([faq('skills', 'UI 빌더로 스킬 만들기', 'UI 빌더에서 블록을 끌어 놓습니다. PC에서도 됩니다.', { id: 'ui-builder' })]);
    try {
      expect(await ids(await ui.search.search({ query: 'ui', typing: true }))).toEqual(['ui-builder']);
      expect((await ui.search.search({ query: 'pc', typing: true })).incomplete).toBe(true);
      expect(await ids(await ui.search.search({ query: 'pc' }))).toEqual(['ui-builder']);
    } finally {
      ui.close();
    }
  });

  it('waits after one syllable no page is about (주 on the way to 주소), unless it is a synonym', async () => {
    expect((await layer.search.search({ query: '주', typing: true })).incomplete).toBe(true);
    // Submitted, it finds the page with the word 주, not the words it begins (주소, 중).
    expect(await top('주')).toEqual(['wallet-pay']);
    // A synonym of one syllable is a whole query.
    const money = new KoreanSearch(layer.pagefind, toSynonymRules([{ from: ['돈'], to: ['요금'] }]), layer.directory);
    expect((await money.search({ query: '돈', typing: true })).incomplete).toBeFalsy();
    expect((await money.search({ query: '주', typing: true })).incomplete).toBe(true);
  });
});

/** FAQ ids a site's layer answers `query` with. */
const found = async (site: RealSearch, query: string) => ids(await site.search.search({ query }));

/** A site of its own for one describe block: indexed before its tests, closed after them. */
function siteOf(pages: Parameters<typeof realSearch>[0], rules: Parameters<typeof realSearch>[1] = []): () => RealSearch {
  let own: RealSearch | undefined;
  beforeAll(async () => {
    own = await realSearch(pages, rules);
  }, 60_000);
  afterAll(() => own?.close());
  return () => own!;
}

describe("the built-in vocabulary on a shop's FAQs: everyday words and reported speech", () => {
  const pages = [
    faq('wallet', '받지 못한 택배는 어떻게 신고하나요?', '택배가 배송 완료로 나오는데 받지 못했다면 미수령 신고를 합니다.', { id: 'not-received', tags: ['미수령', '신고'] }),
    faq('refund', '사이즈가 맞지 않으면 교환할 수 있나요?', '사이즈나 색상이 맞지 않으면 받은 날부터 7일 안에 교환을 신청합니다.', { id: 'exchange-size', tags: ['교환', '사이즈'] }),
    faq('team', '비밀번호는 어떻게 변경하나요?', '설정에서 비밀번호를 변경합니다.', { id: 'password-change' }),
    faq('withdraw', '주문을 취소하려면 어떻게 하나요?', '주문 내역에서 주문 취소를 누릅니다.', { id: 'order-cancel', tags: ['주문 취소'] }),
  ];
  const site = siteOf(pages, vocabularyRules());

  it('reads 알리다 as 신고, past the verb that reports what happened (못 받았다고)', async () => {
    expect(await found(site(), '택배 못 받았다고 알리기')).toEqual(['not-received']);
  });

  it('reads 치수 as 사이즈 and 바꿔 받기 as 교환', async () => {
    expect(await found(site(), '치수 바꿔 받기')).toEqual(['exchange-size']);
  });

  it('reads 없던 걸로 하기 as 취소', async () => {
    expect(await found(site(), '주문 없던 걸로 하기')).toEqual(['order-cancel']);
  });
});

describe('among pages with the word in their title or tags, the one most about it comes first', () => {
  // Both carry 배송 as a tag and nowhere else as a topic, so Pagefind scores them alike and keeps
  // index order, newest first; only the second speaks of 배송 in its answer as well.
  const pages = [
    faq('wallet', '주문을 취소하고 싶어요', '주문 내역에서 취소를 누르면 됩니다.', { id: 'cancel-order', updated: '2026-05-01', tags: ['배송'] }),
    faq('wallet', '도서 산간 지역은 며칠 걸리나요?', '도서 산간 지역은 배송에 하루가 더 걸립니다.', { id: 'remote-area', updated: '2026-01-01', tags: ['배송'] }),
  ];
  const site = siteOf(pages);

  it('ranks by how much the page speaks of the word, not by date', async () => {
    expect(await found(site(), '배송')).toEqual(['remote-area', 'cancel-order']);
  });
});

describe('a run of tied pages longer than one page of results', () => {
  // Twelve pages are about 배송 by their tag alone (a word said once past the first sentence makes
  // no topic), so Pagefind scores them alike and lists them newest first; the oldest speaks of 배송.
  const pages = [
    faq('wallet', '주문 안내 12', '주문 내역에서 확인합니다. 배송도 봅니다.', { id: 'remote-area', updated: '2025-01-01', tags: ['배송'] }),
    ...Array.from({ length: 11 }, (_, i) => faq('wallet', `주문 안내 ${i + 1}`, '주문 내역에서 확인합니다. 주문도 봅니다.', { updated: `2026-02-${String(i + 10)}`, tags: ['배송'] })),
  ];
  const site = siteOf(pages);

  it('still puts the page most about the word first, not on page two', async () => {
    const outcome = await site().search.search({ query: '배송' });
    expect(outcome.total).toBe(12);
    expect((await ids(outcome))[0]).toBe('remote-area');
  });
});

describe('pages that only mention a word, tied', () => {
  // No page is about 해외: both pages are about 이체 (a tag) and mention 해외 once, and Pagefind
  // scores them alike; only the older one speaks of 이체 in its answer.
  const site = siteOf([
    faq('wallet', '이체 안내', '앱에서 보냅니다. 해외 계좌로도 보낼 수 있습니다.', { id: 'transfer-guide', updated: '2026-03-01', tags: ['이체'] }),
    faq('wallet', '이체 수수료', '수수료는 건마다 붙습니다. 해외 계좌로 이체하면 더 붙습니다.', { id: 'transfer-fee', updated: '2025-03-01', tags: ['이체'] }),
  ]);

  it('are ranked by how much they speak of the words, not by date', async () => {
    const outcome = await site().search.search({ query: '해외 이체' });
    expect(outcome.match).toBe('anywhere');
    expect(await ids(outcome)).toEqual(['transfer-fee', 'transfer-guide']);
  });
});

describe('a synonym group searched for a word typed', () => {
  // SSR means 서버 렌더링: the page titled 서버 렌더링 scores above the page that says "SSR" in its
  // answer, and comes first although only the other has the word as typed.
  const site = siteOf(
    [
      faq('skills', '서버 렌더링', '요청마다 페이지를 만듭니다. 어댑터 설정이 필요합니다. 설정은 한 줄입니다.', { id: 'server-rendering', updated: '2025-04-01' }),
      faq('skills', '사이트 배포', '정적 사이트처럼 배포합니다. SSR 사이트는 어댑터를 설정합니다. SSR 설정도 봅니다.', { id: 'deploy', updated: '2026-04-01' }),
    ],
    toSynonymRules([{ same: ['SSR', '서버 렌더링'] }]),
  );

  it('ranks by Pagefind score, with the word as typed only breaking ties', async () => {
    expect(await found(site(), 'SSR 설정')).toEqual(['server-rendering', 'deploy']);
  });
});

describe('among pages Pagefind scores alike, the title that says what was typed comes first', () => {
  const double = { title: '같은 주문이 두 번 결제된 것 같아요', text: '결제 내역에서 결제가 두 번 있는지 봅니다. 결제 취소는 자동입니다.' };
  const fails = { title: '결제할 때 오류가 뜨면서 결제가 안 돼요', text: '카드 한도를 확인하세요.' };

  it('the words of the question count too (결제가 안 돼요), then how much the page speaks of the words', () => {
    expect(aboutness(['결제'], '결제가 안 돼요')(fails)).toBeGreaterThan(aboutness(['결제'], '결제가 안 돼요')(double));
    expect(aboutness(['결제'], '결제')(double)).toBeGreaterThan(aboutness(['결제'], '결제')(fails));
  });

  it('finds a typed word inside a title word (포인트 in 누리포인트는), a one-letter word only whole', () => {
    expect(aboutness([], '포인트 언제')({ title: '누리포인트는 언제 쓰나요?', text: '' })).toBe(2e4);
    expect(aboutness([], '안 와요')({ title: '안내 메일', text: '' })).toBe(0);
  });
});

describe('pages about every word, with the tail cut', () => {
  const site = siteOf([
    faq('skills', '스크립트', '스크립트 위치를 정하면 페이지가 움직입니다. 위치를 정한 스크립트는 한 번만 실행됩니다. 위치 설정은 없습니다.', { id: 'script', tags: ['스크립트'] }),
    faq('skills', '컴포넌트 만들기', '컴포넌트에 스크립트 위치를 정합니다. 스크립트를 둘 때 스크립트 위치를 고릅니다. 위치 속성도 씁니다.', { id: 'component' }),
  ]);

  it('leaves out a page much less about the words than the best (a word in its title)', async () => {
    const outcome = await site().search.search({ query: '스크립트 위치' });
    expect(outcome.match).toBe('topic');
    expect(await ids(outcome)).toEqual(['script']);
    expect(outcome.total).toBe(1);
  });
});

describe('a page that only mentions a word the site has pages about', () => {
  const pages = [
    faq('skills', '블록 만들기', '블록은 봇의 대화 단위입니다. 블록을 만들고 블록 이름을 정합니다.', { id: 'block-basics' }),
    faq('skills', '봇 하나에 무엇을 얼마나 만들 수 있나요?', '봇 하나에 블록은 1,000개까지, 스킬은 50개까지 만들 수 있습니다.', { id: 'bot-limits' }),
    faq('skills', '이체 한도 안내', '이체 한도는 은행마다 다릅니다. 한 번에 보낼 수 있는 금액도 정해져 있습니다. 해외 직구 상품도 이체로 살 수 있습니다. 이체 한도를 확인하세요.', { id: 'transfer-limit', tags: ['이체', '한도'] }),
    faq('skills', '해외 배송 안내', '해외 배송은 일부 상품만 됩니다. 한 상자에 여러 상품을 담아 보냅니다. 해외 배송비는 따로 받습니다.', { id: 'overseas-shipping' }),
  ];
  const site = siteOf(pages);

  it('answers a two-word query, and is a partial answer to three words', async () => {
    // transfer-limit is about 이체 and 한도 and names 해외 once; overseas-shipping is about 해외.
    expect(await found(site(), '해외 이체')).toEqual(['transfer-limit']);
    const three = await site().search.search({ query: '해외 이체 한도' });
    expect(three.total).toBe(0);
    expect(await ids(three.fallback!)).toEqual(['transfer-limit']);
  });

  it('answers with pages that only mention the words when one of them is a number', async () => {
    // bot-limits is about 봇 and names 블록 and 1,000개 once each; block-basics is about 블록.
    expect(await found(site(), '블록 1000개')).toEqual(['bot-limits']);
  });

  it('keeps 한도 whole although 한 is a word of the answers (한 번에), and 도 a particle', async () => {
    expect(await found(site(), '한도')).toEqual(['transfer-limit']);
  });
});

describe('초성 of a two-word name typed word by word', () => {
  const pages = [
    faq('wallet', '알림 설정을 바꾸려면?', '관리자센터에서 알림 설정을 바꿉니다.', { id: 'alarm-settings', updated: '2025-01-01' }),
    faq('wallet', '설정에서 알림을 끄려면?', '설정 화면에서 알림을 끕니다.', { id: 'alarm-off', updated: '2026-01-01' }),
    faq('wallet', '개인 월렛과 사업자 월렛은 무엇이 다른가요?', '명의와 증빙이 다릅니다.', { id: 'personal-wallet' }),
    // ㄱㅇ is mostly 금액, 가입 and 계약 here: the key alone keeps only those readings.
    ...['결제 금액 확인', '환불 금액 안내', '충전 금액 한도', '회원 가입 방법', '가입 취소', '계약 해지', '계약 갱신'].map((title) => faq('wallet', title, `${title}입니다.`)),
  ];
  const site = siteOf(pages);

  it('finds the page whose title names it, though one key alone reads as other words', async () => {
    expect(await found(site(), 'ㄱㅇ ㅇㄹ')).toEqual(['personal-wallet']);
  });

  it('puts the name first among pages with both words apart', async () => {
    expect(await found(site(), 'ㅇㄹ ㅅㅈ')).toEqual(['alarm-settings', 'alarm-off']);
  });
});

describe('초성 of two words that name nothing together', () => {
  const pages = [
    faq('wallet', '카드 할부 안내', '할부에는 수수료가 붙습니다. 개월 수는 결제 화면에서 고릅니다.', { id: 'installment' }),
    faq('wallet', '충전 수수료가 있나요?', '충전 수수료는 없습니다.', { id: 'charge-fee' }),
  ];
  const site = siteOf(pages);

  it('searches the first word as well as the second when no title, tag or heading names the two', async () => {
    // ㅎㅂ ㅅㅅㄹ is no name here (no title writes 할부 수수료): each key is searched on its own, and
    // only the page about 할부 has both. Searching the second key twice found the fee page too.
    expect(await found(site(), 'ㅎㅂ ㅅㅅㄹ')).toEqual(['installment']);
  });
});

describe('초성 of a two-word name the visitor read in a section or table row', () => {
  const body = '채팅 상담은 매일 열려 있습니다. 전화 상담은 평일 낮에만 받습니다.';
  const pages = [
    faq('wallet', '고객센터에 연락하려면?', body, { id: 'contact', headings: ['채팅 상담', '전화 상담'] }),
    faq('wallet', '알림 설정을 바꾸려면?', '설정 화면에서 바꿉니다.', { id: 'alarm-settings', headings: ['전화 알림'] }),
    faq('wallet', '전화 알림을 끄려면?', '전화 상담 알림은 끌 수 없습니다.', { id: 'call-alarm', headings: ['알림 설정 방법'] }),
    // ㅈㅎ is mostly 전환 and 조회 here, ㅅㄷ 세대 and 속도: neither key alone reads as 전화 상담.
    ...['결제 전환', '앱 전환', '주문 조회', '배송 조회', '잔액 조회', '세대 구분', '전송 속도', '처리 속도', '세대 변경'].map((title) => faq('wallet', title, `${title}입니다.`)),
  ];
  const site = siteOf(pages);

  it('finds the page with the name as a heading, though no title or tag has it', async () => {
    expect(await found(site(), 'ㅈㅎ ㅅㄷ')).toEqual(['contact']);
  });

  it('keeps pages with the name in the title before pages with it in a heading', async () => {
    expect(await found(site(), 'ㅇㄹ ㅅㅈ')).toEqual(['alarm-settings']);
  });
});

describe('초성 of a compound written as one word, typed word by word', () => {
  const pages = [
    faq('wallet', '해외 주소로도 보낼 수 있나요?', '해외 주소로 보내는 주문은 관세가 붙을 수 있습니다.', { id: 'overseas', tags: ['국제배송'] }),
    faq('wallet', '발송 전에 결제 수단을 바꾸려면?', '발송 전이면 주문 상세에서 바꿀 수 있습니다.', { id: 'pay-then-ship' }),
    // ㄱㅈ is 결제 here and ㅂㅅ 발송 or 배송: 국제's key alone is not indexed, though 국제배송's is.
    ...['결제 금액 확인', '결제 취소', '결제 수단 변경', '발송 지연', '발송 조회', '배송지 변경'].map((title) => faq('wallet', title, `${title}입니다.`)),
  ];
  const site = siteOf(pages);

  it('finds the page tagged with the compound, before pages with both keys apart', async () => {
    expect(await found(site(), 'ㄱㅈ ㅂㅅ')).toEqual(['overseas', 'pay-then-ship']);
  });
});

describe('초성 of a word only the answers use', () => {
  const pages = [
    faq('skills', '문제가 생기면 어떻게 하나요?', '디버깅은 로그부터 봅니다. 디버깅 중에는 중단점을 걸고 디버깅 도구로 변수를 확인합니다.', { id: 'trouble' }),
    faq('skills', '배포는 어떻게 하나요?', '배포 버튼을 누르면 됩니다. 배포 이력도 남습니다.', { id: 'deploy', tags: ['배포'] }),
    faq('skills', '도구 모음은 무엇인가요?', '도구 모음에는 여러 도구가 있습니다.', { id: 'tools', tags: ['도구 모음'] }),
  ];
  const site = siteOf(pages);

  it('finds the page about it (ㄷㅂㄱ → 디버깅, which no title or tag says)', async () => {
    expect(await found(site(), 'ㄷㅂㄱ')).toEqual(['trouble']);
  });

  it('but a key a title or tag word has keeps to that word (ㄷㄱ ㅁㅇ → 도구 모음)', async () => {
    expect(await found(site(), 'ㄷㄱ ㅁㅇ')).toEqual(['tools']);
  });
});

describe('a loanword typed in Hangul, written in Latin by the pages', () => {
  const pages = [
    faq('skills', 'TypeScript 설정하기', 'tsconfig.json 파일에서 TypeScript 옵션을 설정합니다. TypeScript 버전도 고릅니다.', { id: 'typescript-setup' }),
    faq('skills', '빌드 설정', '빌드 명령과 출력 폴더를 설정합니다. 설정은 저장하면 바로 적용됩니다.', { id: 'build-setup' }),
    faq('skills', 'variable 이름 규칙', '변수 이름은 영문으로 씁니다. 쓰지 않는 변수는 지웁니다.', { id: 'variable-names' }),
  ];
  const site = siteOf(pages);

  it('finds the pages about the Latin word (타입스크립트 설정 → TypeScript)', async () => {
    expect(await found(site(), '타입스크립트 설정')).toEqual(['typescript-setup']);
    expect(await found(site(), '타입스크립트를')).toEqual(['typescript-setup']);
  });

  it('leaves native words to their own spelling: 불필요 is no variable', async () => {
    // 불필요 and variable share their consonants, and no page writes 불필요.
    expect((await site().search.search({ query: '불필요' })).total).toBe(0);
  });
});

describe('a question of when', () => {
  const pages = [
    faq('refund', '반품 신청은 언제까지 할 수 있나요?', '받은 날부터 7일 안에 반품을 신청합니다. 반품은 주문 내역에서 신청합니다.', { id: 'return-deadline', tags: ['반품'] }),
    faq('refund', '반품 택배비는 누가 내나요?', '단순 변심 반품은 택배비를 냅니다. 반품 사유에 따라 다릅니다.', { id: 'return-fee', tags: ['반품'] }),
  ];
  const site = siteOf(pages);

  it('puts pages that say when first, and never needs the word 언제 on the page', async () => {
    expect(await found(site(), '반품 언제까지 가능')).toEqual(['return-deadline']);
    expect(await found(site(), '택배비 언제')).toEqual(['return-fee']);
  });
});

describe('words of degree (더: more, 같은: same, 여러: several, 하나도: not at all), which pages say in passing', () => {
  const site = siteOf([
    faq('skills', '앱 글자 크기를 바꿀 수 있나요?', '앱 설정에서 글자 크기를 고릅니다.', { id: 'app-font', tags: ['앱'] }),
    faq('skills', '앱 화면 모드', '같은 화면에서 여러 글자를 더 많이 보려면 모드를 바꿉니다. 글자 크기는 하나도 바뀌지 않습니다.', { id: 'app-mode', tags: ['화면'] }),
  ]);

  it('are never required: the page about the other words comes first', async () => {
    expect((await ids(await site().search.search({ query: '같은 글자 크기 더' })))[0]).toBe('app-font');
    expect((await ids(await site().search.search({ query: '여러 글자 크기' })))[0]).toBe('app-font');
    expect((await ids(await site().search.search({ query: '글자 크기 하나도' })))[0]).toBe('app-font');
  });
});

describe('a verb of the vocabulary whose ending fused into its stem (옮길, 옮긴)', () => {
  const site = siteOf(
    [
      faq('skills', '데이터를 다른 채널로 이동하려면?', '채널 설정에서 데이터 이동을 신청합니다.', { id: 'data-move', tags: ['데이터 이동'] }),
      faq('skills', '데이터 백업은 어떻게 하나요?', '설정에서 데이터 백업 파일을 내려받습니다.', { id: 'data-backup', tags: ['데이터 백업'] }),
    ],
    toSynonymRules([{ from: ['옮기다', '옮겨'], to: ['이동'] }]),
  );

  it('is read as the verb: the pages its noun names, and never the reason the nouns\' pages go unshown', async () => {
    expect(await found(site(), '데이터 옮길 때')).toEqual(['data-move']);
    expect(await found(site(), '옮긴 데이터')).toEqual(['data-move']);
    // No page has 백업 with 이동: the verb is left out, as 옮기려면 would be.
    const outcome = await site().search.search({ query: '백업 데이터 옮길' });
    expect(outcome.relaxed).toEqual(['옮길']);
    expect(await ids(outcome)).toEqual(['data-backup']);
  });
});

describe('a verb whose ending is contracted (내야: 내 + 어야), read by a vocabulary rule', () => {
  const pages = [
    faq('skills', '앱 글자 크기를 바꿀 수 있나요?', '앱 설정에서 글자 크기를 고릅니다.', { id: 'app-font', tags: ['앱'] }),
    faq('wallet', '요금은 언제 납부하나요?', '요금은 매달 말일에 내야 합니다.', { id: 'fee-due' }),
  ];
  const site = siteOf(pages, toSynonymRules([{ from: ['내다', '내야'], to: ['납부'] }]));

  it('is a verb: it never empties the answer while the nouns match', async () => {
    const outcome = await site().search.search({ query: '글자 크기 꼭 내야' });
    expect(outcome.relaxed).toEqual(['내야']);
    expect(await ids(outcome)).toEqual(['app-font']);
  });
});

describe('a verb or adverb the pages do not share with the nouns', () => {
  const pages = [
    faq('skills', '앱이 자꾸 꺼질 때는 어떻게 하나요?', '앱을 다시 설치하면 대부분 해결됩니다. 앱이 꺼지면 기기를 다시 켜 보세요.', { id: 'app-crash', tags: ['앱'] }),
    faq('skills', '앱 알림 설정은 어디서 바꾸나요?', '앱의 설정 화면에서 알림을 켜고 끕니다. 알림이 꺼져 있으면 소식을 받지 못합니다. 알림 하나로 두 기기에 모두 알립니다.', { id: 'app-notify', tags: ['앱', '알림'] }),
    faq('skills', '앱 글자 크기를 바꿀 수 있나요?', '앱 설정에서 글자 크기를 고릅니다.', { id: 'app-font', tags: ['앱'] }),
  ];
  const site = siteOf(pages);

  it('never empties the answer while the nouns match: the nouns\' pages, those with the left-out words first, and says what was left out', async () => {
    // 꺼져요 is a word of the site (app-notify), but no page has it with 설치: the verb goes first.
    const verb = await site().search.search({ query: '설치 자꾸 꺼져요' });
    expect(verb.relaxed).toEqual(['꺼져요']);
    expect(await ids(verb)).toEqual(['app-crash']);
    // An adverb is never required: no page has 글자 with 자꾸.
    const adverb = await site().search.search({ query: '글자 자꾸 꺼져요' });
    expect(adverb.relaxed).toEqual(['꺼져요']);
    expect(await ids(adverb)).toEqual(['app-font']);
    expect(await ids(await site().search.search({ query: '글자 자꾸' }))).toEqual(['app-font']);
    expect(await ids(await site().search.search({ query: '매번 글자' }))).toEqual(['app-font']);
    // So is an adverb of manner (자동으로, 직접, 미리): no page has 글자 with 자동.
    expect(await ids(await site().search.search({ query: '글자 크기 자동으로' }))).toEqual(['app-font']);
    // And of time (처음: for the first time): no page has 처음.
    expect(await ids(await site().search.search({ query: '처음 글자 크기' }))).toEqual(['app-font']);
    // Or of a time to come (나중에: later, as in 별점만 나중에 바꿀 수 있어요): no page has 나중.
    expect(await ids(await site().search.search({ query: '글자 크기 나중에' }))).toEqual(['app-font']);
    // And a quantity (하나로, 두, 모두): 앱 설정에서 has 하나 nowhere, though pages have it.
    expect(await ids(await site().search.search({ query: '글자 크기 하나로 두 개 모두' }))).toEqual(['app-font']);
    // And without or instead (없이, 대신): no page says 없이, and 글자 크기 is what is asked about.
    expect(await ids(await site().search.search({ query: '설정 없이 글자 크기' }))).toEqual(['app-font']);
    expect(await ids(await site().search.search({ query: '글자 크기 대신에 설정' }))).toEqual(['app-font']);
    // A last word of one syllable no page is about says too little to empty the answer (…계속 남).
    expect(await ids(await site().search.search({ query: '글자 크기 계속 남' }))).toEqual(['app-font']);
    // Among the pages, those that say the adverb come first.
    expect((await ids(await site().search.search({ query: '앱 자꾸' })))[0]).toBe('app-crash');
    // A noun made a verb by 하다 stays a noun: 설치하려면 is about 설치.
    expect((await site().search.search({ query: '글자 설치하려면' })).total).toBe(0);
  });

  it('never takes the answer down a tier: a page that says the verb and mentions the noun does not outrank pages titled with it', async () => {
    // app-notify says 꺼져 and is about 앱; app-crash and app-font are titled with 앱.
    const outcome = await site().search.search({ query: '앱이 자꾸 꺼져요' });
    expect(outcome.match).toBe('keyword');
    expect(outcome.relaxed).toBeUndefined();
    expect((await ids(outcome))[0]).toBe('app-crash');
  });

  it('keeps every noun required: a noun no page has with the others still gives a partial answer apart', async () => {
    const outcome = await site().search.search({ query: '설치 알림' });
    expect(outcome.total).toBe(0);
    expect(outcome.relaxed).toBeUndefined();
    expect(outcome.fallback).toBeDefined();
  });
});

describe('a noun of doing only one of the nouns\' pages says', () => {
  // Every page is about 쿠키 (in its answer, not its title); the first does not say 삭제.
  const cookies = faq('skills', '요청 객체', '요청마다 쿠키를 읽고 씁니다. 쿠키 값은 문자열입니다.', { id: 'cookies' });
  const session = faq('skills', '로그인 세션', '로그아웃하면 세션 쿠키를 삭제합니다. 쿠키 만료 시간도 정합니다.', { id: 'session' });
  const privacy = faq('skills', '개인정보 설정', '브라우저에서 쿠키를 삭제하는 방법입니다. 쿠키 동의도 바꿉니다.', { id: 'privacy' });
  const one = siteOf([cookies, session]);
  const several = siteOf([cookies, session, privacy]);

  it('does not narrow the answer to that page, which may say the word more than answer it; the word ranks it first', async () => {
    const outcome = await one().search.search({ query: '쿠키 삭제' });
    expect(outcome.match).toBe('topic');
    expect(await ids(outcome)).toEqual(['session', 'cookies']);
    expect(await found(one(), '쿠키 삭제하기')).toEqual(['session', 'cookies']);
  });

  it('still narrows it when several pages say it', async () => {
    expect(await found(several(), '쿠키 삭제')).toEqual(['privacy', 'session']);
  });
});

describe('a complaint no page has every word of', () => {
  const pages = [
    faq('skills', 'React 버튼 컴포넌트 만들기', 'React로 버튼 컴포넌트를 만듭니다. 버튼 모양은 React 속성으로 바꿉니다.', { id: 'react-button', tags: ['React', '버튼'] }),
    faq('skills', '문제 해결', '화면이 멈추면 React 버전을 확인합니다. 버튼도 다시 확인합니다.', { id: 'troubleshooting', tags: ['React', '버튼'] }),
    faq('skills', '클릭 이벤트 다루기', '클릭하면 함수가 실행됩니다.', { id: 'click-events' }),
  ];
  const site = siteOf(pages);

  it('shows the troubleshooting page first among the pages about as many of its words', async () => {
    const outcome = await site().search.search({ query: 'React 버튼 클릭 반응이 없어요' });
    expect(outcome.total).toBe(0);
    expect(await ids(outcome.fallback!)).toEqual(['troubleshooting', 'react-button']);
    // Asked plainly, the page about the words comes first.
    const plain = await site().search.search({ query: 'React 버튼 클릭 반응' });
    expect(await ids(plain.fallback!)).toEqual(['react-button', 'troubleshooting']);
  });
});

describe('a question about an error that no page has every word of', () => {
  // An error reference page under an English title explains one message in a sentence; the guide
  // is about as many of the question's words, and scores higher.
  const pages = [
    faq('skills', '스킬 이름과 블록 설정', '스킬 이름은 블록 설정에서 바꿉니다. 스킬 이름과 블록 이름은 시나리오마다 다릅니다.', { id: 'skill-guide', tags: ['스킬', '블록'] }),
    faq('errors', 'Skill not found.', '호출한 스킬을 찾을 수 없습니다. 스킬 이름을 확인하세요.', { id: 'skill-not-found' }),
    faq('skills', '시나리오 만들기', '시나리오는 블록으로 만듭니다.', { id: 'scenario' }),
  ];
  const site = siteOf(pages);

  it('prefers the page of the error section (오류 코드) among the pages about as many of its words', async () => {
    const outcome = await site().search.search({ query: '스킬 이름 시나리오 오류' });
    expect(outcome.total).toBe(0);
    expect(await ids(outcome.fallback!)).toEqual(['skill-not-found', 'skill-guide', 'scenario']);
  });
});

describe('a word nearly every page has (the name of the site)', () => {
  // 누리 is on every page; only the tutorial carries it in its title beside 아일랜드.
  const pages = [
    faq('skills', '아일랜드 아키텍처', '아일랜드는 누리 페이지 안에서 따로 동작하는 부분입니다.', { id: 'islands', tags: ['아일랜드'] }),
    faq('skills', '누리 아일랜드 따라 하기', '누리로 첫 아일랜드를 만들어 봅니다.', { id: 'islands-tutorial' }),
    ...Array.from({ length: 10 }, (_, i) => faq('skills', `누리 설정 ${i + 1}`, `누리의 설정 항목 ${i + 1}을 바꿉니다.`, { id: `settings-${i + 1}` })),
  ];
  const site = siteOf(pages);

  it('ranks the pages but is not required: the page about the rest is found though its title leaves the word out', async () => {
    const outcome = await site().search.search({ query: '누리 아일랜드' });
    expect(await ids(outcome)).toEqual(expect.arrayContaining(['islands', 'islands-tutorial']));
    expect(outcome.highlight).toEqual(expect.arrayContaining(['누리', '아일랜드']));
  });

  it('is required when it is all the query says', async () => {
    const outcome = await site().search.search({ query: '누리' });
    expect(outcome.words).toEqual(['누리']);
    expect(await ids(outcome)).toContain('islands-tutorial');
  });
});

describe('a verb the vocabulary knows, typed with a tense consonant', () => {
  const pages = [
    faq('skills', '알림을 해제하려면?', '설정 화면에서 알림을 해제합니다.', { id: 'notify-off', tags: ['알림'] }),
    faq('team', '그는 누구인가요?', '그는 팀의 담당자입니다. 알림은 담당자에게 갑니다.', { id: 'who' }),
  ];
  const site = siteOf(pages, toSynonymRules([{ from: ['끄', '끄기'], to: ['해제'] }]));

  it('is read by the vocabulary as typed, not as a Shift slip (끄는 is 끄다, not 그는)', async () => {
    const outcome = await site().search.search({ query: '알림 끄는 법' });
    expect(await ids(outcome)).toEqual(['notify-off']);
    expect(outcome.highlight).not.toContain('그');
  });
});

describe('a compound written apart in a longer question', () => {
  const pages = [
    faq('skills', '라우팅', '파일 기반 라우트가 동적 라우트보다 먼저 쓰입니다. 라우트 우선 순위 규칙을 따릅니다.', { id: 'routing', tags: ['라우트'] }),
    faq('skills', '지시어의 우선순위는?', '지시어는 정해진 우선순위대로 적용됩니다.', { id: 'directives', tags: ['우선순위'] }),
    faq('team', '작업 순위와 우선 처리', '순위가 높은 작업을 우선 처리합니다.', { id: 'priority', tags: ['순위', '우선'] }),
  ];
  const site = siteOf(pages);

  it('reads two words that pages are about as one (우선 순위: 우선순위) as one word when the words apart find nothing', async () => {
    // As three words, no page is about two of them and mentions the third; as 라우트 and 우선순위,
    // routing is about one and writes the other.
    const outcome = await site().search.search({ query: '라우트 우선 순위' });
    expect(outcome.fallback).toBeUndefined();
    expect(await ids(outcome)).toEqual(['routing']);
    expect(outcome.highlight).toEqual(expect.arrayContaining(['라우트', '우선', '순위']));
  });
});

describe('a complaint whose verbs say more than its noun', () => {
  const pages = [
    faq('refund', '같은 주문이 두 번 결제된 것 같아요', '결제 버튼을 여러 번 누르면 카드사 문자가 두 번 올 수 있습니다.', { id: 'double-charge', tags: ['중복 결제'] }),
    faq('refund', '환불 금액은 어떻게 계산되나요?', '환불 금액은 남은 기간만큼 돌려드립니다.', { id: 'refund-amount', tags: ['금액'] }),
  ];
  // As in the built-in vocabulary: 돈 is 금액, 두 번 is 중복, money 빠져나가 is 결제.
  const site = siteOf(pages, toSynonymRules([{ from: ['돈'], to: ['금액'] }, { from: ['두번'], to: ['중복'] }, { from: ['빠져나가', '빠져나갔'], to: ['결제'] }]));

  it('keeps the verbs when they outnumber the nouns and no page has them all, and says the noun was left out', async () => {
    // 돈 is any money page (refund-amount); 두 번 빠져나가다 is a double charge, and no page has all three.
    const outcome = await site().search.search({ query: '돈이 두 번 빠져나갔어요' });
    expect(outcome.relaxed).toEqual(['돈이']);
    expect(await ids(outcome)).toEqual(['double-charge']);
    // One noun and one verb: the noun's pages.
    const even = await site().search.search({ query: '금액 빠져나갔어요' });
    expect(await ids(even)).toEqual(['refund-amount']);
  });
});

describe('a noun of doing the pages say another way', () => {
  // The page tagged 알림 설정 says 끄다; the other speaks of 알림, 설정 and 변경 in its answer only.
  const site = siteOf([
    faq('wallet', '알림을 종류별로 끌 수 있나요?', '설정 화면에서 알림을 끕니다.', { id: 'alarm-settings', tags: ['알림 설정'] }),
    faq('wallet', '수신 동의는 어디서 하나요?', '알림 설정에서 수신 동의를 변경합니다. 변경은 바로 반영되고, 알림 설정 화면에서 언제든 변경할 수 있습니다. 알림은 앱으로 옵니다.', { id: 'consent' }),
  ]);

  it('never takes the answer below the pages with the other words in their tags (알림 설정 변경)', async () => {
    expect((await found(site(), '알림 설정 변경'))[0]).toBe('alarm-settings');
    expect((await found(site(), '알림설정변경'))[0]).toBe('alarm-settings');
  });
});

describe('how often something happened (두 번)', () => {
  const site = siteOf(
    [
      faq('wallet', '같은 주문이 두 번 결제됐어요', '결제 내역에서 중복 결제를 확인합니다.', { id: 'double-charge', tags: ['중복 결제'] }),
      faq('wallet', '비밀번호를 잊어버렸어요', '비밀번호를 다시 설정합니다.', { id: 'password' }),
    ],
    toSynonymRules([{ from: ['두번'], to: ['중복', '이중'] }]),
  );

  it('reads 두 번 as a duplicate, and leaves it out when no page has it with the nouns', async () => {
    expect(await found(site(), '결제가 두 번 됐어요')).toEqual(['double-charge']);
    const password = await site().search.search({ query: '비밀번호 두 번 틀렸어요' });
    expect(await ids(password)).toEqual(['password']);
  });
});

describe('a long unspaced compound', () => {
  const site = siteOf([
    faq('refund', '환불계좌 바꾸기', '환불계좌는 설정에서 바꿉니다.', { id: 'change-account', tags: ['환불계좌'] }),
    faq('refund', '환불 계좌는 어떻게 등록하나요?', '환불 받을 계좌를 등록합니다.', { id: 'register-account', tags: ['환불', '계좌'] }),
    faq('wallet', '카드 할부는 몇 개월까지 되나요?', '카드 할부는 3개월까지 됩니다.', { id: 'installment', tags: ['할부'] }),
  ]);

  it('reads each part as a word of its own (환불계좌등록: 환불계좌 also written apart)', async () => {
    expect(await found(site(), '환불계좌등록')).toContain('register-account');
  });

  it('with a part no page has, is an honest 0건 with the pages of the other parts apart (카드할부개월수)', async () => {
    const outcome = await site().search.search({ query: '카드할부개월수' });
    expect(outcome.total).toBe(0);
    expect(outcome.unmatched).toEqual(['개월수']);
    expect((await ids(outcome.fallback!))[0]).toBe('installment');
  });
});

describe('a question typed whole, as one word', () => {
  const site = siteOf([
    faq('wallet', '배송 중에 주소를 바꾸면 수수료가 있나요?', '택배사에 넘어간 뒤 주소 변경은 수수료 3,000원이 듭니다.', { id: 'address-fee', tags: ['주소 변경', '수수료'] }),
    faq('wallet', '택배사는 어디인가요?', '택배사는 주문마다 다릅니다.', { id: 'courier', tags: ['택배사'] }),
    faq('wallet', '배송 조회는 어디서 하나요?', '배송 조회는 주문 내역에서 합니다.', { id: 'tracking', tags: ['배송 조회'] }),
  ]);

  it('is split up to sixteen syllables (배송중택배사주소변경수수료, thirteen)', async () => {
    const outcome = await site().search.search({ query: '배송중택배사주소변경수수료' });
    const shown = outcome.total ? await ids(outcome) : await ids(outcome.fallback!);
    expect(shown[0]).toBe('address-fee');
  });
});

describe('a name in a question no page answers whole', () => {
  const site = siteOf([
    faq('wallet', 'Surge에 사이트를 배포하려면?', 'Surge는 명령 한 줄로 배포합니다. surge dist를 실행하면 배포됩니다. 사용자 도메인도 붙일 수 있습니다.', { id: 'surge', tags: ['Surge', '배포'] }),
    faq('wallet', '배포 명령어와 도메인은 어떻게 정하나요?', '배포 명령어를 정하고 도메인을 붙입니다. 명령어는 설정 화면에서 바꿉니다. 도메인은 구매한 것을 씁니다.', { id: 'railway', tags: ['배포', '명령어', '도메인'] }),
  ]);

  it('puts the page with the name first (a Latin word on two pages or fewer), before the page about the other words', async () => {
    const outcome = await site().search.search({ query: 'Surge로 배포하는 명령어랑 내 도메인 연결하는 방법' });
    expect(outcome.total).toBe(0);
    expect((await ids(outcome.fallback!))[0]).toBe('surge');
  });
});

describe('a filler word written onto a compound', () => {
  const site = siteOf([faq('refund', '부분 환불은 어떻게 하나요?', '부분 환불은 주문 내역에서 신청합니다.', { id: 'partial', tags: ['부분 환불'] })]);

  it('names no topic there either (부분환불방법)', async () => {
    expect(await found(site(), '부분환불방법')).toEqual(['partial']);
  });
});

describe('a definition question', () => {
  const site = siteOf([
    faq('skills', 'Astro 어댑터 API', '어댑터 API로 배포 대상에 맞는 서버 코드를 만듭니다. 어댑터마다 설정이 다릅니다.', { id: 'adapter', tags: ['어댑터'] }),
    faq('skills', 'Keystatic & Astro', 'Keystatic은 파일로 글을 관리하는 CMS입니다. 서버 렌더링에는 어댑터가 필요합니다.', { id: 'keystatic' }),
  ]);

  it('is answered by the pages about the word, not by a page that defines something else and mentions it', async () => {
    expect(await found(site(), '어댑터란')).toEqual(['adapter']);
  });

  const untitled = siteOf([
    faq('skills', '아일랜드 아키텍처', 'Astro는 아일랜드 아키텍처라고 불리는 패턴을 씁니다. 하이드레이션은 필요한 곳에만 합니다. 하이드레이션이 적을수록 빠릅니다.', { id: 'islands' }),
    faq('skills', 'Preact 통합', 'Preact 컴포넌트를 씁니다. 하이드레이션 지시어를 붙입니다. 하이드레이션은 브라우저에서 합니다.', { id: 'preact' }),
  ]);

  it('with no page titled with the word, puts first the definition pages that are about it', async () => {
    expect(await found(untitled(), '하이드레이션이란')).toEqual(['islands']);
    expect((await found(untitled(), '하이드레이션')).sort()).toEqual(['islands', 'preact']);
  });
});

describe('an unspaced compound headed by a noun of one syllable', () => {
  const site = siteOf([
    // 봇 and 앱 stand alone and take particles (봇을, 봇이; 앱이, 앱을): nouns of one syllable.
    faq('skills', '봇을 채널에 연결하려면?', '봇 설정에서 채널 연결을 누릅니다. 봇이 답하지 않으면 연결을 확인하세요.', { id: 'bot-link', tags: ['봇', '연결'] }),
    faq('skills', '앱 알림이 오지 않아요', '앱 설정에서 알림을 켭니다. 앱이 꺼져 있어도 알림은 옵니다. 앱을 다시 설치해 보세요.', { id: 'app-push', tags: ['앱', '알림'] }),
    faq('skills', '보따리 배송은 언제 오나요?', '보따리 상품은 짐이 많아 하루 더 걸립니다.', { id: 'bundle' }),
  ]);

  it('is cut after it when pages are about it and about what follows (봇연결, 앱알림, 봇연결방법)', async () => {
    expect(await found(site(), '봇연결')).toEqual(['bot-link']);
    expect(await found(site(), '앱알림')).toEqual(['app-push']);
    expect(await found(site(), '봇연결방법')).toEqual(['bot-link']);
  });

  it('is not cut when what follows names nothing pages are about (봇짐), nor before a filler word alone', async () => {
    const outcome = await site().search.search({ query: '봇짐' });
    expect(outcome.total).toBe(0);
    expect(outcome.unmatched).toEqual(['봇짐']);
    expect((await site().search.search({ query: '봇방법' })).total).toBe(0);
  });
});

describe('words no page is about, said side by side on a page', () => {
  const site = siteOf([
    faq('skills', '설정 참조', '빌드 폴더는 outDir로 바꿉니다. 콘텐츠 보안 정책 설정은 security 항목에서 켭니다. 포트는 server 항목에서 정합니다.', { id: 'config' }),
    faq('skills', '보안 점검은 어떻게 하나요?', '보안 점검은 분기마다 합니다. 보안 담당자가 정책 위반을 확인합니다.', { id: 'security', tags: ['보안'] }),
    faq('skills', '콘텐츠는 어디에 올리나요?', '콘텐츠는 관리 화면에서 올립니다. 콘텐츠마다 공개 범위를 정합니다.', { id: 'content', tags: ['콘텐츠'] }),
  ]);

  it('are answered by the page that says them so, though it is about none of them', async () => {
    const outcome = await site().search.search({ query: '콘텐츠 보안 정책' });
    expect(outcome.match).toBe('anywhere');
    expect(await ids(outcome)).toEqual(['config']);
    // Said apart on a page, they still get only a partial answer, shown apart.
    const apart = await site().search.search({ query: '콘텐츠 정책 보안' });
    expect(apart.total).toBe(0);
    expect(apart.fallback).toBeDefined();
  });
});

describe('an unspaced question that ends in its verb', () => {
  const site = siteOf([
    faq('refund', '명절에도 새벽배송을 하나요?', '명절 당일에는 새벽배송을 쉽니다. 설날과 추석에는 그다음 날 다시 시작합니다.', { id: 'dawn', tags: ['새벽배송'] }),
    faq('refund', '일반 배송은 언제 오나요?', '일반 배송은 이틀 걸립니다.', { id: 'normal' }),
  ]);

  it('is answered apart by the longest start that splits into words, saying what was left out (설날새벽배송쉬나요)', async () => {
    // 설날 is no topic (said once, after the first sentence): split whole, the word has two unknown parts.
    const outcome = await site().search.search({ query: '설날새벽배송쉬나요' });
    expect(outcome.total).toBe(0);
    expect(await ids(outcome.fallback!)).toEqual(['dawn']);
    expect(outcome.fallback!.dropped).toBe('쉬나요');
  });
});

describe('a time question', () => {
  const site = siteOf([
    faq('refund', '교환은 어떻게 신청하나요?', '교환은 받은 날부터 7일 안에 주문 내역에서 신청합니다.', { id: 'exchange', tags: ['교환'] }),
    faq('refund', '반품 회수는 며칠 걸리나요?', '반품 회수에는 2~3일이 걸립니다. 교환도 같은 택배사가 회수합니다.', { id: 'return-pickup', tags: ['반품'] }),
  ]);

  it('is answered first by the pages titled with its topic, not by a page on how long something else takes', async () => {
    // The return FAQ says how long and mentions 교환; the exchange FAQ is titled with it.
    expect(await found(site(), '교환 몇일 걸려요')).toEqual(['exchange']);
    expect(await found(site(), '교환 언제까지')).toEqual(['exchange']);
    expect(await found(site(), '회수 몇일 걸려요')).toEqual(['return-pickup']);
  });
});

describe('a word still being typed', () => {
  const site = siteOf([faq('skills', '중단점은 어떻게 거나요?', '줄 번호 옆을 눌러 중단점을 겁니다. 중단점에서 실행이 멈춥니다.', { id: 'breakpoint' })]);

  it('is a prefix at two syllables even when it ends like a verb (중다 on the way to 중단점), read among topic words', async () => {
    const asked: (string | null)[] = [];
    const pagefind = { ...site().pagefind, search: (term: string | null, options?: Parameters<PagefindApi['search']>[1]) => (asked.push(term), site().pagefind.search(term, options)) };
    expect(await ids(await new KoreanSearch(pagefind, [], site().directory).search({ query: '중다', typing: true }))).toEqual(['breakpoint']);
    for (const term of asked) expect(term!, term!).toMatch(/^"?ǀ/);
  });
});

describe('a word as typed that no page has, read as pages write it', () => {
  // The index has 404, 페이지 and 배송 as words, never 404페이지 or 배송중: no page has every word as typed.
  const site = siteOf([
    faq('refund', '없는 주소로 들어오면 어떤 화면이 나오나요?', '사용자 정의 404 페이지를 만들면 없는 주소로 들어온 방문자에게 그 페이지를 보여 줍니다.', { id: 'not-found', tags: ['404 페이지'] }),
    faq('refund', '페이지를 새로 만들려면?', '새 페이지는 목록에서 추가합니다.', { id: 'new-page', tags: ['페이지'] }),
    faq('refund', '배송이 늦어지면 어떻게 하나요?', '배송 지연이 사흘 넘게 이어지면 판매자에게 문의해 주세요. 배송 지연 보상은 판매자 정책을 따릅니다.', { id: 'late', tags: ['배송 지연'] }),
    faq('refund', '지연 이자는 언제 붙나요?', '납부가 늦어지면 지연 이자가 붙습니다.', { id: 'interest', tags: ['지연 이자'] }),
  ]);

  it('a number written onto a word: the number and the word (404페이지)', async () => {
    expect(await ids(await site().search.search({ query: '404페이지' }))).toEqual(['not-found']);
  });

  it('a syllable written onto a word pages are about: that word (배송중)', async () => {
    expect(await ids(await site().search.search({ query: '배송중 지연' }))).toEqual(['late']);
  });

  it('a laugh or shiver glued on or after it: left out (지연ㅋㅋ, 배송 지연 ㄷㄷ)', async () => {
    expect(await ids(await site().search.search({ query: '배송 지연ㅋㅋ' }))).toEqual(['late']);
    expect(await ids(await site().search.search({ query: '배송 지연 ㄷㄷ' }))).toEqual(['late']);
  });
});

describe('a question no reading of its words finds, written on a page as typed', () => {
  // 한 달 is read as 매달 (the vocabulary), which the review page does not say; it says the words
  // as typed, in a row.
  const site = siteOf(
    [
      faq('refund', '리뷰는 어떻게 쓰나요?', '구매 확정 뒤에 리뷰를 쓸 수 있습니다. 한 달 사용 후기 이벤트에 참여하면 포인트를 더 드립니다. 포인트 적립 금액은 리뷰마다 다릅니다. 사진이 없으면 포인트 조건 미달로 적립 금액 재계산이라고 안내합니다.', { id: 'review', tags: ['리뷰'] }),
      faq('refund', '요금은 매달 나가나요?', '요금은 매달 1일에 결제되며 사용 내역에서 확인합니다.', { id: 'monthly', tags: ['매달 결제'] }),
    ],
    toSynonymRules([{ from: ['한달'], to: ['매달'] }]),
  );

  it('is answered by that page', async () => {
    const outcome = await site().search.search({ query: '한 달 사용 후기' });
    expect(await ids(outcome)).toEqual(['review']);
  });

  it('or by the page that says all of it but the last word, which it writes with a particle', async () => {
    // 미달 and 재계산 are said once, on one page: no page is about them, so no page has every word.
    const outcome = await site().search.search({ query: '포인트 조건 미달로 적립 금액 재계산' });
    expect(await ids(outcome)).toEqual(['review']);
  });
});

describe('a sentence copied from a page, with a Latin word and its particle (CMS를)', () => {
  // No page is about every word: the CMS page is about CMS (the sentence is not its first), the
  // Markdown page about Markdown and 파일. The layer reads CMS를 as cms and 를; the CMS page has
  // CMS를 in a row, so the sentence is searched as typed. Split as the layer reads it, it found no
  // page and only a partial answer.
  const site = siteOf([
    faq('skills', 'CMS 연결', 'CMS는 따로 가입하는 도구입니다. CMS를 사용하면 Markdown 파일 대신 편집 화면에서 글을 씁니다.', { id: 'cms' }),
    faq('skills', 'Markdown 파일 만들기', 'Markdown 파일은 글마다 하나씩 만듭니다. Markdown 파일에 제목을 적습니다. Markdown 파일은 src 폴더에 둡니다.', { id: 'markdown' }),
  ]);

  it('is answered by that page', async () => {
    const outcome = await site().search.search({ query: 'CMS를 사용하면 Markdown 파일 대신' });
    expect(await ids(outcome)).toEqual(['cms']);
  });
});

describe('a synonym group’s index word', () => {
  // 175 rules: in base 36 the last one's number was 4u, and Pagefind indexes a word's part where
  // a digit meets a Latin letter, so the group's pages were found for `u` (now 겮, no parts).
  const rules = toSynonymRules([...Array.from({ length: 174 }, (_, i) => ({ same: [`낱말${i}`, `말${i}`] })), { same: ['계정', '아이디'] }]);
  const site = siteOf([faq('team', '계정을 옮기려면?', '계정은 마스터가 옮깁니다.', { id: 'account-move' }), faq('team', '팀원 초대', '팀원은 API 키 없이 초대합니다.', { id: 'team-invite' })], rules);

  it('never answers a visitor’s Latin letter or number: no page is found for u when none has a word starting with u', async () => {
    expect(await found(site(), '아이디')).toEqual(['account-move']);
    for (const typed of ['u', '4', '17', '174']) expect(await found(site(), typed), typed).toEqual([]);
    expect(await found(site(), 'a')).toEqual(['team-invite']);
  });
});

/**
 * The Markdoc page, about every word of `컴포넌트 <word> 기본값`, and the components page, about
 * 컴포넌트 and <word> and saying 기본값 in passing, which Pagefind ranks far above it. `particles`:
 * the word's 으로/로, 을/를, 이/가.
 */
function componentPages(word: string, [ro, reul, ga]: [string, string, string]) {
  return [
    faq('skills', 'Markdoc 태그 설정', `Markdoc 태그로 컴포넌트에 ${word} 기본값을 줄 수 있습니다. 태그는 설정 파일에 적습니다.`, { id: 'markdoc-tags' }),
    faq(
      'skills',
      `컴포넌트에 ${word} 넘기기`,
      `컴포넌트는 ${word}${ro} 값을 받습니다. 부모 컴포넌트가 ${word}${reul} 넘기면 자식 컴포넌트가 ${word}${reul} 읽습니다. 컴포넌트마다 ${word} 타입을 적어 두면 좋습니다. 컴포넌트 ${word}${ga} 없으면 구조 분해에서 기본값을 줍니다. 컴포넌트 ${word} 이름은 짧게 짓습니다.`,
      { id: 'component-props', tags: ['컴포넌트', word] },
    ),
  ];
}

describe('few pages about every word', () => {
  const pages = [...componentPages('props', ['로', '를', '가']), faq('skills', '레이아웃 만들기', '레이아웃은 컴포넌트입니다. 페이지를 감쌉니다.', { id: 'layouts' })];
  const site = siteOf(pages);

  it('are followed by a page Pagefind ranks far above them that has every word, counted and sorted with them', async () => {
    const outcome = await site().search.search({ query: '컴포넌트 props 기본값' });
    expect(outcome.match).toBe('topic');
    expect(await ids(outcome)).toEqual(['markdoc-tags', 'component-props']);
    expect(Object.values(outcome.counts).reduce((a, b) => a + b, 0)).toBe(outcome.total);
    const byTitle = await site().search.search({ query: '컴포넌트 props 기본값', sort: 'title' });
    expect((await ids(byTitle)).sort()).toEqual(['component-props', 'markdoc-tags']);
    // A page without every word never joins (layouts has no props, no 기본값).
    expect(await ids(outcome)).not.toContain('layouts');
  });
});

describe('few pages about every word, and a long page that only mentions them', () => {
  // The upgrade guide says each word twice in passing: Pagefind ranks it far above the Markdoc
  // page, but it is about none of them (a topic is repeated three times in a page this long).
  const filler = Array.from({ length: 60 }, (_, i) => `${i + 1}번째 변경은 빌드 설정과 배포 스크립트를 함께 살펴봅니다.`).join(' ');
  const site = siteOf([
    faq('skills', 'Markdoc 태그 설정', 'Markdoc 태그로 컴포넌트에 props 기본값을 줄 수 있습니다. 태그는 설정 파일에 적습니다.', { id: 'markdoc-tags' }),
    faq('skills', '버전 업그레이드 안내', `새 버전으로 올리는 순서를 정리했습니다. ${filler} 컴포넌트 props 기본값 처리가 달라졌습니다. 컴포넌트 props 기본값은 다시 확인하세요.`, { id: 'upgrade-guide' }),
  ]);

  it('are not followed by it: a page shown after them is about one of the words at least', async () => {
    expect(await found(site(), '컴포넌트 props 기본값')).toEqual(['markdoc-tags']);
  });
});

describe('few pages about every part of a compound typed as one word', () => {
  // The pages above with 속성 for props: Hangul words, so 컴포넌트속성기본값 splits into them.
  const korean = siteOf(componentPages('속성', ['으로', '을', '이']));

  it('are not followed by pages that mention the parts apart: the compound names one thing', async () => {
    expect(await found(korean(), '컴포넌트 속성 기본값')).toEqual(['markdoc-tags', 'component-props']);
    expect(await found(korean(), '컴포넌트속성기본값')).toEqual(['markdoc-tags']);
  });
});

describe('a compound that ends in 정의', () => {
  // 정의 written apart asks what something is (세션 데이터 타입 정의 → 세션 데이터 타입); written onto
  // the compound it is read the same way, not as a fourth topic the answer must be about.
  const site = siteOf([
    faq('skills', '세션 데이터의 타입 지정하기', '세션 데이터는 타입을 지정해 두면 편집기가 세션 값을 검사합니다. 세션마다 데이터 타입을 적습니다.', { id: 'session-types', tags: ['세션', '데이터 타입'] }),
    faq('skills', '용어 정의', '이 문서의 용어 정의를 모았습니다. 정의는 가나다순입니다.', { id: 'glossary', tags: ['정의'] }),
  ]);

  it('finds what the words apart find', async () => {
    const outcome = await site().search.search({ query: '세션데이터타입정의' });
    expect(await ids(outcome)).toEqual(['session-types']);
    expect(outcome.fallback).toBeUndefined();
    expect(await found(site(), '세션 데이터 타입 정의')).toEqual(['session-types']);
  });
});

describe('the same search, whatever was searched before', () => {
  // Pagefind splits its word list into chunks of about 20,000 places: 가가가 said 20,000 times
  // fills one, so 가가가나 starts the next. Pagefind loads, for 가가가, only the chunk it sits in.
  const site = siteOf([
    faq('skills', '첫 쪽', Array.from({ length: 20_000 }, () => '가가가').join(' '), { id: 'many' }),
    faq('skills', '둘째 쪽', '가가가나 한 번', { id: 'once' }),
  ]);

  it('counts the words that begin with a term in the next index chunk before any other search loaded it', async () => {
    // Plain Pagefind, fresh: 가가가나 is not seen (the chunk that has it is not loaded).
    expect((await site().pagefind.search('가가가', {}))?.results.length).toBe(1);
    expect(await site().search.count('가가가')).toBe(2);
    expect(await ids(await site().search.search({ query: '가가가' }))).toEqual(expect.arrayContaining(['many', 'once']));
  });
});

describe('a sentence copied from a page whose words other pages are about', () => {
  // Every word of the copied sentence is a common one, and two other pages are about them; the
  // page it was copied from says each once, in that sentence.
  const site = siteOf([
    faq('skills', '프로젝트 설계 바꾸기', '프로젝트 설계는 설정 화면에서 바꿉니다. 프로젝트 설계가 바뀌면 프로젝트 설계 기록이 남습니다.', { id: 'design', tags: ['프로젝트', '설계'] }),
    faq('skills', '프로젝트 설계 예시', '프로젝트 설계 예시를 모았습니다. 프로젝트마다 설계가 다르고, 버전이 바뀌면 설계도 바뀝니다.', { id: 'examples', tags: ['프로젝트', '설계'] }),
    faq('skills', '새 버전으로 옮기기', '옮기기 전에 읽어 보세요. 내 프로젝트 설계는 어떻게 바뀌나요? 달라지는 것은 폴더 이름뿐입니다.', { id: 'migration' }),
  ]);

  it('puts the page that has it word for word first', async () => {
    const outcome = await site().search.search({ query: '내 프로젝트 설계는 어떻게 바뀌나요?' });
    const shown = await ids(outcome);
    expect(shown[0]).toBe('migration');
    expect(outcome.total).toBe(shown.length);
    // Counted once in the category filter's counts, whether the other pages were found too or not.
    expect(Object.values(outcome.counts).reduce((a, b) => a + b, 0)).toBe(outcome.total);
  });

  it('leaves a query of fewer words in the usual order', async () => {
    // Three words the migration page alone has side by side: a phrase, not yet a sentence.
    expect((await found(site(), '프로젝트 설계는 어떻게'))[0]).not.toBe('migration');
  });
});

describe('a version number in a partial answer', () => {
  const site = siteOf([
    faq('skills', 'Astro v3로 업그레이드', '포트 기본값이 바뀌었습니다. 새 포트는 4321입니다.', { id: 'upgrade-v3' }),
    faq('skills', '개발 서버 실행하기', '개발 서버를 켭니다. 개발 서버는 코드를 고치면 바로 반영합니다. 서버 주소와 포트는 터미널에 나옵니다. 포트를 바꾸려면 포트 옵션을 씁니다.', { id: 'dev-server' }),
  ]);

  it('counts a page titled with the version the question names (3으로 올렸더니: Astro v3) as named', async () => {
    // No page has every word. The dev server page is about 개발, 서버 and 포트; the upgrade guide
    // about 3 and 포트, and its title names the version, which says which page.
    const outcome = await site().search.search({ query: '3으로 올렸더니 개발 서버 포트가 이상해요' });
    expect(outcome.total).toBe(0);
    expect((await ids(outcome.fallback!))[0]).toBe('upgrade-v3');
  });
});

describe('a question in two halves, one about a name no page has', () => {
  const site = siteOf([
    faq('skills', '서버에 배포하기', '빌드한 사이트를 서버에 배포합니다. 배포는 자동으로 할 수도 있습니다. 서버 배포 설정을 확인하세요.', { id: 'deploy' }),
    faq('skills', '빌드 설정', '빌드 명령과 빌드 결과 폴더를 정합니다. 빌드는 배포 전에 합니다.', { id: 'build' }),
  ]);

  it('is not answered by the other half: the site has nothing on what it is about', async () => {
    // Jenkins is on no page; 서버에 자동 배포하기 alone would bring the deploy page as an answer.
    const outcome = await site().search.search({ query: 'Jenkins로 빌드하고 서버에 자동 배포하기' });
    expect(outcome.total).toBe(0);
    expect(outcome.unmatched).toContain('jenkins');
    // The same question about a word the site has is answered half by half.
    expect(await ids(await site().search.search({ query: '빌드 명령으로 빌드하고 서버에 자동 배포하기' }))).toEqual(['build', 'deploy']);
  });
});
