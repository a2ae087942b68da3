/**
 * Serves a built site on 127.0.0.1 like a static host would (see lib/static-server.ts).
 * Usage: node src/cli/serve.ts [--dir dist] [--port 4321] [--base /preview/pr-1/]
 */
import path from 'node:path';
import { startStaticServer } from './lib/static-server.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const dir = args.get('dir') ?? process.env.DOUM_OUT_DIR ?? 'dist';
const port = Number(args.get('port') ?? process.env.PORT ?? 4321);
const base = args.get('base') ?? process.env.DOUM_BASE ?? '/';
await startStaticServer({ dir, port, base, log: process.env.DOUM_SERVE_LOG });
console.log(`도움: http://127.0.0.1:${port}${base.replace(/\/?$/, '/')} (${path.relative(process.cwd(), path.resolve(dir)) || '.'})`);
