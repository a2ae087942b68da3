import { describe, expect, it } from 'vitest';
import { neighbours, relatedTo, type Relatable } from '../../src/lib/related.ts';

const item = (id: string, categoryId: string, tags: string[] = []): Relatable => ({ id, categoryId, tags });
const ids = (items: { id: string }[]) => items.map((x) => x.id);

describe('relatedTo', () => {
  const target = item('refund-account', 'refund', ['환불', '계좌']);

  it('scores 2 per shared tag and 1 for the same subcategory, best first', () => {
    const candidates = [
      item('same-sub', 'refund'), // 1
      item('one-tag', 'wallet', ['환불']), // 2
      item('two-tags', 'wallet', ['계좌', '환불']), // 4
      item('tag-and-sub', 'refund', ['계좌']), // 3
      item('unrelated', 'wallet', ['충전']), // 0
    ];
    expect(ids(relatedTo(target, candidates))).toEqual(['two-tags', 'tag-and-sub', 'one-tag', 'same-sub']);
  });

  it('leaves out the target itself and anything with no score', () => {
    const candidates = [item('refund-account', 'refund', ['환불', '계좌']), item('unrelated', 'wallet', ['충전']), item('same-sub', 'refund')];
    expect(ids(relatedTo(target, candidates))).toEqual(['same-sub']);
  });

  it('keeps the candidates order between equal scores', () => {
    const candidates = [item('c', 'refund'), item('a', 'refund'), item('b', 'refund')];
    expect(ids(relatedTo(target, candidates))).toEqual(['c', 'a', 'b']);
  });

  it('returns at most `limit` items (5 by default)', () => {
    const candidates = Array.from({ length: 8 }, (_, i) => item(`s${i}`, 'refund'));
    expect(ids(relatedTo(target, candidates))).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(ids(relatedTo(target, candidates, 2))).toEqual(['s0', 's1']);
    expect(relatedTo(target, candidates, 0)).toEqual([]);
  });

  it('applies the limit after ranking', () => {
    const candidates = [item('low-1', 'refund'), item('low-2', 'refund'), item('high', 'other', ['환불'])];
    expect(ids(relatedTo(target, candidates, 1))).toEqual(['high']);
  });

  it('finds nothing for an untagged target in an empty subcategory', () => {
    expect(relatedTo(item('x', 'empty'), [item('a', 'refund', ['환불'])])).toEqual([]);
  });

  it('returns the candidate objects themselves and leaves the list alone', () => {
    const rich = [{ ...item('same-sub', 'refund'), title: '환불 기간' }];
    const copy = [...rich];
    const [first] = relatedTo(target, rich);
    expect(first).toBe(rich[0]);
    expect(rich).toEqual(copy);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('gives previous and next in the middle', () => {
    expect(neighbours(list, 'b')).toEqual({ previous: list[0], next: list[2] });
  });

  it('has no previous at the start and no next at the end', () => {
    const first = neighbours(list, 'a');
    expect(first).toEqual({ next: list[1] });
    expect('previous' in first).toBe(false);
    const last = neighbours(list, 'c');
    expect(last).toEqual({ previous: list[1] });
    expect('next' in last).toBe(false);
  });

  it('has neither for a single item or an unknown id', () => {
    expect(neighbours([{ id: 'a' }], 'a')).toEqual({});
    expect(neighbours(list, 'zzz')).toEqual({});
    expect(neighbours([], 'a')).toEqual({});
  });
});
