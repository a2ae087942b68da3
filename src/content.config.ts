import { defineCollection } from 'astro:content';
import { getCategoryTree } from './data/category-tree.ts';
import { faqLoader } from './data/faq-loader.ts';
import { faqSchema } from './schemas/faq.ts';

const faq = defineCollection({
  loader: faqLoader(),
  schema: faqSchema(getCategoryTree().subcategories.map((node) => node.id)),
});

export const collections = { faq };
