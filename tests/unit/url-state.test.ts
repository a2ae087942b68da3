import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseSearchState, searchStateToQuery, SORTS, type SearchState } from '../../src/lib/search/url-state.ts';

const known = new Set(['admin', 'billing', 'refund', 'tax-invoice']);
const isCategory = (id: string) => known.has(id);
const parse = (search: string) => parseSearchState(search, isCategory);

describe('parseSearchState', () => {
  it('gives the defaults for an empty query string', () => {
    expect(parse('')).toEqual({ q: '', category: '', sort: 'relevance', page: 1 });
    expect(parse('?')).toEqual(DEFAULT_STATE);
    expect(DEFAULT_STATE).toEqual({ q: '', category: '', sort: 'relevance', page: 1 });
  });

  it('reads every field, with or without a leading ?', () => {
    const expected = { q: '환불 계좌', category: 'refund', sort: 'latest', page: 3 };
    expect(parse('?q=%ED%99%98%EB%B6%88+%EA%B3%84%EC%A2%8C&category=refund&sort=latest&page=3')).toEqual(expected);
    expect(parse('q=환불%20계좌&category=refund&sort=latest&page=3')).toEqual(expected);
  });

  it('keeps the query as typed (no trimming or normalising)', () => {
    expect(parse('q=%20API%20키%20').q).toBe(' API 키 ');
    expect(parse('q=<script>alert(1)</script>').q).toBe('<script>alert(1)</script>');
  });

  it('caps a very long query at the search box limit of 200 characters', () => {
    const q = '가'.repeat(600);
    expect(parse(`q=${encodeURIComponent(q)}`).q).toBe('가'.repeat(200));
  });

  it('turns an unknown category into 전체 (empty)', () => {
    expect(parse('category=nope').category).toBe('');
    expect(parse('category=').category).toBe('');
    expect(parse('category=REFUND').category).toBe('');
    expect(parse('category=billing').category).toBe('billing');
  });

  it('asks isCategory only about a non-empty category', () => {
    const asked: string[] = [];
    parseSearchState('category=', (id) => (asked.push(id), true));
    parseSearchState('q=a', (id) => (asked.push(id), true));
    expect(asked).toEqual([]);
  });

  it('accepts only the known sorts', () => {
    for (const sort of SORTS) expect(parse(`sort=${sort}`).sort).toBe(sort);
    expect(SORTS).toEqual(['relevance', 'latest', 'title']);
    for (const sort of ['', 'LATEST', 'newest', 'title ', 'constructor', '__proto__']) {
      expect(parse(`sort=${encodeURIComponent(sort)}`).sort, sort).toBe('relevance');
    }
  });

  it('accepts positive whole pages up to 100000', () => {
    expect(parse('page=1').page).toBe(1);
    expect(parse('page=2').page).toBe(2);
    expect(parse('page=007').page).toBe(7);
    expect(parse('page=100000').page).toBe(100000);
  });

  it('falls back to page 1 for anything else', () => {
    for (const page of ['-1', '0', '000', '99999999', '100001', '999999', 'abc', '<script>', '%3Cscript%3E', '1.5', '1e3', '+2', ' 2', '2 ', '0x10', '']) {
      expect(parse(`page=${page}`).page, page).toBe(1);
    }
  });

  it('does not throw on malformed percent sequences', () => {
    for (const search of ['q=%E0%A4%A', '%', 'q=%', 'q=%%', 'q=%zz', 'category=%E0', 'sort=%', 'page=%31%']) {
      expect(() => parse(search), search).not.toThrow();
    }
    expect(parse('q=%').q).toBe('%');
    expect(parse('q=%zz').q).toBe('%zz');
    expect(parse('%')).toEqual(DEFAULT_STATE);
    expect(parse('page=%31%').page).toBe(1);
    expect(parse('q=%E0%A4%A&page=2')).toMatchObject({ q: expect.stringMatching(/%A$/), page: 2 });
  });

  it('uses the first value when a key repeats', () => {
    expect(parse('q=환불&q=결제&page=2&page=3')).toMatchObject({ q: '환불', page: 2 });
  });
});

describe('searchStateToQuery', () => {
  it('is empty for the default state', () => {
    expect(searchStateToQuery(DEFAULT_STATE)).toBe('');
  });

  it('omits every default', () => {
    expect(searchStateToQuery({ ...DEFAULT_STATE, q: '환불' })).toBe('?q=%ED%99%98%EB%B6%88');
    expect(searchStateToQuery({ ...DEFAULT_STATE, category: 'refund' })).toBe('?category=refund');
    expect(searchStateToQuery({ ...DEFAULT_STATE, sort: 'title' })).toBe('?sort=title');
    expect(searchStateToQuery({ ...DEFAULT_STATE, page: 2 })).toBe('?page=2');
  });

  it('writes the fields in a fixed order', () => {
    expect(searchStateToQuery({ page: 4, sort: 'latest', category: 'billing', q: 'a b' })).toBe('?q=a+b&category=billing&sort=latest&page=4');
  });

  it('round-trips through parseSearchState', () => {
    const states: SearchState[] = [
      DEFAULT_STATE,
      { q: '환불 계좌', category: 'refund', sort: 'latest', page: 3 },
      { q: 'a&b=c#d?e+f%g', category: '', sort: 'title', page: 1 },
      { q: '  ㅎㅂ  ', category: 'tax-invoice', sort: 'relevance', page: 100000 },
      { q: '', category: 'admin', sort: 'relevance', page: 2 },
    ];
    for (const state of states) expect(parse(searchStateToQuery(state)), JSON.stringify(state)).toEqual(state);
  });
});
