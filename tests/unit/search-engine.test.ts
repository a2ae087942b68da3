import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/lib/search/engine.ts';
import { doc, ids, memoryEngine } from './helpers/memory-engine.ts';

const corpus = [
  doc('refund', '환불 계좌는 어떻게 등록하나요?', '남은 캐시를 돌려받으려면 환불 계좌를 먼저 등록해야 합니다. 계좌는 사업자 명의여야 합니다.', { id: 'refund-account', tags: ['환불', '계좌'] }),
  doc('refund', '캐시 중 일부만 환불받을 수 있나요?', '유상 캐시 가운데 원하는 금액만 부분환불을 신청할 수 있습니다.', { id: 'partial-refund' }),
  doc('refund', '환불계좌를 바꾸려면 어떻게 하나요?', '등록된 계좌가 있으면 새 계좌로 변경할 수 있습니다. 계좌가 바뀌면 알림을 보냅니다.', { id: 'refund-account-change' }),
  doc('tax', '세금계산서는 언제 발행되나요?', '전자 세금계산서는 매월 10일에 사업자등록번호 기준으로 발행됩니다.', { id: 'tax-invoice' }),
  doc('wallet', '가상계좌로 충전할 수 있나요?', '무통장입금용 가상계좌를 발급받아 캐시를 충전합니다. 한 번에 최대 500개까지 발급됩니다.', { id: 'virtual-account' }),
  doc('skills', '스킬 서버 URL은 어떻게 등록하나요?', '챗봇 관리자센터의 스킬 메뉴에서 스킬 서버 주소를 등록합니다. 요청 JSON 형식도 확인하세요.', { id: 'skill-server' }),
  doc('skills', '스킬서버 응답이 늦으면 어떻게 되나요?', '스킬서버가 5초 안에 응답하지 않으면 오류 블록이 나갑니다.', { id: 'skill-timeout' }),
  doc('team', '팀원 권한은 어떻게 바꾸나요?', '마스터는 팀원의 권한을 관리자, 작업자, 뷰어 가운데 하나로 변경할 수 있습니다. 문의는 고객센터로 해 주세요.', { id: 'team-roles' }),
  doc('team', '결과 보고서의 평가 항목은 무엇인가요?', '평가 결과와 한도, 경로를 보여 줍니다. 필요한 이해를 돕습니다.', { id: 'report' }),
  doc('withdraw', '서비스를 해지하려면 어떻게 하나요?', '서비스 해지는 설정 메뉴에서 신청합니다. 해지하면 채널이 닫힙니다.', { id: 'terminate' }),
  doc('skills', '블록은 어떻게 만드나요?', '블록을 만들고 블록 이름을 정합니다. 블록마다 응답을 넣습니다.', { id: 'block-create' }),
  doc('withdraw', '봇을 삭제하면 어떻게 되나요?', '봇이 삭제되면 봇의 블록도 함께 지워집니다. 봇은 7일 안에 되살릴 수 있습니다.', { id: 'bot-delete' }),
];

let engine: SearchEngine;
beforeAll(() => {
  engine = memoryEngine(corpus, [
    { from: ['탈퇴', '해지'], to: ['탈퇴', '해지'], twoWay: true },
    { from: ['돈 돌려받기'], to: ['환불'], twoWay: false },
  ]);
});

describe('particles and endings do not matter', () => {
  it('계좌를 finds pages that write 계좌는, 계좌가, 계좌', async () => {
    const found = await ids(engine, '계좌를');
    expect(found).toEqual(expect.arrayContaining(['refund-account', 'refund-account-change']));
  });

  it('등록하나요, 등록할, 등록된 all reach 등록', async () => {
    for (const q of ['등록하나요', '등록할', '등록된']) expect(await ids(engine, q)).toEqual(expect.arrayContaining(['refund-account', 'skill-server']));
  });

  it('변경하고 싶어요 finds 변경 (the filler 싶어요 is dropped)', async () => {
    expect(await ids(engine, '변경하고 싶어요')).toEqual(expect.arrayContaining(['refund-account-change', 'team-roles']));
  });

  it('keeps nouns that end like particles whole: 문의, 한도, 결과, 평가, 경로, 필요, 권한, 이해', async () => {
    for (const q of ['문의', '한도', '결과', '평가', '경로', '필요', '권한', '이해']) {
      const found = await ids(engine, q);
      expect(found.length, q).toBeGreaterThan(0);
      expect(found, q).toContain(q === '문의' || q === '권한' ? 'team-roles' : 'report');
    }
  });
});

describe('compounds and spacing do not matter', () => {
  it('환불 finds 부분환불 inside a compound', async () => {
    expect(await ids(engine, '환불')).toContain('partial-refund');
  });

  it('부분 환불 (spaced) finds 부분환불, and 부분환불 finds it too', async () => {
    expect(await ids(engine, '부분 환불')).toContain('partial-refund');
    expect(await ids(engine, '부분환불')).toContain('partial-refund');
  });

  it('환불계좌 finds "환불 계좌", and "환불 계좌" finds 환불계좌', async () => {
    expect(await ids(engine, '환불계좌')).toEqual(expect.arrayContaining(['refund-account', 'refund-account-change']));
    expect(await ids(engine, '환불 계좌')).toEqual(expect.arrayContaining(['refund-account', 'refund-account-change']));
  });

  it('챗봇관리자센터 finds "챗봇 관리자센터"', async () => {
    expect(await ids(engine, '챗봇관리자센터')).toContain('skill-server');
  });

  it('스킬 서버 and 스킬서버 meet', async () => {
    expect(await ids(engine, '스킬 서버')).toEqual(expect.arrayContaining(['skill-server', 'skill-timeout']));
    expect(await ids(engine, '스킬서버')).toEqual(expect.arrayContaining(['skill-server', 'skill-timeout']));
  });
});

describe('초성, half-typed syllables and keyboard slips', () => {
  it('ㅎㅂ finds 환불; ㅅㄱㄱㅅㅅ finds 세금계산서; ㅎㅂ 계좌 mixes', async () => {
    expect(await ids(engine, 'ㅎㅂ')).toContain('refund-account');
    expect(await ids(engine, 'ㅅㄱㄱㅅㅅ')).toEqual(['tax-invoice']);
    const mixed = await ids(engine, 'ㅎㅂ 계좌');
    expect(mixed[0]).toBe('refund-account');
    expect(mixed).not.toContain('tax-invoice');
  });

  it('환ㅂ and 계조 (mid-IME) already find 환불 and 계좌', async () => {
    expect(await ids(engine, '환ㅂ')).toContain('refund-account');
    expect(await ids(engine, '계조')).toContain('virtual-account');
  });

  it('ghksqnf (English keyboard mode) finds 환불', async () => {
    expect(await ids(engine, 'ghksqnf')).toContain('refund-account');
  });

  it('Latin that exists is searched as Latin, not converted', async () => {
    expect(await ids(engine, 'json')).toEqual(['skill-server']);
    expect(await ids(engine, 'URL')).toEqual(['skill-server']);
  });
});

describe('synonyms, fillers and normalisation', () => {
  it('탈퇴 ↔ 해지 and 돈 돌려받기 → 환불', async () => {
    expect(await ids(engine, '탈퇴')).toContain('terminate');
    expect(await ids(engine, '탈퇴하려면')).toContain('terminate');
    expect(await ids(engine, '돈 돌려받기')).toContain('refund-account');
  });

  it('filler words never cause zero results', async () => {
    expect(await ids(engine, '환불 계좌 어떻게 등록하는 방법 알려주세요')).toContain('refund-account');
    expect(await ids(engine, '세금계산서 언제 나오나요 궁금합니다')).toEqual([]); // 나오나요 is a real word the pages do not use
    expect(await ids(engine, '세금계산서 언제 궁금합니다')).toEqual(['tax-invoice']);
  });

  it('full-width letters, case and 500 개 / 500개 are normalised', async () => {
    expect(await ids(engine, 'ＪＳＯＮ')).toEqual(['skill-server']);
    expect(await ids(engine, '500 개')).toEqual(['virtual-account']);
    expect(await ids(engine, '500개')).toEqual(['virtual-account']);
  });
});

describe('ranking and honesty', () => {
  it('the FAQ whose title is the query ranks first', async () => {
    expect((await ids(engine, '환불 계좌는 어떻게 등록하나요?'))[0]).toBe('refund-account');
    expect((await ids(engine, '스킬 서버 URL은 어떻게 등록하나요'))[0]).toBe('skill-server');
  });

  it('title matches rank above body-only matches', async () => {
    const found = await ids(engine, '계좌');
    expect(found.indexOf('refund-account')).toBeLessThan(found.indexOf('virtual-account'));
  });

  it('pages that mention a word once in passing are not results next to pages about it', async () => {
    // bot-delete mentions 블록 once; it is about deleting bots. block-create is about blocks.
    const found = await ids(engine, '계좌');
    expect(found).toEqual(expect.arrayContaining(['refund-account', 'refund-account-change', 'virtual-account']));
    const all = await engine.search('블록', { keepTail: true });
    const shown = await engine.search('블록');
    expect(shown.hits.length).toBeLessThan(all.hits.length);
    const shownIds = await Promise.all(shown.hits.map(async (h) => (await engine.doc(h.doc)).id));
    expect(shownIds).toContain('block-create');
    expect(shownIds).not.toContain('bot-delete');
  });

  it('a query with no real match returns nothing and names the missing word', async () => {
    const response = await engine.search('주차 요금 정산');
    expect(response.hits).toEqual([]);
    expect(response.unmatched).toEqual(expect.arrayContaining(['주차', '정산']));
    expect((await engine.search('우주선')).hits).toEqual([]);
  });

  it('never drops a word silently; the looser match is offered apart, labelled with the dropped word', async () => {
    const response = await engine.search('환불 우주선');
    expect(response.hits).toEqual([]);
    expect(response.fallback?.dropped).toBe('우주선');
    expect(response.fallback?.hits.length).toBeGreaterThan(0);
  });
});

describe('categories, counts and sorting', () => {
  it('counts per node add up and the filter narrows the total', async () => {
    const m = await engine.manifest();
    const response = await engine.search('계좌');
    const count = (id: string) => response.counts[m.nodes.findIndex((x) => x[0] === id)]!;
    expect(count('billing')).toBe(count('refund') + count('tax') + count('wallet'));
    expect(count('admin')).toBe(count('billing') + count('bots'));
    const filtered = await engine.search('계좌', { category: 'refund' });
    expect(filtered.hits.length).toBe(count('refund'));
  });

  it('an empty query with a category browses it', async () => {
    const response = await engine.search('', { category: 'withdraw' });
    expect(response.browse).toBe(true);
    expect(response.hits.length).toBe(2);
  });

  it('최신순 orders by date, 가나다순 by title', async () => {
    const latest = await engine.search('', { category: 'admin', sort: 'latest' });
    const dates = await Promise.all(latest.hits.map(async (h) => (await engine.doc(h.doc)).u));
    expect(dates).toEqual([...dates].sort().reverse());
    const byTitle = await engine.search('', { category: 'admin', sort: 'title' });
    const titles = await Promise.all(byTitle.hits.map(async (h) => (await engine.doc(h.doc)).t));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'ko')));
  });

  it('highlight terms are the matched parts, never index-only forms', async () => {
    // The page writes 부분환불: the joined query marks it whole, the spaced one marks each part.
    expect((await engine.search('부분환불')).highlight).toEqual(['부분환불']);
    expect((await engine.search('부분 환불')).highlight).toEqual(['부분', '환불']);
    expect((await engine.search('ㅎㅂ')).highlight).toEqual(['환불']);
    expect((await engine.search('계좌를')).highlight).toEqual(['계좌']);
  });
});
