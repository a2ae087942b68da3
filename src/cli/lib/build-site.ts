/** Runs `astro build` for a content folder into an output folder (CLI tools: eval, bench). */
import { spawnSync } from 'node:child_process';

export interface BuildOptions {
  contentDir?: string;
  outDir: string;
  cacheDir: string;
  base?: string;
  site?: string;
  /** Also write the plain-Pagefind comparison index (pagefind-plain/). */
  pagefind?: boolean;
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
  };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`astro build 실패 (${options.outDir})`);
}
