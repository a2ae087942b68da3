import { describe, expect, it } from 'vitest';
import { clampPage, LIST_PAGE_SIZE, pageCount, pageLinks, pageOf, SEARCH_PAGE_SIZE } from '../../src/lib/pagination.ts';

describe('pageCount', () => {
  it('rounds up and never goes below one page', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(1, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(200, 10)).toBe(20);
    expect(pageCount(201, 10)).toBe(21);
  });

  it('uses the documented page sizes', () => {
    expect(LIST_PAGE_SIZE).toBe(20);
    expect(SEARCH_PAGE_SIZE).toBe(10);
  });
});

describe('clampPage', () => {
  it('keeps a page inside 1..pages', () => {
    expect(clampPage(1, 5)).toBe(1);
    expect(clampPage(3, 5)).toBe(3);
    expect(clampPage(5, 5)).toBe(5);
    expect(clampPage(6, 5)).toBe(5);
    expect(clampPage(99999999, 5)).toBe(5);
  });

  it('reads numeric strings from a URL', () => {
    expect(clampPage('2', 5)).toBe(2);
    expect(clampPage('9', 5)).toBe(5);
  });

  it('turns anything that is not a positive whole number into 1', () => {
    for (const raw of [0, -1, -99, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '0', '-1', 'abc', '', '<script>', undefined, null, {}, []]) {
      expect(clampPage(raw, 5), String(raw)).toBe(1);
    }
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it('returns the items of a page with its position', () => {
    expect(pageOf(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, pageCount: 3, total: 45 });
    expect(pageOf(items, 2, 20).items).toEqual(items.slice(20, 40));
    expect(pageOf(items, 3, 20).items).toEqual([41, 42, 43, 44, 45]);
  });

  it('clamps a page past the end to the last page and a bad page to the first', () => {
    expect(pageOf(items, 9, 20)).toMatchObject({ page: 3, items: [41, 42, 43, 44, 45] });
    expect(pageOf(items, 0, 20)).toMatchObject({ page: 1 });
    expect(pageOf(items, -3, 20).items[0]).toBe(1);
  });

  it('gives one empty page for an empty list', () => {
    expect(pageOf([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(pageOf([], 4, 20)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });

  it('does not change the list', () => {
    const copy = [...items];
    pageOf(items, 2, 20);
    expect(items).toEqual(copy);
  });
});

describe('pageLinks', () => {
  it('shows every page when there are few', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 2)).toEqual([1, 2]);
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageLinks(1, 7)).toEqual([1, 2, 3, null, 7]);
  });

  it('puts an ellipsis after the window near the start', () => {
    expect(pageLinks(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageLinks(3, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
  });

  it('puts ellipses on both sides in the middle', () => {
    expect(pageLinks(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });

  it('puts an ellipsis before the window near the end', () => {
    expect(pageLinks(20, 20)).toEqual([1, null, 18, 19, 20]);
    expect(pageLinks(18, 20)).toEqual([1, null, 16, 17, 18, 19, 20]);
  });

  it('shows the single skipped page as a number instead of an ellipsis', () => {
    expect(pageLinks(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
    expect(pageLinks(16, 20)).toEqual([1, null, 14, 15, 16, 17, 18, 19, 20]);
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
  });

  it('honours the radius', () => {
    expect(pageLinks(10, 20, 0)).toEqual([1, null, 10, null, 20]);
    expect(pageLinks(10, 20, 1)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(pageLinks(10, 20, 3)).toEqual([1, null, 7, 8, 9, 10, 11, 12, 13, null, 20]);
  });

  it('copes with a current page outside 1..pages', () => {
    expect(pageLinks(50, 10)).toEqual([1, null, 10]);
    expect(pageLinks(0, 10)).toEqual([1, 2, null, 10]);
  });

  it('never exceeds 2 * radius + 5 entries, counts up, and always shows first, last and current', () => {
    for (let radius = 0; radius <= 3; radius++) {
      for (let pages = 1; pages <= 40; pages++) {
        for (let current = 1; current <= pages; current++) {
          const links = pageLinks(current, pages, radius);
          const where = `current=${current} pages=${pages} radius=${radius}`;
          expect(links.length, where).toBeLessThanOrEqual(2 * radius + 5);
          const numbers = links.filter((p): p is number => p !== null);
          expect(numbers[0], where).toBe(1);
          expect(numbers.at(-1), where).toBe(pages);
          expect(numbers, where).toContain(current);
          for (let i = 1; i < links.length; i++) {
            const before = links[i - 1] as number | null;
            const here = links[i] as number | null;
            if (here === null) {
              expect(before, where).not.toBeNull();
              expect((links[i + 1] as number) - (before as number), where).toBeGreaterThan(2);
            } else if (before !== null) {
              expect(here - before, where).toBe(1);
            }
          }
          expect(links.at(-1), where).not.toBeNull();
        }
      }
    }
  });
});
