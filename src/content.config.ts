import { defineCollection } from 'astro:content';
import path from 'node:path';
import { getCategoryTree } from './data/category-tree.ts';
import { contentDir, displayPath } from './data/content-dir.ts';
import { faqGlob } from './data/faq-glob.ts';
import { faqIdFor } from './data/faq-id.ts';
import { faqSchema } from './schemas/faq.ts';

const faqDir = path.join(contentDir(), 'faq');

/** One FAQ per file: `.mdx` written by hand (with the writer components), `.md` imported. glob() underneath. */
const faq = defineCollection({
  loader: faqGlob({
    base: faqDir,
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry, data }) => faqIdFor(entry, faqDir, data),
  }),
  schema: faqSchema(
    getCategoryTree().subcategories.map((node) => node.id),
    displayPath(path.join(contentDir(), 'categories.yaml')),
  ),
});

export const collections = { faq };
