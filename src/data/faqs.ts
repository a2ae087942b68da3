/**
 * The only module that calls getCollection(). Pages ask it for FAQs already filtered (drafts only
 * in dev), sorted explicitly and joined to their place in the category tree.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { countByNode, subcategoryIdsUnder, type CategoryNode } from '../lib/category-tree.ts';
import { neighbours, relatedTo } from '../lib/related.ts';
import { compareByLatest, compareByTitle, compareByWriterOrder, sortedBy, type Sortable } from '../lib/sorting.ts';
import { getCategoryTree } from './category-tree.ts';

export interface Faq extends Sortable {
  id: string;
  title: string;
  updated: Date;
  tags: string[];
  featured: boolean;
  order?: number;
  draft: boolean;
  /** The writer's summary, or the start of the answer. */
  summary: string;
  /** The subcategory; `category.trail` is service › category › subcategory. */
  category: CategoryNode;
  categoryId: string;
  entry: CollectionEntry<'faq'>;
}

let cached: Promise<Faq[]> | undefined;

/** Every FAQ that belongs in this build, 최신순. Drafts only under `astro dev`. */
export function getFaqs(): Promise<Faq[]> {
  // A build reads the collection once; `astro dev` reads it per page, so an edited FAQ shows.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<Faq[]> {
  const tree = getCategoryTree();
  const entries = await getCollection('faq', (entry) => import.meta.env.DEV || !entry.data.draft);
  const faqs = entries.map((entry): Faq => {
    const { data } = entry;
    // The schema already guarantees the id exists; the lookup cannot miss.
    const category = tree.byId.get(data.category)!;
    return {
      id: entry.id,
      title: data.title,
      updated: data.updated,
      tags: data.tags,
      featured: data.featured,
      ...(data.order === undefined ? {} : { order: data.order }),
      draft: data.draft,
      // faqGlob() stores the start of the answer when the writer gave no summary.
      summary: data.summary ?? '',
      category,
      categoryId: category.id,
      entry,
    };
  });
  return sortedBy(faqs, compareByLatest);
}

/** FAQs at or below a tree node, in the requested order. */
export async function faqsUnder(node: CategoryNode, sort: 'latest' | 'title' | 'writer' = 'latest'): Promise<Faq[]> {
  const ids = new Set(subcategoryIdsUnder(node));
  const list = (await getFaqs()).filter((faq) => ids.has(faq.categoryId));
  return sort === 'latest' ? list : sortedBy(list, sort === 'title' ? compareByTitle : compareByWriterOrder);
}

/** Number of FAQs per tree node (all levels). */
export async function faqCounts(): Promise<Map<string, number>> {
  return countByNode(getCategoryTree(), (await getFaqs()).map((faq) => faq.categoryId));
}

export async function featuredFaqs(limit = 8): Promise<Faq[]> {
  return (await getFaqs()).filter((faq) => faq.featured).slice(0, limit);
}

export async function recentFaqs(limit = 6): Promise<Faq[]> {
  return (await getFaqs()).slice(0, limit);
}

/** Lookups every FAQ page needs, built once: a site of thousands of FAQs must not rescan them per page. */
interface FaqLookups {
  /** Subcategory id → its FAQs in the writers' order. */
  bySubcategory: Map<string, Faq[]>;
  /** Tag → FAQs carrying it, 최신순. */
  byTag: Map<string, Faq[]>;
  titles: Map<string, string>;
}

let lookups: Promise<FaqLookups> | undefined;

function getLookups(): Promise<FaqLookups> {
  if (import.meta.env.DEV) lookups = undefined;
  lookups ??= getFaqs().then((all) => {
    const bySubcategory = groupBy(all, (faq) => [faq.categoryId]);
    for (const [id, list] of bySubcategory) bySubcategory.set(id, sortedBy(list, compareByWriterOrder));
    return { bySubcategory, byTag: groupBy(all, (faq) => faq.tags), titles: new Map(all.map((f) => [f.id, f.title])) };
  });
  return lookups;
}

function groupBy(faqs: readonly Faq[], keysOf: (faq: Faq) => readonly string[]): Map<string, Faq[]> {
  const groups = new Map<string, Faq[]>();
  for (const faq of faqs) {
    for (const key of keysOf(faq)) {
      const group = groups.get(key);
      if (group) group.push(faq);
      else groups.set(key, [faq]);
    }
  }
  return groups;
}

/** Related FAQs (shared tags, same subcategory) and previous/next in the writers' order. */
export async function surroundings(faq: Faq): Promise<{ related: Faq[]; previous?: Faq; next?: Faq }> {
  const { bySubcategory, byTag } = await getLookups();
  const sameSub = bySubcategory.get(faq.categoryId) ?? [];
  // Only FAQs sharing the subcategory or a tag can be related; relatedTo breaks ties by
  // candidate order, so they go in 최신순 as the whole list would.
  const candidates = sortedBy([...new Set([...sameSub, ...faq.tags.flatMap((tag) => byTag.get(tag) ?? [])])], compareByLatest);
  return { related: relatedTo(faq, candidates), ...neighbours(sameSub, faq.id) };
}

/** id → title of every FAQ in this build (<FaqLink> shows the title and refuses ids not in it). */
export async function faqTitles(): Promise<ReadonlyMap<string, string>> {
  return (await getLookups()).titles;
}
