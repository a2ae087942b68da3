import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Scratch folders for tests that build another content set. Content goes to the OS temp folder;
 * the build output stays inside the project, because Astro keeps its prerender chunks next to an
 * output folder inside the project but in the shared <root>/.astro when the output is elsewhere,
 * and builds running side by side would overwrite each other's chunks there.
 */
const made: string[] = [];

export function scratchBuild(name: string): { dir: string; outDir: string; cacheDir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `doum-${name}-`));
  const builds = path.resolve('node_modules/.cache/doum-test-builds');
  fs.mkdirSync(builds, { recursive: true });
  const own = fs.mkdtempSync(path.join(builds, `${name}-`));
  made.push(dir, own);
  return { dir, outDir: path.join(own, 'dist'), cacheDir: path.join(own, 'cache') };
}

/** Removes this worker's scratch folders (call from test.afterAll). */
export function removeScratch(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
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
      const holder = Number(fs.readFileSync(path.join(LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (holder && !alive(holder)) fs.rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 250);
    }
  }
}
