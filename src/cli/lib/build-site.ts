/** Runs `astro build` for a content folder into an output folder (CLI tools and tests). */
import { spawnSync } from 'node:child_process';

export interface BuildOptions {
  contentDir?: string;
  outDir: string;
  cacheDir: string;
  base?: string;
  site?: string;
  /** Also write the plain-Pagefind comparison index (pagefind-plain/). */
  pagefind?: boolean;
  /** A preview build (DOUM_PREVIEW=1) with its banner label and the git ref it compares against. */
  preview?: { label?: string; baseRef?: string };
}

export function buildSite(options: BuildOptions): void {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOUM_OUT_DIR: options.outDir,
    DOUM_CACHE_DIR: options.cacheDir,
    ...(options.contentDir ? { DOUM_CONTENT_DIR: options.contentDir } : {}),
    ...(options.base ? { DOUM_BASE: options.base } : {}),
    ...(options.site ? { DOUM_SITE: options.site } : {}),
    ...(options.pagefind ? { DOUM_PAGEFIND_PLAIN: '1' } : {}),
    ...(options.preview ? { DOUM_PREVIEW: '1' } : {}),
    ...(options.preview?.label ? { DOUM_PREVIEW_LABEL: options.preview.label } : {}),
    ...(options.preview?.baseRef ? { DOUM_PREVIEW_BASE: options.preview.baseRef } : {}),
  };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`astro build 실패 (${options.outDir})`);
}
