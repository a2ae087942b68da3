import { describe, expect, it } from 'vitest';
import { compareByLatest, compareByTitle, compareByWriterOrder, sortedBy, type Sortable } from '../../src/lib/sorting.ts';

let next = 0;
function faq(title: string, over: Partial<Sortable> = {}): Sortable {
  next += 1;
  return { id: `faq-${String(next).padStart(3, '0')}`, title, updated: new Date('2025-01-01T00:00:00Z'), ...over };
}
const titles = (items: Sortable[]) => items.map((x) => x.title);

describe('compareByTitle (가나다순)', () => {
  it('sorts Korean titles in dictionary order', () => {
    const items = [faq('환불 계좌 변경'), faq('결제 수단 추가'), faq('나의 월렛'), faq('가상계좌 입금'), faq('세금계산서 발행')];
    expect(titles(sortedBy(items, compareByTitle))).toEqual(['가상계좌 입금', '결제 수단 추가', '나의 월렛', '세금계산서 발행', '환불 계좌 변경']);
  });

  it('compares numbers by value: 2단계 before 10단계', () => {
    const items = [faq('10단계 인증'), faq('2단계 인증'), faq('1단계 인증')];
    expect(titles(sortedBy(items, compareByTitle))).toEqual(['1단계 인증', '2단계 인증', '10단계 인증']);
    expect(compareByTitle(faq('2단계'), faq('10단계'))).toBeLessThan(0);
    expect(compareByTitle(faq('10단계'), faq('2단계'))).toBeGreaterThan(0);
  });

  it('breaks ties (same title, or only case differs) by id', () => {
    const b = faq('API 키', { id: 'b' });
    const a = faq('api 키', { id: 'a' });
    expect(compareByTitle(a, b)).toBeLessThan(0);
    expect(compareByTitle(b, a)).toBeGreaterThan(0);
    expect(sortedBy([b, a], compareByTitle).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('is zero only for the same id and title', () => {
    const x = faq('환불', { id: 'x' });
    expect(compareByTitle(x, { ...x })).toBe(0);
  });
});

describe('compareByLatest (최신순)', () => {
  it('puts the newest first', () => {
    const items = [
      faq('오래된 글', { updated: new Date('2024-05-01T00:00:00Z') }),
      faq('새 글', { updated: new Date('2025-03-14T00:00:00Z') }),
      faq('중간 글', { updated: new Date('2024-12-31T00:00:00Z') }),
    ];
    expect(titles(sortedBy(items, compareByLatest))).toEqual(['새 글', '중간 글', '오래된 글']);
  });

  it('falls back to 가나다순 on the same day', () => {
    const day = new Date('2025-03-14T00:00:00Z');
    const items = [faq('환불', { updated: day }), faq('결제', { updated: day }), faq('10단계', { updated: day }), faq('2단계', { updated: day })];
    expect(titles(sortedBy(items, compareByLatest))).toEqual(['2단계', '10단계', '결제', '환불']);
  });
});

describe('compareByWriterOrder', () => {
  it('uses `order` first, unset last, then 가나다순', () => {
    const items = [
      faq('하나', {}),
      faq('둘', { order: 2 }),
      faq('가', {}),
      faq('셋', { order: 1 }),
      faq('넷', { order: 0 }),
      faq('다', { order: 2 }),
    ];
    expect(titles(sortedBy(items, compareByWriterOrder))).toEqual(['넷', '셋', '다', '둘', '가', '하나']);
  });

  it('handles negative orders', () => {
    const items = [faq('나중', { order: 5 }), faq('먼저', { order: -1 })];
    expect(titles(sortedBy(items, compareByWriterOrder))).toEqual(['먼저', '나중']);
  });
});

describe('sortedBy', () => {
  it('returns a sorted copy and leaves the input alone', () => {
    const items = Object.freeze([faq('다'), faq('가'), faq('나')]);
    const before = [...items];
    const sorted = sortedBy(items, compareByTitle);
    expect(titles(sorted)).toEqual(['가', '나', '다']);
    expect(sorted).not.toBe(items);
    expect([...items]).toEqual(before);
  });
});
