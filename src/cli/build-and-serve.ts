/**
 * Builds the site into its own folder and serves it (used by the e2e tests' web servers).
 * node src/cli/build-and-serve.ts --out dist-e2e --port 4391 [--base /preview/pr-1/] [--preview [--label "PR #1 · e2e"]]
 */
import { buildSite } from './lib/build-site.ts';
import { startStaticServer } from './lib/static-server.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const out = option('--out', 'dist-e2e');
const port = option('--port', '4391');
const base = option('--base', '/');
buildSite({
  outDir: out,
  cacheDir: `node_modules/.astro-${out}`,
  base,
  site: `http://127.0.0.1:${port}`,
  // No base ref: the changes page says it has nothing to compare with.
  ...(args.includes('--preview') ? { preview: { label: option('--label', ''), baseRef: '' } } : {}),
});
await startStaticServer({ dir: out, port: Number(port), base });
console.log(`serving ${out} on http://127.0.0.1:${port}${base}`);
