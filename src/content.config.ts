import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { getCategoryTree } from './data/category-tree.ts';
import { contentDir } from './data/content-dir.ts';
import { faqIdFor } from './data/faq-id.ts';
import { faqSchema } from './schemas/faq.ts';

const faqBase = path.join(contentDir(), 'faq');

const faq = defineCollection({
  loader: glob({
    base: faqBase,
    pattern: '**/*.mdx',
    generateId: ({ entry, base, data }) => faqIdFor(entry, fileURLToPath(base), data),
  }),
  schema: faqSchema(getCategoryTree().subcategories.map((node) => node.id)),
});

export const collections = { faq };
