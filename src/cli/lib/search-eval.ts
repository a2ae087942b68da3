/**
 * Search evaluation over a judged query set, through the real search page of a built site in
 * Chromium: doum's results are read from the page as a visitor sees them (every result page), and
 * plain Pagefind's from its own API on the same pages. Shared by `npm run eval:search` and the
 * quality test.
 */
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { faqIdOfUrl } from '../../lib/search/korean-search.ts';
import { MAX_QUERY_LENGTH } from '../../lib/search/url-state.ts';

/**
 * One judged query (tests/fixtures/search/judged-queries.json). Two assessors judged every FAQ
 * from the content alone: `answers` directly answer the query (grade 2), `relevant` adds pages
 * substantially about its topic (grade 1). Recall and MRR look for the answers; precision counts
 * any relevant page as a good result.
 */
export interface JudgedQuery {
  query: string;
  kind: string;
  /** FAQ ids a visitor would be glad to see. Empty for queries the site cannot answer. */
  relevant: string[];
  /** The subset that answers the query; defaults to `relevant`. */
  answers?: string[];
  /** The one FAQ that must come first, when there clearly is one. */
  best?: string;
  /** Blind sets: `dev` to tune on, `test` run only at the end of a piece of work. */
  split?: 'dev' | 'test';
}

/** A judged set from tests/fixtures/search/, or one half of it. */
export function readQuerySet(file: string, split?: 'dev' | 'test'): JudgedQuery[] {
  const queries = JSON.parse(fs.readFileSync(path.join('tests/fixtures/search', file), 'utf8')) as JudgedQuery[];
  return split ? queries.filter((q) => q.split === split) : queries;
}

export interface QueryOutcome {
  query: JudgedQuery;
  /** Result ids in ranked order (all of them): what "총 N건" counts. */
  results: string[];
  /**
   * What the visitor is shown: the results, or when there are none, the separately labelled
   * "일부 단어만 일치하는 결과". Recall, precision and MRR use this; honesty uses `results`.
   */
  shown: string[];
}

/** The FAQ id of a result link or Pagefind URL (/faq/<id>/). */
export const idOf = (href: string) => faqIdOfUrl(new URL(href, 'http://x').pathname);

/**
 * doum's results for `query` (every result page) and, when there are none, its labelled looser list.
 * The first query opens the search page; the next ones go there the way the browser's back and
 * forward buttons do (a new URL and a popstate), so Pagefind is not loaded again for every query
 * (a page load was most of the 1.2 s each query took).
 */
export async function doumResults(page: Page, siteURL: string, query: string): Promise<{ results: string[]; shown: string[] }> {
  const searchPage = `${siteURL}search/`;
  if (page.url().startsWith(searchPage) && (await page.locator('[data-search-app][data-rendered-query]').count())) {
    await page.evaluate((q) => {
      history.pushState(null, '', `?q=${encodeURIComponent(q)}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query);
    // The page keeps the first MAX_QUERY_LENGTH characters, as the search box does.
    await page.waitForFunction((q) => document.querySelector('[data-search-app]')?.getAttribute('data-rendered-query') === q, query.slice(0, MAX_QUERY_LENGTH));
  } else {
    await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-total]').waitFor();
  }
  const results = await walkResults(page);
  if (results.length) return { results, shown: results };
  // Only when shown: a hidden list may still hold the last query's pages.
  const looser = await page.locator('[data-search-fallback]:not([hidden]) [data-search-fallback-result] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return { results, shown: looser.map(idOf) };
}

async function walkResults(page: Page): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const hrefs = await page.locator('[data-search-result] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    ids.push(...hrefs.map(idOf));
    const next = page.locator('[data-search-pages] a[rel="next"]');
    if ((await next.count()) === 0) return ids;
    const first = hrefs[0];
    await next.click();
    await page.waitForFunction((previous) => document.querySelector('[data-search-result] h3 a')?.getAttribute('href') !== previous, first);
  }
}

/** All results of plain Pagefind (default settings) for `query`, from its JS API. */
export async function pagefindResults(page: Page, siteURL: string, query: string): Promise<string[]> {
  if (!page.url().startsWith(siteURL)) await page.goto(siteURL);
  const urls = await page.evaluate(async ({ base, q }) => {
    const w = window as unknown as { __pf?: { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> } };
    w.__pf ??= await import(/* @vite-ignore */ `${base}pagefind-plain/pagefind.js`);
    const search = await w.__pf!.search(q);
    return Promise.all(search.results.map(async (r) => (await r.data()).url));
  }, { base: new URL(siteURL).pathname, q: query });
  return urls.map(idOf);
}

/** Share of answerable queries whose relevant pages appear in the main results' top 10 (no looser list). */
export function mainRecallAt10(outcomes: readonly QueryOutcome[]): number {
  const answerable = outcomes.filter((o) => o.query.relevant.length > 0);
  const answers = (o: QueryOutcome) => o.query.answers ?? o.query.relevant;
  return mean(answerable.map((o) => o.results.slice(0, 10).filter((id) => answers(o).includes(id)).length / answers(o).length));
}

export interface Metrics {
  queries: number;
  recallAt10: number;
  recall: number;
  precision: number;
  mrr: number;
  /** Share of queries with a `best` id that rank it first. */
  bestFirst: number;
  /** Share of no-result queries answered with no results. */
  honestEmpty: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

/** Metrics over outcomes; no-result queries count only towards `honestEmpty`. */
export function metrics(outcomes: readonly QueryOutcome[]): Metrics {
  const answerable = outcomes.filter((o) => o.query.relevant.length > 0);
  const empty = outcomes.filter((o) => o.query.relevant.length === 0);
  const answers = (o: QueryOutcome) => o.query.answers ?? o.query.relevant;
  const found = (o: QueryOutcome, list: string[]) => list.filter((id) => answers(o).includes(id)).length;
  const withBest = answerable.filter((o) => o.query.best);
  return {
    queries: outcomes.length,
    recallAt10: mean(answerable.map((o) => found(o, o.shown.slice(0, 10)) / answers(o).length)),
    recall: mean(answerable.map((o) => found(o, o.shown) / answers(o).length)),
    // A query that shows nothing has nothing imprecise to show: it costs recall, not precision.
    precision: mean(answerable.filter((o) => o.shown.length).map((o) => o.shown.filter((id) => o.query.relevant.includes(id)).length / o.shown.length)),
    mrr: mean(answerable.map((o) => {
      const rank = o.shown.findIndex((id) => answers(o).includes(id));
      return rank < 0 ? 0 : 1 / (rank + 1);
    })),
    bestFirst: mean(withBest.map((o) => (o.shown[0] === o.query.best ? 1 : 0))),
    honestEmpty: mean(empty.map((o) => (o.results.length === 0 ? 1 : 0))),
  };
}

/** Metrics per kind and overall. */
export function metricsByKind(outcomes: readonly QueryOutcome[]): Map<string, Metrics> {
  const kinds = [...new Set(outcomes.map((o) => o.query.kind))];
  const table = new Map(kinds.map((k) => [k, metrics(outcomes.filter((o) => o.query.kind === k))]));
  table.set('overall', metrics(outcomes));
  return table;
}

const pct = (x: number) => (Number.isNaN(x) ? '   –' : x.toFixed(2).padStart(4));

/** A side-by-side table: doum | plain Pagefind, per kind. */
export function formatComparison(doum: Map<string, Metrics>, baseline: Map<string, Metrics>): string {
  const head = `${'kind'.padEnd(14)} ${'n'.padStart(3)} | ${'R@10'.padStart(4)} ${'R'.padStart(4)} ${'P'.padStart(4)} ${'MRR'.padStart(4)} ${'best'.padStart(4)} ${'empty'.padStart(5)} | ${'R@10'.padStart(4)} ${'R'.padStart(4)} ${'P'.padStart(4)} ${'MRR'.padStart(4)} ${'best'.padStart(4)} ${'empty'.padStart(5)}`;
  const rows = [...doum.keys()].map((kind) => {
    const d = doum.get(kind)!;
    const b = baseline.get(kind)!;
    const cells = (m: Metrics) => `${pct(m.recallAt10)} ${pct(m.recall)} ${pct(m.precision)} ${pct(m.mrr)} ${pct(m.bestFirst)} ${pct(m.honestEmpty).padStart(5)}`;
    return `${kind.padEnd(14)} ${String(d.queries).padStart(3)} | ${cells(d)} | ${cells(b)}`;
  });
  return [`${''.padEnd(18)} | ${'doum'.padEnd(31)} | plain Pagefind`, head, '-'.repeat(head.length), ...rows].join('\n');
}
