import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amountSpellings, wonSpellings, wonValue } from '../../src/lib/search/amounts.ts';
import { faq, ids, realSearch, type RealSearch } from './helpers/real-pagefind.ts';

describe('sums of money as written', () => {
  it('reads digits, commas and the units 억, 만, 천 and 백 in any mix', () => {
    expect(wonValue('1만 5천 원')).toBe(15000);
    expect(wonValue('3,000원')).toBe(3000);
    expect(wonValue('1,000만 원')).toBe(10_000_000);
    expect(wonValue('5천만 원')).toBe(50_000_000);
    expect(wonValue('2억 5천만 원')).toBe(250_000_000);
    expect(wonValue('3백 원')).toBe(300);
    expect(wonValue('50 만원')).toBe(500_000);
  });

  it('spells a value in digits, and in 만 and 천 when nothing smaller is left over', () => {
    expect(wonSpellings(15000)).toEqual(['15000원', '1만5천원']);
    expect(wonSpellings(3000)).toEqual(['3000원', '3천원']);
    expect(wonSpellings(1_000_000)).toEqual(['1000000원', '100만원']);
    expect(wonSpellings(4900)).toEqual(['4900원']);
    expect(wonSpellings(500)).toEqual(['500원']);
  });

  it('finds every amount in a text and nothing that only looks like one', () => {
    expect(amountSpellings('1만 5천 원 이상이면 무료, 미만이면 3,000원입니다.')).toEqual(['15000원', '1만5천원', '3000원', '3천원']);
    expect(amountSpellings('원래 2단계 인증은 3일 안에 합니다.')).toEqual([]);
    // Each repeat of the pattern needs a unit: a long run of digits is one match or none, at once.
    expect(amountSpellings(`${'1'.repeat(5000)} 개`)).toEqual([]);
  });
});

describe('searching a sum of money in another spelling', () => {
  let layer: RealSearch;
  beforeAll(async () => {
    layer = await realSearch([
      faq('wallet', '무료 배송은 얼마부터인가요?', '1만 5천 원 이상 사면 배송비가 없습니다. 그보다 적으면 배송비 3,000원이 붙습니다.', { id: 'free-shipping' }),
      faq('wallet', '한 번에 얼마까지 충전하나요?', '한 번에 2만 원부터 충전할 수 있습니다.', { id: 'charge-minimum' }),
      faq('tax', '세금계산서는 언제 나오나요?', '매달 10일에 나옵니다.', { id: 'tax-invoice' }),
    ]);
  }, 60_000);
  afterAll(() => layer?.close());
  const top = async (query: string) => ids(await layer.search.search({ query }));

  it('finds the page whatever spelling the visitor types', async () => {
    expect(await top('15,000원 배송비')).toEqual(['free-shipping']);
    expect(await top('배송비 3천원')).toEqual(['free-shipping']);
    expect(await top('2만원 충전')).toEqual(['charge-minimum']);
    // An amount no page gives is not found (no page about 5만원 answers 5만원).
    expect(await top('5만원 충전')).toEqual([]);
  });
});
