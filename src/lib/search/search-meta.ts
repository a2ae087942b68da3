/**
 * doum.json, written beside Pagefind's files: what the browser side of the Korean layer needs that
 * Pagefind does not keep — the category tree (names and parents, for breadcrumbs and the filter
 * tree) and the synonym rules (to turn a visitor's words into group words and mark them).
 */
import type { CategoryTree } from '../category-tree.ts';
import type { SynonymRule } from './synonyms.ts';

export interface SearchMeta {
  /** [id, name, parent index or -1], services first in tree order, each node after its parent. */
  nodes: [string, string, number][];
  /** [from phrases, to phrases or 0 for a `same` rule]; the array index is the group number. */
  synonyms: [string[], string[] | 0][];
  /** FAQs per subcategory: the counts when browsing without a query. */
  totals: Record<string, number>;
}

export function searchMeta(tree: CategoryTree, synonyms: readonly SynonymRule[], subcategoryOfEach: readonly string[]): SearchMeta {
  const totals: Record<string, number> = {};
  for (const id of subcategoryOfEach) totals[id] = (totals[id] ?? 0) + 1;
  const order = [...tree.byId.values()];
  const index = new Map(order.map((node, i) => [node.id, i]));
  return {
    nodes: order.map((node) => [node.id, node.name, node.parent ? index.get(node.parent.id)! : -1]),
    synonyms: synonyms.map((rule) => [rule.from, rule.twoWay ? 0 : rule.to]),
    totals,
  };
}

/** Back from the JSON shape to rules. */
export function synonymRulesOf(meta: SearchMeta): SynonymRule[] {
  return meta.synonyms.map(([from, to]) => (to === 0 ? { from, to: from, twoWay: true } : { from, to, twoWay: false }));
}
