/**
 * Builds the site into its own folder and serves it (used by the e2e tests' web servers).
 * node src/cli/build-and-serve.ts --out dist-e2e --port 4391 [--base /preview/pr-1/] [--preview [--label "PR #1 · e2e"]]
 */
import { execFileSync } from 'node:child_process';
import { startStaticServer } from './lib/static-server.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const out = option('--out', 'dist-e2e');
const port = option('--port', '4391');
const base = option('--base', '/');
const env = {
  ...process.env,
  DOUM_OUT_DIR: out,
  DOUM_CACHE_DIR: `node_modules/.astro-${out}`,
  DOUM_BASE: base,
  DOUM_SITE: `http://127.0.0.1:${port}`,
  ...(args.includes('--preview') ? { DOUM_PREVIEW: '1', DOUM_PREVIEW_LABEL: option('--label', ''), DOUM_PREVIEW_BASE: '' } : {}),
};
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
await startStaticServer({ dir: out, port: Number(port), base });
console.log(`serving ${out} on http://127.0.0.1:${port}${base}`);
