/**
 * Astro integration: after the build, read every FAQ page from dist, build doum's Korean search
 * index and write it to <dist>/search-index/ (served under the site base like any asset).
 *
 * Files are gzip'd here, once, so any static host serves the same bytes; the browser inflates
 * them itself. Chunks live in a directory named by a content hash: a new build never mixes with
 * cached chunks of the previous one; only manifest.bin is fetched fresh.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { getCategoryTree } from '../data/category-tree.ts';
import { loadSynonyms } from '../data/synonyms.ts';
import { buildSearchIndex, type IndexDocument } from '../lib/search/build-index.ts';
import { readFaqPage } from '../lib/search/html-text.ts';

export const SEARCH_INDEX_DIR = 'search-index';

/** Reads FAQ documents from built pages under `distDir`. */
export function readBuiltFaqs(distDir: string, pathnames: readonly string[]): IndexDocument[] {
  const docs: IndexDocument[] = [];
  for (const pathname of pathnames) {
    if (!pathname.startsWith('faq/')) continue;
    const file = path.join(distDir, pathname, 'index.html');
    const doc = readFaqPage(fs.readFileSync(file, 'utf8'));
    if (!doc) throw new Error(`${file}: FAQ 페이지에서 검색용 본문(data-faq-*)을 찾지 못했습니다. src/pages/faq/[...id].astro의 표식이 바뀌었는지 확인하세요.`);
    docs.push(doc);
  }
  return docs;
}

/** Writes the index files; returns the bytes written. */
export function writeSearchIndex(distDir: string, docs: readonly IndexDocument[]): { bytes: number; files: number; stats: ReturnType<typeof buildSearchIndex>['stats'] } {
  const built = buildSearchIndex(docs, getCategoryTree(), loadSynonyms());
  const gz = (bytes: Uint8Array) => zlib.gzipSync(bytes, { level: 9 });
  const compressed = new Map([...built.files].map(([name, bytes]) => [name, gz(bytes)]));
  const hash = createHash('sha256');
  for (const [name, bytes] of [...compressed].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(name).update(bytes);
  built.manifest.dir = hash.digest('hex').slice(0, 12);

  const root = path.join(distDir, SEARCH_INDEX_DIR);
  fs.rmSync(root, { recursive: true, force: true });
  let bytes = 0;
  for (const [name, data] of compressed) {
    const file = path.join(root, built.manifest.dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
    bytes += data.length;
  }
  const manifest = gz(new TextEncoder().encode(JSON.stringify(built.manifest)));
  fs.writeFileSync(path.join(root, 'manifest.bin'), manifest);
  return { bytes: bytes + manifest.length, files: compressed.size + 1, stats: built.stats };
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'doum-search-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const docs = readBuiltFaqs(
          distDir,
          pages.map((p) => p.pathname),
        );
        const result = writeSearchIndex(distDir, docs);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `검색 색인: 도움말 ${result.stats.documents}개, 낱말 ${result.stats.terms}개, ${result.files}개 파일 ${(result.bytes / 1024).toFixed(1)} KiB (${seconds}초)`,
        );
      },
    },
  };
}
