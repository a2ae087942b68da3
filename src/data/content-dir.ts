/**
 * Where the writers' files live. DOUM_CONTENT_DIR lets benchmarks and tests build another content
 * set (an imported corpus, a broken fixture) without touching content/ in the working tree.
 */
import path from 'node:path';
import { buildEnv } from './build-env.ts';

export function contentDir(): string {
  return path.resolve(buildEnv('DOUM_CONTENT_DIR') ?? 'content');
}

/** Path for messages: relative to the project root, with forward slashes. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/');
}
