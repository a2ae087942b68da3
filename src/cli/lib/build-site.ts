/** Runs `astro build` for a content folder into an output folder (CLI tools and tests). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
    // Set even when empty, so a value in the caller's environment does not leak in.
    ...(options.preview?.label !== undefined ? { DOUM_PREVIEW_LABEL: options.preview.label } : {}),
    ...(options.preview?.baseRef !== undefined ? { DOUM_PREVIEW_BASE: options.preview.baseRef } : {}),
  };
  const release = lockAstroRoot();
  let result;
  try {
    result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    release();
  }
  if (result.status !== 0) throw new Error(`astro build 실패 (${options.outDir})`);
}

const LOCK = path.resolve('node_modules/.cache/doum-astro-root.lock');

/** True while process `pid` runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Astro keeps the list of MDX modules to render in <root>/.astro/content-modules.mjs, whatever the
 * cache and output folders, so builds (or a dev server) of different content in one checkout must
 * not overlap. Waits for the checkout's lock and returns its release.
 */
export function lockAstroRoot(): () => void {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      return () => fs.rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder();
      if (holder === 'released') continue;
      if (holder !== 'starting' && (holder === 0 || !alive(holder))) fs.rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 250);
    }
  }
}

/**
 * The pid in the lock, 'starting' while its holder has made the folder but not yet written the pid
 * (or crashed in between: after a minute the folder counts as left behind, 0), or 'released' when the
 * holder let go between our mkdir and this read.
 */
function lockHolder(): number | 'starting' | 'released' {
  try {
    return Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8')) || 'starting';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    try {
      return Date.now() - fs.statSync(LOCK).mtimeMs > 60_000 ? 0 : 'starting';
    } catch {
      return 'released';
    }
  }
}
