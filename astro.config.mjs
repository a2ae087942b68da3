// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/csp.ts';
import { buildEnv } from './src/data/build-env.ts';

// Deployment settings come from the environment (src/data/build-env.ts lists every name the build
// reads) so one checkout serves production and previews.
const site = buildEnv('DOUM_SITE') ?? 'http://127.0.0.1:4321';
const base = buildEnv('DOUM_BASE') ?? '/';
// Benchmarks and tests build other content sets side by side without sharing output or caches.
const outDir = buildEnv('DOUM_OUT_DIR') ?? './dist';
const cacheDir = buildEnv('DOUM_CACHE_DIR') ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  output: 'static',
  integrations: [pagefind(), securityHeaders()],
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  // FAQs are rendered by src/lib/mdx/render-mdx.ts; Astro's own Markdown pipeline (and its Shiki,
  // whose inline styles a strict CSP blocks) is not used.
  markdown: { syntaxHighlight: false },
  build: {
    format: 'directory',
    // Styles and scripts as files, so a hash-free CSP header can allow them by origin.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
