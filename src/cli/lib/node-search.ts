/**
 * doum's Korean layer over a built site, in Node: the site served on 127.0.0.1 and Pagefind's own
 * browser bundle loaded from it, on the main thread. For the benchmark, the evaluation's
 * diagnostics and the layer's tests: the same files and code a browser uses.
 */
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGEFIND_DIR, SEARCH_META_FILE } from '../../integrations/pagefind.ts';
import { KoreanSearch, PAGEFIND_OPTIONS } from '../../lib/search/korean-search.ts';
import type { PagefindApi, PagefindBundle } from '../../lib/search/pagefind-api.ts';
import { type PageDirectory, watchPageDirectory } from '../../lib/search/page-directory.ts';
import type { SearchMeta } from '../../lib/search/search-meta.ts';
import { synonymRulesOf } from '../../lib/search/synonyms.ts';
import { startStaticServer } from './static-server.ts';

export interface NodeSearch {
  search: KoreanSearch;
  /** Pagefind's API on the same index, without doum's layer. */
  pagefind: PagefindApi;
  /** Where the index's pages are, for another layer over the same Pagefind (tests). */
  directory: PageDirectory;
  close(): void;
}

/** Serves `dist` on a free port and loads the search from it (`bundle`: pagefind or pagefind-plain). */
export async function nodeSearch(dist: string, bundle = PAGEFIND_DIR): Promise<NodeSearch> {
  const server: http.Server = await startStaticServer({ dir: dist, port: 0 });
  const { port } = server.address() as AddressInfo;
  // A private copy per load: Pagefind keeps one instance per module, and Node caches modules by URL.
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'doum-pagefind-')), 'pagefind.mjs');
  fs.copyFileSync(path.join(dist, bundle, 'pagefind.js'), copy);
  const basePath = `http://127.0.0.1:${port}/${bundle}/`;
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(copy).href)) as PagefindBundle;
  // Plain Pagefind keeps its own ranking.
  await pagefind.options({ basePath, ...(bundle === PAGEFIND_DIR ? PAGEFIND_OPTIONS : { noWorker: true }) });
  const metaFile = path.join(dist, bundle, SEARCH_META_FILE);
  // Plain Pagefind has no doum.json: its `search` is doum's layer with no synonyms over it.
  const meta: SearchMeta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : { nodes: [], synonyms: [], pages: '' };
  // Before Pagefind fetches anything (it starts at the first search).
  const directory = watchPageDirectory(basePath, meta);
  return {
    search: new KoreanSearch(pagefind, synonymRulesOf(meta.synonyms), directory),
    pagefind,
    directory,
    close: () => {
      server.close();
      fs.rmSync(path.dirname(copy), { recursive: true, force: true });
    },
  };
}
