/** sitemap.xml: home, about, every category page (first page) and every published FAQ. */
import type { APIRoute } from 'astro';
import { getCategoryTree } from '../data/category-tree.ts';
import { getFaqs } from '../data/faqs.ts';
import { isPreviewBuild } from '../data/site.ts';
import { isoDay } from '../lib/format.ts';
import { faqPath, nodePath, withBase } from '../lib/paths.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const origin = site ?? new URL('http://localhost/');
  const url = (p: string) => new URL(withBase(base, p), origin).href;
  const faqs = await getFaqs();
  // A preview build is noindex everywhere: its sitemap lists nothing.
  const entries = isPreviewBuild()
    ? []
    : [
        { loc: url(''), lastmod: faqs[0] ? isoDay(faqs[0].updated) : undefined },
        { loc: url('about/') },
        ...[...getCategoryTree().byId.values()].map((node) => ({ loc: url(nodePath(node)) })),
        ...faqs.map((faq) => ({ loc: url(faqPath(faq.id)), lastmod: isoDay(faq.updated) })),
      ];
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
