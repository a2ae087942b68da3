/** The browser search engine, run in Node over a built site's index files (tests, eval, bench). */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { SearchEngine } from '../../lib/search/engine.ts';

export function nodeEngine(distDir: string): SearchEngine {
  const root = path.join(distDir, 'search-index');
  return new SearchEngine(async (file) => new Uint8Array(zlib.gunzipSync(fs.readFileSync(path.join(root, file)))));
}
