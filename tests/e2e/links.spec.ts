import { expect, test } from '@playwright/test';
import { crawlSite } from './crawl.ts';

/**
 * Crawls the whole built site from the home page and checks every internal link, asset and
 * #anchor. Runs at the root and under the preview base path (playwright.config.ts projects).
 */
test('no broken internal links, assets or anchors anywhere on the site', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const { problems, pages } = await crawlSite(request, baseURL!);
  expect(problems).toEqual([]);
  const root = new URL(baseURL!);
  const faqPages = [...pages.keys()].filter((u) => new URL(u).pathname.startsWith(`${root.pathname}faq/`));
  expect(faqPages.length).toBeGreaterThanOrEqual(80);
});
