/**
 * The category tree as the site uses it: three levels, ordered, with lookups by id.
 * Pure: built from already-validated YAML data, so tests can build trees without files.
 */

export type NodeLevel = 1 | 2 | 3;

export interface CategoryNode {
  id: string;
  name: string;
  description?: string;
  level: NodeLevel;
  /** Ancestors from the service down to this node (inclusive). */
  trail: CategoryNode[];
  parent?: CategoryNode;
  children: CategoryNode[];
}

export interface CategoryTree {
  services: CategoryNode[];
  byId: Map<string, CategoryNode>;
  /** Subcategories in tree order: the only nodes an FAQ may name. */
  subcategories: CategoryNode[];
}

interface RawNode {
  id: string;
  name: string;
  order?: number;
  description?: string;
  categories?: RawNode[];
  subcategories?: RawNode[];
}

export class CategoryTreeError extends Error {
  override name = 'CategoryTreeError';
}

/** Orders siblings by `order`, falling back to their position in the file. */
function ordered(nodes: RawNode[]): RawNode[] {
  return nodes
    .map((node, index) => ({ node, key: node.order ?? index }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.node);
}

/** Builds the tree; throws CategoryTreeError naming the field path when an id repeats. */
export function buildCategoryTree(raw: RawNode[], file = 'content/categories.yaml'): CategoryTree {
  const byId = new Map<string, CategoryNode>();
  const where = new Map<string, string>();
  const subcategories: CategoryNode[] = [];

  const visit = (rawNode: RawNode, level: NodeLevel, parent: CategoryNode | undefined, fieldPath: string): CategoryNode => {
    const seen = where.get(rawNode.id);
    if (seen) {
      throw new CategoryTreeError(
        `${file}: ${fieldPath}.id: id "${rawNode.id}"이(가) 두 번 쓰였습니다(처음: ${seen}.id). 트리의 모든 id는 서로 달라야 합니다.`,
      );
    }
    where.set(rawNode.id, fieldPath);
    const node: CategoryNode = {
      id: rawNode.id,
      name: rawNode.name,
      ...(rawNode.description ? { description: rawNode.description } : {}),
      level,
      trail: [],
      ...(parent ? { parent } : {}),
      children: [],
    };
    node.trail = [...(parent?.trail ?? []), node];
    byId.set(node.id, node);
    const kids = level === 1 ? rawNode.categories : level === 2 ? rawNode.subcategories : undefined;
    const key = level === 1 ? 'categories' : 'subcategories';
    if (kids) {
      const positions = new Map(kids.map((kid, i) => [kid, i]));
      node.children = ordered(kids).map((kid) => visit(kid, (level + 1) as NodeLevel, node, `${fieldPath}.${key}[${positions.get(kid)}]`));
    }
    if (level === 3) subcategories.push(node);
    return node;
  };

  const positions = new Map(raw.map((s, i) => [s, i]));
  const services = ordered(raw).map((service) => visit(service, 1, undefined, `[${positions.get(service)}]`));
  return { services, byId, subcategories };
}

/** All subcategory ids at or below `node` (a subcategory yields itself). */
export function subcategoryIdsUnder(node: CategoryNode): string[] {
  return node.level === 3 ? [node.id] : node.children.flatMap(subcategoryIdsUnder);
}

/** Counts items per node, every level included, from the subcategory each item names. */
export function countByNode(tree: CategoryTree, subcategoryOfItem: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>([...tree.byId.keys()].map((id) => [id, 0]));
  for (const subId of subcategoryOfItem) {
    const node = tree.byId.get(subId);
    if (!node) continue;
    for (const ancestor of node.trail) counts.set(ancestor.id, (counts.get(ancestor.id) ?? 0) + 1);
  }
  return counts;
}
