/**
 * Optional plain-Pagefind index (default settings) of the built site, written to <dist>/pagefind.
 * doum's own Korean index replaces Pagefind in the browser (see the README: Pagefind's fixed
 * runtime alone is 128 KB on the 5,765-page corpus, over the 120 KB cold-search budget); this
 * step exists so the evaluation and the benchmark can compare against Pagefind on the very same
 * pages. Enabled with DOUM_PAGEFIND=1. Every Pagefind error fails the build, and the Pagefind
 * service is always closed.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new PagefindError(`Pagefind ${step} 실패:\n${errors.join('\n')}`);
}

/** Indexes `distDir` with Pagefind's defaults; returns the number of pages indexed. */
export async function writePagefindIndex(distDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    failOn('색인 만들기', errors);
    if (!index) throw new PagefindError('Pagefind 색인을 만들지 못했습니다.');
    const added = await index.addDirectory({ path: distDir });
    failOn('페이지 읽기', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    failOn('파일 쓰기', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindBaseline(enabled = process.env.DOUM_PAGEFIND === '1'): AstroIntegration {
  return {
    name: 'doum-pagefind-baseline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const started = performance.now();
        const pages = await writePagefindIndex(fileURLToPath(dir));
        logger.info(`기본 Pagefind 색인(비교용): ${pages}쪽, ${((performance.now() - started) / 1000).toFixed(2)}초`);
      },
    },
  };
}
