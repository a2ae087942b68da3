import { expect, test } from '@playwright/test';

/**
 * Crawls the whole built site from the home page and checks every internal link, asset and
 * #anchor. Runs at the root and under the preview base path (playwright.config.ts projects).
 */
test('no broken internal links, assets or anchors anywhere on the site', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const root = new URL(baseURL!);
  const queue = [root.href];
  const visited = new Map<string, string>(); // url → html
  const problems: string[] = [];
  const anchors: { from: string; url: string; id: string }[] = [];

  while (queue.length) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    const response = await request.get(url);
    const type = response.headers()['content-type'] ?? '';
    if (response.status() !== 200) {
      problems.push(`${response.status()} ${url}`);
      visited.set(url, '');
      continue;
    }
    const html = type.includes('text/html') ? await response.text() : '';
    visited.set(url, html);
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const target = new URL(raw, url);
      if (target.origin !== root.origin) continue;
      if (!target.pathname.startsWith(root.pathname)) {
        problems.push(`outside the base: ${raw} on ${url}`);
        continue;
      }
      if (target.hash) anchors.push({ from: url, url: target.href.split('#')[0]!, id: decodeURIComponent(target.hash.slice(1)) });
      target.hash = '';
      if (!visited.has(target.href) && !queue.includes(target.href)) queue.push(target.href);
    }
  }
  for (const a of anchors) {
    const html = visited.get(a.url) ?? '';
    if (html && !html.includes(`id="${a.id}"`)) problems.push(`missing #${a.id} on ${a.url} (linked from ${a.from})`);
  }
  expect(problems).toEqual([]);
  const faqPages = [...visited.keys()].filter((u) => new URL(u).pathname.startsWith(`${root.pathname}faq/`));
  expect(faqPages.length).toBeGreaterThanOrEqual(80);
});
