/**
 * npm run eval:search [-- --no-build] [-- --test] — runs the judged query sets through the real
 * search page of production builds in Chromium and prints recall@10, recall, precision, MRR and
 * honest empty answers per kind, next to plain Pagefind (default settings) on the same pages:
 * - judged: tests/fixtures/search/judged-queries.json on the sample content (the set the engine
 *   was tuned on);
 * - market dev: the 누리마켓 blind set's dev half (tests/fixtures/search/blind-market.json), and
 *   later blind batches on the same FAQs, all dev (blind-market-2.json … blind-market-23.json; the
 *   fourth and sixth to tenth were judged against every service's FAQs, not 누리마켓's alone);
 * - astro dev: the dev half of the set on ../shared/corpus/astro-docs-ko.jsonl (imported into
 *   .bench/, never into content/), and later blind batches on it, all dev (astro-docs-ko-2.json …
 *   astro-docs-ko-23.json).
 * With --test, the blind test halves instead: run them only at the end of a piece of work, and
 * never write a rule from one of their misses. Writes .bench/eval/results.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromium } from './lib/browser.ts';
import { buildSite } from './lib/build-site.ts';
import { CORPUS_DIR, importCorpus } from './lib/corpus.ts';
import { PORTS } from './lib/ports.ts';
import { doumResults, formatComparison, mainRecallAt10, metricsByKind, pagefindResults, readQuerySet, type JudgedQuery, type QueryOutcome } from './lib/search-eval.ts';
import { startStaticServer } from './lib/static-server.ts';

const root = path.resolve('.bench/eval');
const testSplits = process.argv.includes('--test');
const rebuild = !process.argv.includes('--no-build');

interface Site {
  name: string;
  contentDir?: string;
  sets: { name: string; queries: JudgedQuery[] }[];
}

const half = testSplits ? 'test' : 'dev';

/**
 * Blind batches written and judged later the same way (<file>-2.json …): all of them are for tuning.
 * A new batch is kept out of this list while it is blind: measured on the code it was written
 * against and after the next piece of work, figures only (README, 검색 품질), then listed here.
 */
const LATER_BATCHES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37];
function laterBatches(label: string, file: string): Site['sets'] {
  return testSplits ? [] : LATER_BATCHES.map((n) => ({ name: `${label} blind ${n} (dev)`, queries: readQuerySet(`${file}-${n}.json`, 'dev') }));
}

const sites: Site[] = [
  {
    name: 'sample',
    sets: [
      ...(testSplits ? [] : [{ name: 'judged (tuned)', queries: readQuerySet('judged-queries.json') }]),
      { name: `누리마켓 blind ${half}`, queries: readQuerySet('blind-market.json', half) },
      ...laterBatches('누리마켓', 'blind-market'),
    ],
  },
];
const astro = path.join(CORPUS_DIR, 'astro-docs-ko.jsonl');
if (fs.existsSync(astro)) {
  const content = path.join(root, 'astro-docs-ko', 'content');
  importCorpus(astro, content);
  sites.push({
    name: 'astro-docs-ko',
    contentDir: content,
    sets: [
      { name: `astro-docs-ko ${half}`, queries: readQuerySet('astro-docs-ko.json', half) },
      ...laterBatches('astro-docs-ko', 'astro-docs-ko'),
    ],
  });
} else console.warn(`${astro}가 없어 astro-docs-ko 세트는 건너뜁니다 (DOUM_CORPUS_DIR로 말뭉치 폴더를 알려 주세요).`);

async function outcomes(page: Page, site: string, queries: JudgedQuery[]) {
  const doum: QueryOutcome[] = [];
  const plain: QueryOutcome[] = [];
  for (const query of queries) doum.push({ query, ...(await doumResults(page, site, query.query)) });
  await page.goto(site);
  for (const query of queries) {
    const results = await pagefindResults(page, site, query.query);
    plain.push({ query, results, shown: results });
  }
  return { doum, plain };
}

const report: Record<string, unknown> = {};
const browser = await launchChromium();
try {
  // One site at a time, each server closed before the next: they share the port.
  for (const s of sites) {
    const dist = path.join(root, s.name, 'dist');
    const port = PORTS.eval;
    const site = `http://127.0.0.1:${port}/`;
    if (rebuild || !fs.existsSync(dist)) {
      console.log(`${s.name}: 프로덕션 빌드(기본 Pagefind 비교 색인 포함)…`);
      buildSite({ outDir: dist, cacheDir: path.join(root, s.name, 'cache'), site, pagefind: true, ...(s.contentDir ? { contentDir: s.contentDir } : {}) });
    }
    const server = await startStaticServer({ dir: dist, port });
    try {
      const page = await browser.newPage();
      for (const set of s.sets) {
        const { doum, plain } = await outcomes(page, site, set.queries);
        const doumTable = metricsByKind(doum);
        const plainTable = metricsByKind(plain);
        console.log(`\n■ ${set.name}: 질의 ${set.queries.length}개 — R@10: 상위 10개 재현율, R: 전체 결과 재현율, P: 정밀도, MRR, best: 정답 1위 비율, empty: 없는 주제에 결과 0건 비율\n`);
        console.log(formatComparison(doumTable, plainTable));
        console.log(`\ndoum: 결과가 없을 때 따로 보여 주는 '일부 단어만 일치하는 결과'를 빼고 본 결과만 세면 R@10 ${mainRecallAt10(doum).toFixed(2)}`);
        // The tuned set's misses are printed to work on; a blind half's are not read query by query.
        if (!testSplits) {
          const misses = doum.filter((o) => (o.query.relevant.length ? !o.shown.slice(0, 10).some((id) => o.query.relevant.includes(id)) : o.results.length > 0));
          if (misses.length) {
            console.log('\ndoum이 놓친 질의(상위 10개에 정답 없음, 또는 없는 주제에 결과가 나옴):');
            for (const m of misses) console.log(`  [${m.query.kind}] ${m.query.query} → ${m.shown.slice(0, 5).join(', ') || '(결과 없음)'}`);
          }
        }
        report[set.name] = { doum: Object.fromEntries(doumTable), pagefind: Object.fromEntries(plainTable), outcomes: { doum, pagefind: plain } };
      }
      await page.close();
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}
fs.mkdirSync(root, { recursive: true });
fs.writeFileSync(path.join(root, testSplits ? 'results-test.json' : 'results.json'), JSON.stringify({ date: new Date().toISOString(), ...report }, null, 2));
