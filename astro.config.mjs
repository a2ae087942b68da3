// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { faqMarkdown, faqMdx } from './src/integrations/faq-markdown.ts';
import { faqMdxPolicy } from './src/lib/mdx/policy.ts';
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
  integrations: [mdx({ processor: faqMdx({ base, ...faqMdxPolicy }), optimize: true }), pagefind(), securityHeaders()],
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  // FAQ bodies: Astro's Markdown processor with doum's writer rules (src/integrations/faq-markdown.ts).
  // No Shiki: its inline styles break the strict CSP.
  markdown: { syntaxHighlight: false, processor: faqMarkdown({ base }) },
  build: {
    format: 'directory',
    // Styles and scripts as files, so a hash-free CSP header can allow them by origin.
    inlineStylesheets: 'never',
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // One harmless warning per .mdx file (withastro/astro#18087): Astro's own propagation hint.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
        // es-hangul builds lookup patterns at module level that doum never uses; declared pure
        // (RegExp, Object.keys, and calls on its JASO_HANGUL_NFD and JONGSEONGS tables), they are
        // left out of the search page's first script (−26 and −27 bytes gzip).
        treeshake: { manualPureFunctions: ['RegExp', 'Object.keys', 'JASO_HANGUL_NFD', 'JONGSEONGS'] },
        // The search UI's Korean strings in a chunk of their own: both search scripts import them
        // and the engine, and the bundler would otherwise merge them into the engine's chunk.
        output: { codeSplitting: { groups: [{ name: 'ui-text', test: /src[\\/]lib[\\/]ui-text\.ts$/ }] } },
      },
    },
  },
});
