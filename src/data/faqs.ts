/**
 * The only module that calls getCollection(). Pages ask it for FAQs already filtered (drafts only
 * in dev), sorted explicitly and joined to their place in the category tree.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import fs from 'node:fs';
import path from 'node:path';
import { mdxComponents } from '../components/mdx/index.ts';
import { renderMdx } from '../lib/mdx/render-mdx.ts';
import { countByNode, subcategoryIdsUnder, type CategoryNode } from '../lib/category-tree.ts';
import { plainTextOf, truncate } from '../lib/format.ts';
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
      summary: data.summary ?? truncate(plainTextOf(entry.body ?? ''), 110),
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

export async function getFaq(id: string): Promise<Faq | undefined> {
  return (await getFaqs()).find((faq) => faq.id === id);
}

export async function featuredFaqs(limit = 8): Promise<Faq[]> {
  return (await getFaqs()).filter((faq) => faq.featured).slice(0, limit);
}

export async function recentFaqs(limit = 6): Promise<Faq[]> {
  return (await getFaqs()).slice(0, limit);
}

/** Related FAQs (shared tags, same subcategory) and previous/next in the writers' order. */
export async function surroundings(faq: Faq): Promise<{ related: Faq[]; previous?: Faq; next?: Faq }> {
  const all = await getFaqs();
  const sameSub = sortedBy(
    all.filter((f) => f.categoryId === faq.categoryId),
    compareByWriterOrder,
  );
  return { related: relatedTo(faq, all), ...neighbours(sameSub, faq.id) };
}

/** The answer as HTML, rendered from the FAQ's file (links and images under `base`). */
export async function renderFaqBody(faq: Faq, base: string): Promise<string> {
  const titles = new Map((await getFaqs()).map((f) => [f.id, f.title]));
  const file = faq.entry.filePath ?? '';
  return renderMdx(fs.readFileSync(path.resolve(file), 'utf8'), mdxComponents, {
    file,
    base,
    faqTitle: (id) => titles.get(id),
    faqIds: () => [...titles.keys()],
  });
}
