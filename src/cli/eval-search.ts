/**
 * npm run eval:search [-- --no-build] — runs the judged query set (tests/fixtures/search/
 * judged-queries.json) through the real search page of a production build in Chromium and prints
 * recall@10, recall, precision, MRR and honest empty answers per kind, next to plain Pagefind
 * (default settings) on the same pages. Writes .bench/eval/results.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/browser.ts';
import { buildSite } from './lib/build-site.ts';
import { doumResults, formatComparison, mainRecallAt10, metricsByKind, pagefindResults, type JudgedQuery, type QueryOutcome } from './lib/search-eval.ts';
import { startStaticServer } from './lib/static-server.ts';
import { PORTS } from './lib/ports.ts';

const root = path.resolve('.bench/eval');
const dist = path.join(root, 'dist');
const port = PORTS.eval;
const site = `http://127.0.0.1:${port}/`;
const queries = JSON.parse(fs.readFileSync('tests/fixtures/search/judged-queries.json', 'utf8')) as JudgedQuery[];

if (!process.argv.includes('--no-build') || !fs.existsSync(dist)) {
  console.log('프로덕션 빌드(기본 Pagefind 비교 색인 포함)…');
  buildSite({ outDir: dist, cacheDir: path.join(root, 'cache'), site, pagefind: true });
}
const server = await startStaticServer({ dir: dist, port });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const doum: QueryOutcome[] = [];
  const plain: QueryOutcome[] = [];
  for (const query of queries) doum.push({ query, ...(await doumResults(page, site, query.query)) });
  await page.goto(site);
  for (const query of queries) {
    const results = await pagefindResults(page, site, query.query);
    plain.push({ query, results, shown: results });
  }

  const doumTable = metricsByKind(doum);
  const plainTable = metricsByKind(plain);
  console.log(`\n판정 질의 ${queries.length}개 — R@10: 상위 10개 재현율, R: 전체 결과 재현율, P: 정밀도, MRR, best: 정답 1위 비율, empty: 없는 주제에 결과 0건 비율\n`);
  console.log(formatComparison(doumTable, plainTable));
  console.log(`\ndoum: 결과가 없을 때 따로 보여 주는 '일부 단어만 일치하는 결과'를 빼고 본 결과만 세면 R@10 ${mainRecallAt10(doum).toFixed(2)}`);
  const misses = doum.filter((o) => (o.query.relevant.length ? !o.shown.slice(0, 10).some((id) => o.query.relevant.includes(id)) : o.results.length > 0));
  if (misses.length) {
    console.log('\ndoum이 놓친 질의(상위 10개에 정답 없음, 또는 없는 주제에 결과가 나옴):');
    for (const m of misses) console.log(`  [${m.query.kind}] ${m.query.query} → ${m.shown.slice(0, 5).join(', ') || '(결과 없음)'}`);
  }
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'results.json'), JSON.stringify({ doum: Object.fromEntries(doumTable), pagefind: Object.fromEntries(plainTable), outcomes: { doum, pagefind: plain } }, null, 2));
} finally {
  await browser.close();
  server.close();
}
