/**
 * Astro integration: after the build, index every FAQ page with Pagefind's Node API into
 * <dist>/pagefind/ (served under the site base like any asset), each page with doum's Korean index
 * words added (src/lib/search/index-words.ts), and write doum.json beside it: the category tree and
 * the synonym groups the search page's Korean layer needs.
 *
 * With DOUM_PAGEFIND_PLAIN=1 it also indexes the same built site with Pagefind's defaults into
 * <dist>/pagefind-plain/, the baseline `npm run eval:search` and `npm run bench` compare against.
 * Every Pagefind error fails the build naming the page, and the Pagefind service is always closed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildEnv } from '../data/build-env.ts';
import { getCategoryTree } from '../data/category-tree.ts';
import { searchSynonyms } from '../data/synonyms.ts';
import type { CategoryTree } from '../lib/category-tree.ts';
import { compareByLatestDay, compareByTitle } from '../lib/sorting.ts';
import { withoutDirectoryEntries } from '../lib/search/directory-entries.ts';
import { readFaqPage, type FaqPageText } from '../lib/search/html-text.ts';
import { indexWords } from '../lib/search/index-words.ts';
import { faqIdOfUrl, PAGEFIND_RANKING } from '../lib/search/korean-search.ts';
import type { PagefindFragment } from '../lib/search/pagefind-api.ts';
import { pageHashesOf, PAGEFIND_SIGNATURE_BYTES, withWordCounts } from '../lib/search/pagefind-meta.ts';
import { pagefindRecordHtml } from '../lib/search/pagefind-record.ts';
import { searchMeta } from '../lib/search/search-meta.ts';
import type { SynonymRule } from '../lib/search/synonyms.ts';

export const PAGEFIND_DIR = 'pagefind';
export const PLAIN_PAGEFIND_DIR = 'pagefind-plain';
/** doum's own file in the Pagefind folder: the tree and synonym groups, as JSON. */
export const SEARCH_META_FILE = 'doum.json';
/** Pagefind's index chunk size (its PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, in word entries). */
export const INDEX_CHUNK_SIZE = 6000;
/** Zopfli passes over pf_meta and the wasm: 5 gains all but 0.1 % of 15 in half the time. */
const ZOPFLI_ITERATIONS = 5;

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new PagefindError(`Pagefind ${step} 실패:\n${errors.join('\n')}`);
}

/** Reads the FAQ articles of the built site (pages under faq/). */
export function readBuiltFaqs(distDir: string, pathnames: readonly string[]): FaqPageText[] {
  const faqs: FaqPageText[] = [];
  for (const pathname of pathnames) {
    if (!pathname.startsWith('faq/')) continue;
    const file = path.join(distDir, pathname, 'index.html');
    // A directory's entries are read on the pages they point to (directory-entries.ts).
    const faq = readFaqPage(fs.readFileSync(file, 'utf8'), withoutDirectoryEntries);
    if (!faq) throw new PagefindError(`${file}: FAQ 페이지에서 검색용 본문(data-faq-*)을 찾지 못했습니다. src/pages/faq/[...id].astro의 표식이 바뀌었는지 확인하세요.`);
    faqs.push(faq);
  }
  return faqs;
}

export interface IndexStats {
  pages: number;
  zoneWords: number;
  topicWords: number;
  analysisSeconds: number;
  pagefindSeconds: number;
}

/**
 * Builds doum's Pagefind index of `faqs` into <distDir>/pagefind. `cacheDir`: where files that are
 * the same in every build (the recompressed wasm) are kept between builds.
 */
export async function writeDoumIndex(distDir: string, faqs: readonly FaqPageText[], tree: CategoryTree, synonyms: readonly SynonymRule[], cacheDir?: string): Promise<IndexStats> {
  const started = performance.now();
  // Newest first: Pagefind keeps pages in the order they are added, which is the order a date
  // browses in (see korean-search.ts, window()).
  const ordered = [...faqs].sort(compareByLatestDay);
  const crumbs = (faq: FaqPageText) => tree.byId.get(faq.category)!.trail;
  const words = await indexWords(
    ordered.map((faq) => ({ title: faq.title, tags: faq.tags, crumbs: crumbs(faq).map((n) => n.name), body: faq.body, headings: faq.headings, names: faq.names })),
    synonyms,
  );
  const titleRank = new Map([...ordered].sort(compareByTitle).map((faq, rank) => [faq.id, rank]));
  const analysed = performance.now();

  const output = path.join(distDir, PAGEFIND_DIR);
  // Smaller index chunks than Pagefind's default (20,000 entries, ~33 KB gzip on the 5,765-page
  // corpus): a query fetches one chunk per word, and 6,000 (~11 KB) makes a first search cheaper
  // at the cost of a longer chunk list in pf_meta (npm run bench measures both).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
    failOn('색인 만들기', errors);
    if (!index) throw new PagefindError('Pagefind 색인을 만들지 못했습니다.');
    const results = await Promise.all(
      ordered.map((faq, i) =>
        index.addHTMLFile({
          url: `/faq/${faq.id}/`,
          content: pagefindRecordHtml({
            title: faq.title,
            subcategory: faq.category,
            updated: faq.updated,
            titleRank: titleRank.get(faq.id)!,
            body: faq.body,
            zone: words.zones[i]!,
          }),
        }),
      ),
    );
    results.forEach((added, i) => failOn(`페이지 색인(faq/${ordered[i]!.id}/)`, added.errors));

    fs.rmSync(output, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: output });
    failOn('파일 쓰기', written.errors);
  } finally {
    await pagefind.close();
  }
  // doum draws its own search UI and runs Pagefind on the main thread: Pagefind's UI bundles and
  // worker would only be dead weight on the host.
  for (const file of fs.readdirSync(output)) if (/^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(file)) fs.rmSync(path.join(output, file));
  const meta = JSON.stringify(searchMeta(tree, synonyms, subcategoriesInPageOrder(output, faqs)));
  fs.writeFileSync(path.join(output, SEARCH_META_FILE), meta);
  await recompressFirstSearchFiles(output, cacheDir);
  return {
    pages: ordered.length,
    zoneWords: words.stats.zoneWords,
    topicWords: words.stats.topicWords,
    analysisSeconds: (analysed - started) / 1000,
    pagefindSeconds: (performance.now() - analysed) / 1000,
  };
}

/**
 * The subcategory of each page Pagefind wrote, in its page order (its pf_meta list of page hashes;
 * each hash names the fragment that holds the page's URL). Read back rather than assumed from the
 * order pages were added, so the search page's counts can never name the wrong pages.
 */
function subcategoriesInPageOrder(output: string, faqs: readonly FaqPageText[]): string[] {
  const byId = new Map(faqs.map((faq) => [faq.id, faq.category]));
  const metaFile = fs.readdirSync(output).find((f) => f.endsWith('.pf_meta'));
  if (!metaFile) throw new PagefindError(`${output}: Pagefind가 색인 정보(pf_meta)를 쓰지 않았습니다.`);
  return pageHashesOf(zlib.gunzipSync(fs.readFileSync(path.join(output, metaFile)))).map((hash) => {
    const id = faqIdOfUrl(readFragment(output, hash).url);
    const category = byId.get(id);
    if (category === undefined) throw new PagefindError(`${fragmentFile(output, hash)}: 색인한 적 없는 문서(${id})입니다.`);
    return category;
  });
}

const fragmentFile = (output: string, hash: string) => path.join(output, 'fragment', `${hash}.pf_fragment`);

/** The stored record (fragment) of page `hash` of the index written to `output`. */
export function readFragment(output: string, hash: string): PagefindFragment {
  return JSON.parse(zlib.gunzipSync(fs.readFileSync(fragmentFile(output, hash))).subarray(PAGEFIND_SIGNATURE_BYTES).toString('utf8')) as PagefindFragment;
}

/**
 * Every first search fetches pf_meta and the wasm, whatever the query; Pagefind gzips them at a
 * fast level. Zopfli writes the same bytes as a smaller gzip that any inflater reads (names stay):
 * 57.7 → 51.8 KB and 55.4 → 52.8 KB on the 5,765-page corpus, for about a second of build, and
 * pf_meta without page lengths is 40.1 KB. The index chunks and fragments would gain 3 % for
 * minutes of build, so they stay as Pagefind wrote them.
 */
async function recompressFirstSearchFiles(output: string, cacheDir: string | undefined): Promise<void> {
  const { gzipAsync } = await loadZopfli();
  for (const file of fs.readdirSync(output).filter((f) => /\.pf_meta$|^wasm\..*\.pagefind$/.test(f))) {
    const written = fs.readFileSync(path.join(output, file));
    let inside: Uint8Array = zlib.gunzipSync(written);
    // The wasm is the same in every build with this Pagefind: recompressed once, then kept.
    const kept = cacheDir && file.startsWith('wasm.') ? path.join(cacheDir, 'doum-zopfli', `${createHash('sha256').update(written).digest('hex')}.gz`) : undefined;
    if (kept && fs.existsSync(kept) && zlib.gunzipSync(fs.readFileSync(kept)).equals(inside)) {
      fs.copyFileSync(kept, path.join(output, file));
      continue;
    }
    // Page lengths do not rank doum's results, so pf_meta need not carry them (pagefind-meta.ts).
    if (file.endsWith('.pf_meta') && PAGEFIND_RANKING.pageLength === 0) inside = withWordCounts(inside, () => 1);
    const smaller = await gzipAsync(inside, { numiterations: ZOPFLI_ITERATIONS });
    if (smaller.length >= written.length) continue;
    fs.writeFileSync(path.join(output, file), smaller);
    if (kept) {
      fs.mkdirSync(path.dirname(kept), { recursive: true });
      fs.writeFileSync(kept, smaller);
    }
  }
}

/**
 * @gfx/zopfli without the process-wide handlers its Emscripten glue adds when it loads: they
 * rethrow every uncaught error and abort on every unhandled rejection, so a later failure of the
 * build would print the library's minified source instead of doum's message.
 */
async function loadZopfli(): Promise<typeof import('@gfx/zopfli')> {
  const exception = process.listeners('uncaughtException');
  const rejection = process.listeners('unhandledRejection');
  const zopfli = await import('@gfx/zopfli');
  for (const listener of process.listeners('uncaughtException')) if (!exception.includes(listener)) process.off('uncaughtException', listener);
  for (const listener of process.listeners('unhandledRejection')) if (!rejection.includes(listener)) process.off('unhandledRejection', listener);
  return zopfli;
}

/** Indexes the built site with Pagefind's defaults into <distDir>/pagefind-plain; returns pages indexed. */
export async function writePlainIndex(distDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    failOn('색인 만들기', errors);
    if (!index) throw new PagefindError('Pagefind 색인을 만들지 못했습니다.');
    const added = await index.addDirectory({ path: distDir });
    failOn('페이지 읽기', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(distDir, PLAIN_PAGEFIND_DIR) });
    failOn('파일 쓰기', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(plain = buildEnv('DOUM_PAGEFIND_PLAIN') === '1'): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'doum-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const faqs = readBuiltFaqs(
          distDir,
          pages.map((p) => p.pathname),
        );
        const read = (performance.now() - started) / 1000;
        const stats = await writeDoumIndex(distDir, faqs, getCategoryTree(), searchSynonyms(), cacheDir);
        logger.info(
          `검색 색인: 도움말 ${stats.pages}개, 색인 낱말 ${stats.zoneWords}개(주제 ${stats.topicWords}), 읽기 ${read.toFixed(2)}초 + 분석 ${stats.analysisSeconds.toFixed(2)}초 + Pagefind ${stats.pagefindSeconds.toFixed(2)}초`,
        );
        if (plain) {
          const started = performance.now();
          const count = await writePlainIndex(distDir);
          logger.info(`기본 Pagefind 색인(비교용): ${count}쪽, ${((performance.now() - started) / 1000).toFixed(2)}초`);
        }
      },
    },
  };
}
