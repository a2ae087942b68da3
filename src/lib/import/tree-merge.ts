/**
 * Adds the category paths of imported FAQs to a category tree (the YAML shape), matching
 * existing nodes by name under the same parent and giving new ones stable ASCII ids.
 */
import { romanize } from 'es-hangul';
import { NODE_ID_PATTERN, RESERVED_NODE_IDS, type RawService } from '../../schemas/category-tree.ts';

type RawCategory = RawService['categories'][number];

/** ASCII slug of a display name: 환불 계좌 → hwanbul-gyejwa, Visual Studio → visual-studio. */
export function slugForName(name: string): string {
  const slug = romanize(name.normalize('NFC'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'node';
}

export interface MergedTree {
  tree: RawService[];
  /** Subcategory id for a [service, category, subcategory] path. */
  subcategoryOf: (path: readonly string[]) => string;
  added: number;
}

export function mergePaths(existing: RawService[], paths: readonly (readonly string[])[]): MergedTree {
  const tree: RawService[] = structuredClone(existing);
  const used = new Set<string>(RESERVED_NODE_IDS);
  for (const s of tree) {
    used.add(s.id);
    for (const c of s.categories) {
      used.add(c.id);
      for (const sub of c.subcategories) used.add(sub.id);
    }
  }
  // Unique id: the name's slug, else parent-slug, else numbered. Same input → same ids.
  const idFor = (name: string, parentId?: string) => {
    const base = slugForName(name);
    const candidates = [base, ...(parentId ? [`${parentId}-${base}`] : [])];
    let id = candidates.find((c) => NODE_ID_PATTERN.test(c) && !used.has(c));
    for (let n = 2; !id; n++) if (!used.has(`${candidates.at(-1)}-${n}`)) id = `${candidates.at(-1)}-${n}`;
    used.add(id);
    return id;
  };
  const subIds = new Map<string, string>();
  let added = 0;
  for (const [serviceName, categoryName, subName] of paths) {
    const key = JSON.stringify([serviceName, categoryName, subName]);
    if (subIds.has(key)) continue;
    let service = tree.find((s) => s.name === serviceName);
    if (!service) {
      service = { id: idFor(serviceName!), name: serviceName!, categories: [] };
      tree.push(service);
      added++;
    }
    let category: RawCategory | undefined = service.categories.find((c) => c.name === categoryName);
    if (!category) {
      category = { id: idFor(categoryName!, service.id), name: categoryName!, subcategories: [] };
      service.categories.push(category);
      added++;
    }
    let sub = category.subcategories.find((s) => s.name === subName);
    if (!sub) {
      sub = { id: idFor(subName!, category.id), name: subName! };
      category.subcategories.push(sub);
      added++;
    }
    subIds.set(key, sub.id);
  }
  return { tree, subcategoryOf: (path) => subIds.get(JSON.stringify(path))!, added };
}
