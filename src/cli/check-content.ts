/**
 * npm run check — content lint for writers: frontmatter, categories, duplicate ids and titles,
 * components and props (through the build's MDX processor), links between FAQs, image alt text,
 * empty answers, question-style titles, and `.md` files using what only works in `.mdx`.
 * Errors fail (exit 1); warnings only print. Runs in CI before the tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCategoryTree } from '../data/category-tree.ts';
import { contentDir, displayPath } from '../data/content-dir.ts';
import { faqFiles, faqIdOfSource } from '../data/faq-files.ts';
import { loadSynonyms } from '../data/synonyms.ts';
import { checkFaqs, type FaqSource } from '../lib/content-check.ts';
import { faqMdxPolicy } from '../lib/mdx/policy.ts';

const started = performance.now();
let failed = false;
const fail = (message: string) => {
  console.error(message);
  failed = true;
};

let tree;
try {
  tree = getCategoryTree();
  loadSynonyms();
} catch (e) {
  fail((e as Error).message);
}

if (tree) {
  const base = path.join(contentDir(), 'faq');
  const faqs: FaqSource[] = faqFiles(base).map((file) => {
    const source = fs.readFileSync(file, 'utf8');
    return { file: displayPath(file), source, id: faqIdOfSource(file, source) };
  });
  const problems = await checkFaqs(faqs, tree, displayPath(path.join(contentDir(), 'categories.yaml')), faqMdxPolicy);
  for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(`${p.file}:${p.line}: ${p.severity === 'error' ? '오류' : '경고'}: ${p.message}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors) failed = true;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`도움말 ${faqs.length}개 검사: 오류 ${errors}개, 경고 ${warnings}개 (${seconds}초)`);
}
process.exit(failed ? 1 : 0);
