import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { doumResults, metrics, type JudgedQuery, type QueryOutcome } from '../../src/cli/lib/search-eval.ts';

/**
 * The judged query set through the real search page of the production build: the quality bar
 * doum must keep (`npm run eval:search` prints the full table, next to plain Pagefind).
 */
const queries = JSON.parse(fs.readFileSync('tests/fixtures/search/judged-queries.json', 'utf8')) as JudgedQuery[];

test('judged Korean queries: recall@10 ≥ 0.95, MRR ≥ 0.90, precision ≥ 0.80, no-result queries return nothing', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  expect(queries.length).toBeGreaterThanOrEqual(80);
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) outcomes.push({ query, ...(await doumResults(page, baseURL!, query.query)) });
  const m = metrics(outcomes);
  const leaks = outcomes.filter((o) => o.query.relevant.length === 0 && o.results.length > 0).map((o) => `${o.query.query} → ${o.results.join(', ')}`);
  expect(leaks).toEqual([]);
  expect(m.recallAt10).toBeGreaterThanOrEqual(0.95);
  expect(m.mrr).toBeGreaterThanOrEqual(0.9);
  expect(m.precision).toBeGreaterThanOrEqual(0.8);
  expect(m.honestEmpty).toBe(1);
});
