/** robots.txt: the search page is not for crawlers; a preview build is closed entirely. */
import type { APIRoute } from 'astro';
import { isPreviewBuild } from '../data/site.ts';
import { withBase } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const lines = isPreviewBuild()
    ? ['User-agent: *', 'Disallow: /']
    : ['User-agent: *', `Disallow: ${withBase(base, 'search/')}`, '', `Sitemap: ${new URL(withBase(base, 'sitemap.xml'), site ?? 'http://localhost/').href}`];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
