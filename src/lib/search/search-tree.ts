/**
 * The category tree as the search page sees it (from doum.json): names for breadcrumbs, the
 * subcategories under any node (Pagefind filters by subcategory), and counts summed up the tree.
 */
export class SearchTree {
  readonly nodes: readonly [string, string, number][];
  private readonly index: Map<string, number>;

  constructor(nodes: readonly [string, string, number][]) {
    this.nodes = nodes;
    this.index = new Map(nodes.map((n, i) => [n[0], i]));
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  name(id: string): string {
    return this.nodes[this.index.get(id) ?? -1]?.[1] ?? '';
  }

  /** Names from the service down to `id`. */
  trail(id: string): string[] {
    const names: string[] = [];
    for (let i = this.index.get(id) ?? -1; i >= 0; i = this.nodes[i]![2]) names.unshift(this.nodes[i]![1]);
    return names;
  }

  /** The breadcrumb a result shows: [서비스][카테고리][하위 카테고리]. */
  trailLabel(id: string): string {
    return this.trail(id).map((name) => `[${name}]`).join('');
  }

  /** Children of a node; services for ''. */
  children(id: string): string[] {
    const parent = id ? (this.index.get(id) ?? -2) : -1;
    return this.nodes.filter((n) => n[2] === parent).map((n) => n[0]);
  }

  /** The subcategories at or below `id`. */
  subcategories(id: string): string[] {
    const kids = this.children(id);
    return kids.length ? kids.flatMap((k) => this.subcategories(k)) : [id];
  }

  /** Per-node counts (every level) from per-subcategory counts. */
  countAll(perSubcategory: Record<string, number>): Map<string, number> {
    const out = new Map<string, number>();
    for (let i = this.nodes.length - 1; i >= 0; i--) {
      const [id, , parent] = this.nodes[i]!;
      const n = (out.get(id) ?? 0) + (perSubcategory[id] ?? 0);
      out.set(id, n);
      if (parent >= 0) out.set(this.nodes[parent]![0], (out.get(this.nodes[parent]![0]) ?? 0) + n);
    }
    return out;
  }
}
