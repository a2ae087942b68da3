/**
 * npm run bench [-- --runs 3] [-- --quick] [-- --with-astro-docs] [-- --baseline <checkout>] [-- --build-only]
 *
 * Measures doum on the sample content, 1,000 pages and all 5,765 pages of the Visual Studio
 * corpus (imported into .bench/, never into content/): build time and peak memory of the whole
 * process tree, the index step and the index by kind next to plain Pagefind (default settings) on
 * the same pages, cold and warm search in headless Chromium with bytes counted at the server (doum
 * on its search page; plain Pagefind through its own API), and page weight per page type before
 * and after the search box is used. Prints tables; writes .bench/results.json.
 *
 * --baseline <checkout> also builds every corpus with another checkout (say, main's HEAD in a
 * second worktree, its own `npm ci` done), alternating with ours run by run so both see the same
 * machine load; the corpus is imported by that checkout's own importer. --build-only skips search.
 */
import { assemble, disassemble } from 'es-hangul';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { PAGEFIND_DIR, PLAIN_PAGEFIND_DIR, writePlainIndex } from '../integrations/pagefind.ts';
import type { PagefindApi } from '../lib/search/pagefind-api.ts';
import { launchChromium } from './lib/browser.ts';
import { CORPUS_DIR, importCorpus } from './lib/corpus.ts';
import { nodeSearch } from './lib/node-search.ts';
import { idOf } from './lib/search-eval.ts';
import { watchPeak } from './lib/process-tree.ts';
import { startStaticServer } from './lib/static-server.ts';
import { PORTS } from './lib/ports.ts';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1] || 3) || 3;
const quick = argv.includes('--quick');
/** Only these corpora (sample, vs-1000, vs-5765, astro-418). */
const only = argv.includes('--corpus') ? argv[argv.indexOf('--corpus') + 1]!.split(',') : undefined;
const root = path.resolve('.bench');
const baseline = argv.includes('--baseline') ? path.resolve(argv[argv.indexOf('--baseline') + 1]!) : undefined;
const buildOnly = argv.includes('--build-only');

interface Corpus {
  name: string;
  /** Content folder to build (the working tree's for the sample). */
  content: string;
  /** The same corpus as the --baseline checkout imports it. */
  baselineContent?: string;
  /** The JSONL the content was imported from (none for the sample). */
  jsonl?: string;
  queries: string[];
}

const SAMPLE_QUERIES = ['환불', '계좌를', '부분환불', '스킬 서버', 'ㅎㅂ', '세금계산서', '채널 연결', '환불 계좌는 어떻게 등록하나요'];
const VS_QUERIES = ['디버거', '중단점을', '솔루션탐색기', '원격 디버깅', 'NuGet 패키지', '배열은', '코드분석', '라이선스를', '단위테스트', 'ㄷㅂㄱ', '빌드 오류', '프로젝트 속성'];

// ——— helpers ———

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : Number.NaN;
};
const pctl = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : Number.NaN;
};
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

function walk(dir: string): { file: string; size: number }[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { file, size: fs.statSync(file).size };
    });
}

function prepareCorpora(): Corpus[] {
  const out: Corpus[] = [{ name: 'sample', content: path.resolve('content'), ...(baseline ? { baselineContent: path.join(baseline, 'content') } : {}), queries: SAMPLE_QUERIES }];
  const vs = path.join(CORPUS_DIR, 'vs-docs-ko.jsonl');
  if (!fs.existsSync(vs)) {
    console.warn(`${vs}가 없어 예시 콘텐츠만 잽니다 (DOUM_CORPUS_DIR로 말뭉치 폴더를 알려 주세요).`);
    return out;
  }
  const lines = fs.readFileSync(vs, 'utf8').trim().split('\n');
  // Same file name as the corpus, so the importer records its source and licence for the sample too.
  const sampled = path.join(root, 'vs-1000', path.basename(vs));
  fs.mkdirSync(path.dirname(sampled), { recursive: true });
  // Evenly spaced lines, like the reference measurement's 1,000-page sample.
  fs.writeFileSync(sampled, `${Array.from({ length: 1000 }, (_, i) => lines[Math.floor((i * lines.length) / 1000)]).join('\n')}\n`);
  const sets: [string, string][] = [['vs-1000', sampled]];
  if (!quick || only?.includes('vs-5765')) sets.push(['vs-5765', vs]);
  if (argv.includes('--with-astro-docs')) sets.push(['astro-418', path.join(CORPUS_DIR, 'astro-docs-ko.jsonl')]);
  for (const [name, file] of sets) {
    if (only && !only.includes(name)) continue;
    const content = path.join(root, 'corpora', name, 'content');
    importCorpus(file, content);
    let baselineContent: string | undefined;
    if (baseline) {
      baselineContent = path.join(root, 'baseline', 'corpora', name, 'content');
      importCorpus(file, baselineContent, baseline);
    }
    out.push({ name, content, ...(baselineContent ? { baselineContent } : {}), jsonl: file, queries: name.startsWith('vs') ? VS_QUERIES : SAMPLE_QUERIES });
  }
  return out;
}

interface BuildRun {
  seconds: number;
  /** Peak RSS of the whole process tree. */
  peakRss: number;
  /** Peak RSS of the largest single process. */
  largestRss: number;
  /** User + system CPU seconds of the tree. */
  cpuSeconds: number;
  indexSeconds: number;
}

/** A cold build of `content` by the checkout at `cwd` (ours unless --baseline), output inside that checkout. */
function build(name: string, content: string, outDir: string, cacheDir: string, cwd = process.cwd()): Promise<BuildRun> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd,
    env: { ...process.env, DOUM_CONTENT_DIR: content, DOUM_OUT_DIR: outDir, DOUM_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stopWatching = watchPeak(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const peak = stopWatching();
      if (code !== 0) return reject(new Error(`${name} 빌드 실패 (${cwd})\n${output.slice(-3000)}`));
      const index = /검색 색인: .*읽기 ([\d.]+)초 \+ 분석 ([\d.]+)초 \+ Pagefind ([\d.]+)초/.exec(output);
      resolve({ seconds: (performance.now() - started) / 1000, peakRss: peak.tree, largestRss: peak.largest, cpuSeconds: peak.cpuSeconds, indexSeconds: index ? Number(index[1]) + Number(index[2]) + Number(index[3]) : Number.NaN });
    });
  });
}

/** Median, range and peaks of a set of build runs, as printed and stored. */
function buildSummary(runs: BuildRun[]) {
  const wall = runs.map((b) => b.seconds);
  return {
    seconds: median(wall),
    spread: spread(wall),
    peakRss: median(runs.map((b) => b.peakRss)),
    largestRss: median(runs.map((b) => b.largestRss)),
    cpuSeconds: median(runs.map((b) => b.cpuSeconds)),
    cpuSpread: spread(runs.map((b) => b.cpuSeconds)),
    runs: wall.map((x) => Number(x.toFixed(2))),
  };
}

/** A Pagefind bundle's bytes by kind (as served: Pagefind's files are gzip'd already, its JS is gzip'd here). */
function pagefindSizes(dir: string) {
  const files = walk(dir);
  const by = (re: RegExp) => files.filter((f) => re.test(f.file)).reduce((s, f) => s + f.size, 0);
  const gz = (name: string) => (fs.existsSync(path.join(dir, name)) ? zlib.gzipSync(fs.readFileSync(path.join(dir, name))).length : 0);
  const js = gz('pagefind.js') + gz('pagefind-worker.js');
  const meta = by(/\.pf_meta$/);
  const filters = by(/\.pf_filter$/);
  return {
    total: by(/\.pf_(index|fragment|meta|filter)$|\.pagefind$/) + js + gz('doum.json'),
    files: files.length,
    indexChunks: by(/\.pf_index$/),
    chunkCount: files.filter((f) => f.file.endsWith('.pf_index')).length,
    fragments: by(/\.pf_fragment$/),
    meta,
    filters,
    wasm: by(/\.pagefind$/),
    js,
    doumJson: gz('doum.json'),
  };
}

/** Our JavaScript (gzip): the search page's script and the search runtime it loads on first use. */
function searchJsSize(dist: string): number {
  return fs
    .readdirSync(path.join(dist, '_astro'))
    .filter((f) => f.endsWith('.js') && /search|normalize|highlight/.test(f))
    .reduce((s, f) => s + zlib.gzipSync(fs.readFileSync(path.join(dist, '_astro', f))).length, 0);
}

interface Logged {
  path: string;
  bytes: number;
}

function readLog(file: string): Logged[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Logged);
}

const kindOf = (p: string) => (p.endsWith('.js') ? 'js' : p.endsWith('.css') ? 'css' : /\/pagefind(-plain)?\//.test(p) ? 'index' : p.endsWith('/') || p.endsWith('.html') ? 'html' : 'other');

/** Types `query` into the search page and resolves with ms until the results are in the DOM. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const app = document.querySelector<HTMLElement>('[data-search-app]')!;
        const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (app.dataset.renderedQuery === q) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(app, { attributes: true, attributeFilter: ['data-rendered-query'] });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** What the box holds after each keystroke of a Korean IME (디버거: ㄷ 디 딥 디버 디벅 디버거). */
function keystrokes(query: string): string[] {
  const jamo = [...disassemble(query)];
  const states = jamo.map((_, k) => assemble(jamo.slice(0, k + 1)));
  return states.filter((state, i) => state.trim() && state !== states[i - 1]);
}

async function measureSearch(browser: Browser, site: string, log: string, queries: string[], repeats: number) {
  const cold: { ms: number; bytes: number; js: number; index: number }[] = [];
  const warmMs: number[] = [];
  const warmBytes: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const query of queries) {
      // Cold, as in the reference measurement: a fresh context, the search page loaded, then the
      // first query. Bytes: the search page's JavaScript plus every index file the search needed.
      const context = await browser.newContext();
      const page = await context.newPage();
      fs.writeFileSync(log, '');
      await page.goto(`${site}search/`);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.renderedQuery === '');
      const ms = await typeAndTime(page, query);
      const entries = readLog(log);
      const js = entries.filter((e) => kindOf(e.path) === 'js').reduce((s, e) => s + e.bytes, 0);
      const index = entries.filter((e) => kindOf(e.path) === 'index').reduce((s, e) => s + e.bytes, 0);
      cold.push({ ms, bytes: js + index, js, index });
      // Warm: the other queries typed into the same page key by key, as an IME produces them;
      // every keystroke is timed until its results are on screen.
      for (const other of queries.filter((q) => q !== query).slice(0, 4)) {
        fs.writeFileSync(log, '');
        for (const state of keystrokes(other)) warmMs.push(await typeAndTime(page, state));
        warmBytes.push(readLog(log).reduce((s, e) => s + e.bytes, 0));
      }
      await context.close();
    }
  }
  return { cold, warmMs, warmBytes };
}

async function measurePageWeight(browser: Browser, site: string, log: string) {
  // Page types of the sample site.
  const types: Record<string, string> = { home: '', category: 'admin/billing/', article: 'faq/refund-account/', search: 'search/' };
  const out: Record<string, { before: Record<string, number>; after: Record<string, number> }> = {};
  for (const [name, url] of Object.entries(types)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    fs.writeFileSync(log, '');
    await page.goto(site + url);
    await page.waitForLoadState('networkidle');
    const sum = (entries: Logged[]) => {
      const by: Record<string, number> = { html: 0, css: 0, js: 0, index: 0 };
      for (const e of entries) by[kindOf(e.path)] = (by[kindOf(e.path)] ?? 0) + e.bytes;
      return by;
    };
    const before = sum(readLog(log));
    const box = page.locator('input[data-search-input]').first();
    await box.focus();
    await box.fill('환불');
    if (name === 'search') await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.renderedQuery === '환불');
    else await page.locator('[role="option"], [data-suggest-note]:not(:empty)').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await page.waitForLoadState('networkidle');
    out[name] = { before, after: sum(readLog(log)) };
    await context.close();
  }
  return out;
}

/**
 * Plain Pagefind on the same pages, as its own UI would use it: a fresh context, Pagefind's bundle
 * (with its worker), the query, and the first PLAIN_SHOWN results' records.
 */
const PLAIN_SHOWN = 5;
async function measurePlainCold(browser: Browser, site: string, log: string, queries: string[], repeats: number) {
  const cold: { ms: number; bytes: number }[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site}robots.txt`);
      fs.writeFileSync(log, '');
      const ms = await page.evaluate(
        async ({ bundle, q, shown }) => {
          const started = performance.now();
          const pf = await import(/* @vite-ignore */ bundle);
          const search = await pf.search(q);
          await Promise.all(search.results.slice(0, shown).map((x: { data(): Promise<unknown> }) => x.data()));
          return performance.now() - started;
        },
        { bundle: `/${PLAIN_PAGEFIND_DIR}/pagefind.js`, q: query, shown: PLAIN_SHOWN },
      );
      cold.push({ ms, bytes: readLog(log).reduce((s, e) => s + e.bytes, 0) });
      await context.close();
    }
  }
  return cold;
}

/** For the real corpus: pages containing a noun in any form, and how many doum and plain Pagefind find. */
async function nounRecall(dist: string, corpus: Corpus) {
  const records = fs
    .readFileSync(corpus.jsonl!, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; title: string; body: string });
  const doum = await nodeSearch(dist);
  const plain = await nodeSearch(dist, PLAIN_PAGEFIND_DIR);
  const idsOf = async (hits: { entry(): Promise<{ id: string }> }[]) => new Set(await Promise.all(hits.map(async (h) => (await h.entry()).id)));
  /** FAQ ids of every page Pagefind itself answers `query` with. */
  const pagefindIds = async (api: PagefindApi, query: string) => new Set(await Promise.all(((await api.search(query))?.results ?? []).map(async (r) => idOf((await r.data()).raw_url ?? ''))));
  const rows = [];
  try {
    for (const [query, noun, forms] of [['배열을', '배열', ['배열']], ['배열은', '배열', ['배열']], ['중단점을', '중단점', ['중단점']], ['라이선스를', '라이선스', ['라이선스']], ['코드분석', '코드 분석', ['코드 분석', '코드분석']], ['솔루션탐색기', '솔루션 탐색기', ['솔루션 탐색기', '솔루션탐색기']]] as const) {
      const truth = new Set(records.filter((r) => forms.some((f) => r.body.includes(f) || r.title.includes(f))).map((r) => r.id));
      // Every page with the noun in any form, as doum's index words find it: the noun searched
      // plainly (the honest tier before any "about it" restriction).
      const matched = await pagefindIds(doum.pagefind, noun);
      const outcome = await doum.search.search({ query });
      const shown = await idsOf(await outcome.hits(0, outcome.total));
      const plainIds = await pagefindIds(plain.pagefind, query);
      const hit = (set: Set<string>) => [...truth].filter((id) => set.has(id)).length;
      rows.push({ query, pages: truth.size, matched: hit(matched), shown: shown.size, shownWithNoun: hit(shown), pagefind: hit(plainIds), pagefindResults: plainIds.size });
    }
  } finally {
    doum.close();
    plain.close();
  }
  return rows;
}

// ——— run ———

const machine = {
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? '',
  memory: gib(os.totalmem()),
  node: process.version,
  chromium: '',
  date: new Date().toISOString(),
};
const corpora = prepareCorpora().filter((c) => !only || only.includes(c.name));
const browser = buildOnly ? undefined : await launchChromium();
machine.chromium = browser?.version() ?? '';
const results: Record<string, unknown> = { machine, runs };
console.log(`기계: ${machine.cores}코어 ${machine.cpu}, ${machine.memory}, Node ${machine.node}, Chromium ${machine.chromium}\n`);

for (const corpus of corpora) {
  const outDir = path.join(root, 'builds', corpus.name, 'dist');
  const cacheDir = path.join(root, 'builds', corpus.name, 'cache');
  const buildRuns: BuildRun[] = [];
  const baselineRuns: BuildRun[] = [];
  for (let r = 0; r < runs; r++) {
    // With a baseline, alternate who goes first so both builds meet the same machine load.
    const ours = () => build(corpus.name, corpus.content, outDir, cacheDir);
    const theirs = async () => {
      if (!baseline || !corpus.baselineContent) return;
      const dir = path.join(baseline, '.bench', 'builds', corpus.name);
      baselineRuns.push(await build(corpus.name, corpus.baselineContent, path.join(dir, 'dist'), path.join(dir, 'cache'), baseline));
    };
    if (r % 2 === 1) await theirs();
    buildRuns.push(await ours());
    if (r % 2 === 0) await theirs();
  }
  const now = buildSummary(buildRuns);
  if (baselineRuns.length) {
    const before = buildSummary(baselineRuns);
    results[`${corpus.name}-baseline`] = { checkout: baseline, build: before };
    console.log(`■ ${corpus.name}: 빌드 (번갈아 ${runs}번씩)`);
    const line = (label: string, b: typeof now) =>
      `  ${label} ${b.seconds.toFixed(1)}초 (${b.spread}), CPU ${b.cpuSeconds.toFixed(1)}초 (${b.cpuSpread}), 트리 ${gib(b.peakRss)}, 가장 큰 프로세스 ${gib(b.largestRss)}`;
    console.log(line('기준', before));
    console.log(`${line('지금', now)} → 시간 ${(now.seconds / before.seconds).toFixed(2)}×, CPU ${(now.cpuSeconds / before.cpuSeconds).toFixed(2)}×`);
  }
  if (!browser) {
    // --build-only
    results[corpus.name] = { build: now };
    if (!baselineRuns.length) console.log(`■ ${corpus.name}: 빌드 ${now.seconds.toFixed(1)}초 (${now.spread}), CPU ${now.cpuSeconds.toFixed(1)}초, 트리 ${gib(now.peakRss)}, 가장 큰 프로세스 ${gib(now.largestRss)}`);
    console.log('');
    continue;
  }
  const distFiles = walk(outDir);
  const pages = distFiles.filter((f) => f.file.endsWith('.html')).length;
  const faqs = fs.readdirSync(path.join(outDir, 'faq'), { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  const index = pagefindSizes(path.join(outDir, PAGEFIND_DIR));
  const searchJs = searchJsSize(outDir);
  const pagefindStarted = performance.now();
  await writePlainIndex(outDir);
  const pagefindSeconds = (performance.now() - pagefindStarted) / 1000;
  const plain = pagefindSizes(path.join(outDir, PLAIN_PAGEFIND_DIR));

  const log = path.join(root, 'builds', corpus.name, 'requests.log');
  const port = PORTS.bench;
  const server = await startStaticServer({ dir: outDir, port, log });
  const site = `http://127.0.0.1:${port}/`;
  const search = await measureSearch(browser, site, log, corpus.queries, quick ? 1 : runs);
  const plainCold = await measurePlainCold(browser, site, log, corpus.queries, quick ? 1 : runs);
  const weight = corpus.name === 'sample' ? await measurePageWeight(browser, site, log) : undefined;
  server.close();
  const nouns = corpus.name === 'vs-5765' || (quick && corpus.name === 'vs-1000') ? await nounRecall(outDir, corpus) : undefined;
  fs.rmSync(path.join(outDir, PLAIN_PAGEFIND_DIR), { recursive: true, force: true });

  const entry = {
    faqs,
    pages,
    build: {
      ...now,
      pagesPerSecond: pages / now.seconds,
      indexSeconds: median(buildRuns.map((b) => b.indexSeconds)),
      distBytes: distFiles.reduce((s, f) => s + f.size, 0),
      distFiles: distFiles.length,
    },
    index: { ...index, searchJs },
    pagefind: { ...plain, seconds: pagefindSeconds, coldMsP50: median(plainCold.map((c) => c.ms)), coldMsP95: pctl(plainCold.map((c) => c.ms), 95), coldBytesP50: median(plainCold.map((c) => c.bytes)), coldBytesP95: pctl(plainCold.map((c) => c.bytes), 95) },
    search: {
      coldMsP50: median(search.cold.map((c) => c.ms)),
      coldMsP95: pctl(search.cold.map((c) => c.ms), 95),
      coldBytesP50: median(search.cold.map((c) => c.bytes)),
      coldBytesP95: pctl(search.cold.map((c) => c.bytes), 95),
      coldJsBytes: median(search.cold.map((c) => c.js)),
      coldIndexBytesP50: median(search.cold.map((c) => c.index)),
      warmMsP50: median(search.warmMs),
      warmMsP95: pctl(search.warmMs, 95),
      warmBytesP50: median(search.warmBytes),
      warmBytesP95: pctl(search.warmBytes, 95),
      samples: { cold: search.cold.length, warm: search.warmMs.length },
    },
    weight,
    nouns,
  };
  results[corpus.name] = entry;

  console.log(`■ ${corpus.name}: 도움말 ${faqs}개, 페이지 ${pages}개`);
  console.log(`  빌드 ${entry.build.seconds.toFixed(1)}초 (범위 ${entry.build.spread}), 최대 메모리 ${gib(entry.build.peakRss)} (가장 큰 프로세스 ${gib(entry.build.largestRss)}), 초당 ${entry.build.pagesPerSecond.toFixed(0)}쪽, 검색 색인 단계 ${entry.build.indexSeconds.toFixed(2)}초, dist ${mb(entry.build.distBytes)} / ${entry.build.distFiles}개 파일`);
  console.log(`  doum 색인 ${mb(index.total)} (${index.files}개): 조각 ${index.chunkCount}개 ${mb(index.indexChunks)}, 문서 ${mb(index.fragments)}, pf_meta ${kb(index.meta)}, 필터 ${kb(index.filters)}, wasm ${kb(index.wasm)}, pagefind.js ${kb(index.js)}, doum.json ${kb(index.doumJson)}, doum 검색 JS ${kb(searchJs)} gz`);
  console.log(`  기본 Pagefind ${mb(plain.total)} (${plain.files}개): 조각 ${plain.chunkCount}개 ${mb(plain.indexChunks)}, 문서 ${mb(plain.fragments)}, pf_meta ${kb(plain.meta)}, 필터 ${kb(plain.filters)}, wasm ${kb(plain.wasm)}, JS ${kb(plain.js)} gz · 색인 시간 ${pagefindSeconds.toFixed(1)}초`);
  console.log(`  비율 doum/기본: 색인 바이트 ${(index.total / plain.total).toFixed(2)}×, 색인 단계 시간 ${(entry.build.indexSeconds / pagefindSeconds).toFixed(2)}×`);
  console.log(`  기본 Pagefind 첫 검색(결과 ${PLAIN_SHOWN}개) ${entry.pagefind.coldMsP50.toFixed(0)}/${entry.pagefind.coldMsP95.toFixed(0)} ms, ${kb(entry.pagefind.coldBytesP50)}/${kb(entry.pagefind.coldBytesP95)}`);
  console.log(`  첫 검색(새 창) ${entry.search.coldMsP50.toFixed(0)}/${entry.search.coldMsP95.toFixed(0)} ms p50/p95, ${kb(entry.search.coldBytesP50)}/${kb(entry.search.coldBytesP95)} (JS ${kb(entry.search.coldJsBytes)} + 색인 ${kb(entry.search.coldIndexBytesP50)})`);
  console.log(`  이어 치기 ${entry.search.warmMsP50.toFixed(1)}/${entry.search.warmMsP95.toFixed(1)} ms p50/p95, 질의당 ${kb(entry.search.warmBytesP50)}/${kb(entry.search.warmBytesP95)}`);
  if (weight) for (const [type, w] of Object.entries(weight)) console.log(`  ${type.padEnd(8)} HTML ${kb(w.before.html!)} CSS ${kb(w.before.css!)} JS ${kb(w.before.js!)} → 검색창 사용 후 JS ${kb(w.after.js!)} 색인 ${kb(w.after.index!)}`);
  if (nouns) for (const n of nouns) console.log(`  ${n.query}: 낱말이 든 ${n.pages}쪽 중 doum이 찾은 ${n.matched}쪽(결과로 보인 ${n.shown}쪽), 기본 Pagefind ${n.pagefind}쪽`);
  console.log('');
}
await browser?.close();
fs.writeFileSync(path.join(root, 'results.json'), JSON.stringify(results, null, 2));
console.log(`결과: ${path.relative(process.cwd(), path.join(root, 'results.json'))}`);
