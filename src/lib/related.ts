/** Related FAQs and previous/next navigation within a subcategory. */

export interface Relatable {
  id: string;
  categoryId: string;
  tags: readonly string[];
}

/**
 * FAQs sharing the subcategory or tags with `target`, best first: each shared tag counts 2,
 * the same subcategory 1. Ties keep the order of `candidates` (pass them 최신순).
 */
export function relatedTo<T extends Relatable>(target: Relatable, candidates: readonly T[], limit = 5): T[] {
  const tags = new Set(target.tags);
  return candidates
    .filter((c) => c.id !== target.id)
    .map((c, index) => ({ c, index, score: c.tags.filter((t) => tags.has(t)).length * 2 + (c.categoryId === target.categoryId ? 1 : 0) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.c);
}

/** The items before and after `id` in an already ordered list. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { previous?: T; next?: T } {
  const i = ordered.findIndex((x) => x.id === id);
  if (i < 0) return {};
  return { ...(i > 0 ? { previous: ordered[i - 1] } : {}), ...(i < ordered.length - 1 ? { next: ordered[i + 1] } : {}) };
}
