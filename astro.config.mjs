// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/integrations/search-index.ts';

// Deployment settings come from the environment so one checkout serves production and previews.
const site = process.env.DOUM_SITE || 'http://127.0.0.1:4321';
const base = process.env.DOUM_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), searchIndex()],
  markdown: {
    // Shiki writes inline styles (blocked by our CSP) and is the slowest part of rendering code.
    syntaxHighlight: false,
  },
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
