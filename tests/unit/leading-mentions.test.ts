import { describe, expect, it } from 'vitest';
import { leadingMentions } from '../../src/lib/search/leading-mentions.ts';
import type { PagefindResult } from '../../src/lib/search/pagefind-api.ts';

const page = (id: string, score: number) => ({ id, score, words: [], data: async () => ({}) }) as unknown as PagefindResult;

describe('pages Pagefind ranks far above the few pages about every word', () => {
  const about = [page('markdoc', 9)];

  it('are those scoring at least 1.2 times the best page about the words, best first, two at most', () => {
    const anywhere = [page('components', 30), page('styling', 20), page('layouts', 12), page('markdoc', 10), page('routing', 11.9)];
    expect(leadingMentions(about, anywhere).map((r) => r.id)).toEqual(['components', 'styling']);
  });

  it('are measured against the page about the words as Pagefind scores it among all pages, not as a topic', () => {
    // markdoc scores 20 among all pages: 23 is not 1.2 times that.
    expect(leadingMentions(about, [page('components', 23), page('markdoc', 20)])).toEqual([]);
    expect(leadingMentions(about, [page('components', 24), page('markdoc', 20)]).map((r) => r.id)).toEqual(['components']);
  });

  it('are none when Pagefind found nothing, or only the pages about the words', () => {
    expect(leadingMentions(about)).toEqual([]);
    expect(leadingMentions(about, [page('markdoc', 10)])).toEqual([]);
    // Nor when the pages about the words are not among them: nothing to measure against.
    expect(leadingMentions(about, [page('components', 30)])).toEqual([]);
  });
});
