import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Byte budgets of the production build (deterministic, so they are tests; speed is measured by
 * `npm run bench`). JavaScript and CSS each page type loads before the search box is touched.
 */
const dist = path.resolve('dist-e2e');
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length;

/** Modules and their static imports, which load with them (dynamic import() chunks do not). */
function withStaticImports(files: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w{},*\s]+from\s*)?["']\.\/([^"']+)["']/g)) visit(`_astro/${m[1]}`);
  };
  files.forEach(visit);
  return seen;
}

function assets(page: string): { js: number; css: number } {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const scripts = [...html.matchAll(/<script type="module" src="\/([^"]+)"/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
  return { js: [...withStaticImports(scripts)].reduce((s, f) => s + gz(f), 0), css: styles.reduce((s, f) => s + gz(f), 0) };
}

const BUDGETS: Record<string, { page: string; js: number; css: number }> = {
  home: { page: 'index.html', js: 3_000, css: 10_000 },
  category: { page: 'admin/billing/index.html', js: 3_000, css: 10_000 },
  article: { page: 'faq/refund-account/index.html', js: 15_000, css: 10_000 },
  search: { page: 'search/index.html', js: 25_000, css: 10_000 },
};

for (const [type, budget] of Object.entries(BUDGETS)) {
  test(`${type} page: JavaScript ≤ ${budget.js / 1000} KB and CSS ≤ ${budget.css / 1000} KB gzip before search is used`, () => {
    const { js, css } = assets(budget.page);
    expect(js).toBeLessThanOrEqual(budget.js);
    expect(css).toBeLessThanOrEqual(budget.css);
    expect(css).toBeGreaterThan(1000); // the stylesheet is there at all
  });
}

test('the query-processing JavaScript (engine and text normalisation) stays under 15 KB gzip', () => {
  const runtime = fs.readdirSync(path.join(dist, '_astro')).filter((f) => /^search-runtime\..*\.js$/.test(f));
  expect(runtime).toHaveLength(1);
  // The runtime and every chunk it imports statically (normalisation, es-hangul, wherever the
  // bundler puts them), but not Vite's module-preload helper.
  const chunks = [...withStaticImports([`_astro/${runtime[0]}`])].filter((f) => !/preload-helper/.test(f));
  expect(chunks.some((f) => /normalize\./.test(f))).toBe(true);
  expect(chunks.reduce((s, f) => s + gz(f), 0)).toBeLessThanOrEqual(15_000);
});

test('the page directory (where results are: counts, 최신순) loads as its own chunk under 2 KB gzip', () => {
  // It stands in for Pagefind's node filter file, 13 KB on 5,765 pages (page-directory.ts).
  const chunks = fs.readdirSync(path.join(dist, '_astro')).filter((f) => /^page-directory\..*\.js$/.test(f));
  expect(chunks).toHaveLength(1);
  expect(gz(`_astro/${chunks[0]}`)).toBeLessThanOrEqual(2_000);
});

test('no HTML page of the sample site is heavier than 60 KB', () => {
  const pages = (fs.readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  const heaviest = Math.max(...pages.map((p) => fs.statSync(path.join(dist, p)).size));
  expect(heaviest).toBeLessThanOrEqual(60_000);
});
