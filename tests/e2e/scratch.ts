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
