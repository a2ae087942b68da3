import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '../../src/lib/search/pagefind-api.ts';
import { partialAnswer, type PartialWord } from '../../src/lib/search/partial-answer.ts';

/** A result as Pagefind gives it; a partial answer ranks by ids and scores and never reads the page. */
const page = (id: string, score: number): PagefindResult => ({ id, score, words: [], data: () => Promise.reject(new Error('not read')) });
const word = (label: string, results: PagefindResult[] | undefined, optional = false): PartialWord => ({ label, highlight: [label], optional, results });

describe('a partial answer (no page has every word)', () => {
  it('shows the pages with the most words, by score, and names the words the best one lacks', () => {
    const answer = partialAnswer([
      word('포인트', [page('a', 3), page('b', 9), page('c', 1)]),
      word('배송비', [page('a', 2), page('b', 1)]),
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

  it('gives none when fewer than two words of a longer question meet on one page', () => {
    expect(partialAnswer([word('환불', [page('a', 1)]), word('계좌', [page('b', 1)]), word('주차', [page('c', 1)])]).best).toBeUndefined();
  });
});
