/**
 * doum.json, written beside Pagefind's files: what the browser side of the Korean layer needs that
 * Pagefind does not keep — the category tree (names and parents, for breadcrumbs and the filter
 * tree), the synonym rules (to turn a visitor's words into group words and mark them) and each
 * page's subcategory (for counts and 최신순). Written at build time; the search page reads it as
 * JSON, so none of this module is part of the page's code.
 */
import type { CategoryTree } from '../category-tree.ts';
import { encodePageTable, subcategoriesOf } from './page-directory.ts';
import { synonymGroupsOf, type SynonymGroups, type SynonymRule } from './synonyms.ts';

export interface SearchMeta {
  /** [id, name, parent index or -1], services first in tree order, each node after its parent. */
  nodes: [string, string, number][];
  synonyms: SynonymGroups;
  /**
   * Each Pagefind page's subcategory (its place among the subcategories of `nodes`), in page order:
   * counts and 최신순 (page-directory.ts).
   */
  pages: string;
}

/** `subcategoryOfPage`: the subcategory of each page of the Pagefind index, in its page order. */
export function searchMeta(tree: CategoryTree, synonyms: readonly SynonymRule[], subcategoryOfPage: readonly string[]): SearchMeta {
  const order = [...tree.byId.values()];
  const index = new Map(order.map((node, i) => [node.id, i]));
  const nodes = order.map((node): [string, string, number] => [node.id, node.name, node.parent ? index.get(node.parent.id)! : -1]);
  return {
    nodes,
    synonyms: synonymGroupsOf(synonyms),
    pages: encodePageTable(
      subcategoryOfPage,
      subcategoriesOf(
        nodes.map(([, , parent]) => parent),
        nodes.map(([id]) => id),
      ),
    ),
  };
}

