/**
 * The shared Korean corpora (../shared/corpus, or DOUM_CORPUS_DIR) the benchmark and the search
 * evaluation import into .bench/, never into content/.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const CORPUS_DIR = path.resolve(process.env.DOUM_CORPUS_DIR ?? '../shared/corpus');

/** Imports a JSONL corpus into `contentDir` with the importer of the checkout at `cwd` (this one by default). */
export function importCorpus(file: string, contentDir: string, cwd?: string): void {
  execFileSync(process.execPath, ['src/cli/import-jsonl.ts', '--replace', '--content', contentDir, file], { ...(cwd ? { cwd } : {}), stdio: ['ignore', 'ignore', 'inherit'] });
}
