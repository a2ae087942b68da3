import { defineCollection } from 'astro:content';
import path from 'node:path';
import { getCategoryTree } from './data/category-tree.ts';
import { contentDir, displayPath } from './data/content-dir.ts';
import { faqLoader } from './data/faq-loader.ts';
import { faqSchema } from './schemas/faq.ts';

const faq = defineCollection({
  loader: faqLoader(),
  schema: faqSchema(
    getCategoryTree().subcategories.map((node) => node.id),
    displayPath(path.join(contentDir(), 'categories.yaml')),
  ),
});

export const collections = { faq };
