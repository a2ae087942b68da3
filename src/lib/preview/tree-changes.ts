/**
 * Summaries of what a preview changes in content/categories.yaml and content/synonyms.yaml.
 * Pure and tolerant: both sides are parsed YAML that may predate today's schema, so nodes and rules
 * are read defensively instead of validated.
 */

/** A node of the category tree as the changes page describes it. */
export interface TreeNode {
  id: string;
  name: string;
  /** 1 service, 2 category, 3 subcategory. */
  level: number;
  parentId?: string;
  /** Names from the service down to this node. */
  trail: string[];
  order?: number;
  description?: string;
}

export type CategoryChange =
  | { kind: 'added'; node: TreeNode }
  | { kind: 'removed'; node: TreeNode }
  | { kind: 'renamed'; node: TreeNode; from: string }
  | { kind: 'moved'; node: TreeNode; from: string[] }
  | { kind: 'details'; node: TreeNode };

const CHILD_KEYS = ['categories', 'subcategories'] as const;

/** Every node of a parsed categories.yaml by id (nodes without a string id are skipped). */
export function flattenTree(raw: unknown): Map<string, TreeNode> {
  const nodes = new Map<string, TreeNode>();
  const visit = (list: unknown, level: number, parent: TreeNode | undefined) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (typeof item !== 'object' || item === null) continue;
      const fields = item as Record<string, unknown>;
      if (typeof fields.id !== 'string') continue;
      const name = typeof fields.name === 'string' ? fields.name.trim() : fields.id;
      const node: TreeNode = {
        id: fields.id,
        name,
        level,
        ...(parent ? { parentId: parent.id } : {}),
        trail: [...(parent?.trail ?? []), name],
        ...(typeof fields.order === 'number' ? { order: fields.order } : {}),
        ...(typeof fields.description === 'string' ? { description: fields.description.trim() } : {}),
      };
      nodes.set(node.id, node);
      const key = CHILD_KEYS[level - 1];
      if (key) visit(fields[key], level + 1, node);
    }
  };
  visit(raw, 1, undefined);
  return nodes;
}

/** The order a reviewer reads category changes in; within a kind, tree order. */
const KIND_ORDER: CategoryChange['kind'][] = ['added', 'renamed', 'moved', 'details', 'removed'];

/**
 * Node by node: added and removed ids, renamed nodes, nodes under another parent, and changed order
 * or description ("details"). One node may be both renamed and moved; it is listed once per kind.
 */
export function compareCategoryTrees(beforeRaw: unknown, afterRaw: unknown): CategoryChange[] {
  const before = flattenTree(beforeRaw);
  const after = flattenTree(afterRaw);
  const changes: CategoryChange[] = [];
  for (const node of after.values()) {
    const old = before.get(node.id);
    if (!old) {
      changes.push({ kind: 'added', node });
      continue;
    }
    if (old.name !== node.name) changes.push({ kind: 'renamed', node, from: old.name });
    if (old.parentId !== node.parentId) changes.push({ kind: 'moved', node, from: old.trail.slice(0, -1) });
    if (old.order !== node.order || old.description !== node.description) changes.push({ kind: 'details', node });
  }
  for (const node of before.values()) if (!after.has(node.id)) changes.push({ kind: 'removed', node });
  return changes.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** One synonym rule as a reviewer reads it: "탈퇴 = 해지", or "돈 돌려받기, 환급 → 환불". */
export function describeSynonymRule(rule: unknown): string | undefined {
  if (typeof rule !== 'object' || rule === null) return undefined;
  const words = (value: unknown) => (Array.isArray(value) ? value.map((w) => String(w).trim()).filter(Boolean) : []);
  const fields = rule as Record<string, unknown>;
  const same = words(fields.same);
  if (same.length > 0) return same.join(' = ');
  const from = words(fields.from);
  const to = words(fields.to);
  return from.length > 0 && to.length > 0 ? `${from.join(', ')} → ${to.join(', ')}` : undefined;
}

/** Rules the preview adds and removes; an edited rule shows as one removed and one added. */
export function compareSynonyms(beforeRaw: unknown, afterRaw: unknown): { added: string[]; removed: string[] } {
  const rules = (raw: unknown) => (Array.isArray(raw) ? raw.map(describeSynonymRule).filter((r): r is string => r !== undefined) : []);
  const before = rules(beforeRaw);
  const after = rules(afterRaw);
  return { added: without(after, before), removed: without(before, after) };
}

/** `items` minus one occurrence of each of `taken`. */
function without(items: string[], taken: string[]): string[] {
  const left = [...taken];
  return items.filter((item) => {
    const i = left.indexOf(item);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}
