import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { axeViolations, searchTotal } from './helpers.ts';

/** One URL per page type. */
const PAGE_TYPES: Record<string, string> = {
  home: './',
  service: 'admin/',
  category: 'admin/billing/',
  subcategory: 'admin/billing/refund/',
  article: 'faq/refund-account/',
  'search with results': 'search/?q=환불',
  'search without results': 'search/?q=우주선',
  '404': 'no/such/page/',
};

async function ready(page: Page, name: string): Promise<void> {
  if (name.startsWith('search')) await expect(page.locator('[data-search-total]')).toBeVisible();
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, url] of Object.entries(PAGE_TYPES)) {
      test(`${name} in ${scheme} has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await ready(page, name);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

test('every built page passes html-validate with 0 errors', async () => {
  const root = path.resolve('dist-e2e');
  const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(100);
  const validator = new HtmlValidate(JSON.parse(fs.readFileSync('.htmlvalidate.json', 'utf8')));
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(root, file));
    for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line} ${m.ruleId} ${m.message}`);
  }
  expect(errors).toEqual([]);
});

test.describe('Content Security Policy', () => {
  test('every page type runs under the strict policy with no violation, search included', async ({ page }) => {
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    for (const [name, url] of Object.entries(PAGE_TYPES)) {
      const response = await page.goto(url);
      expect(response?.headers()['content-security-policy'] ?? '', name).toContain("script-src 'self'");
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(meta, name).not.toContain('unsafe-inline');
      expect(meta, name).not.toMatch(/'unsafe-eval'/);
      await ready(page, name);
      if (name === 'article') {
        await page.locator('#header-search').fill('환불');
        await expect(page.locator('#header-search-suggestions [role="option"]').first()).toBeVisible();
      }
      expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), name).toEqual([]);
    }
    expect(await searchTotal(page)).toBeGreaterThanOrEqual(0);
    expect(problems.filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
  });
});

test.describe('SEO and sharing', () => {
  test('sitemap lists published pages only; robots points to it and keeps crawlers off search', async ({ request, baseURL }) => {
    const sitemap = await (await request.get('sitemap.xml')).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toContain('/faq/refund-account/');
    expect(locs).not.toContain('/faq/tax-invoice-amended/'); // a draft
    expect(locs.some((l) => l.startsWith('/search'))).toBe(false);
    expect(locs.length).toBeGreaterThan(100);
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toContain('Disallow: /search/');
    expect(robots).toContain(`Sitemap: ${new URL('sitemap.xml', baseURL).href}`);
  });

  test('titles and descriptions are Korean and unique; canonical, OpenGraph, Twitter and JSON-LD are present', async ({ request }) => {
    const sitemap = await (await request.get('sitemap.xml')).text();
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const url of urls) {
      const html = await (await request.get(url)).text();
      const title = /<title>([^<]+)<\/title>/.exec(html)![1]!;
      const description = /<meta name="description" content="([^"]+)"/.exec(html)![1]!;
      expect(title, url).toMatch(/[가-힣]/);
      expect(description, url).toMatch(/[가-힣]/);
      expect(titles.get(title), `${url} repeats the title of ${titles.get(title)}`).toBeUndefined();
      expect(descriptions.get(description), `${url} repeats the description of ${descriptions.get(description)}`).toBeUndefined();
      titles.set(title, url);
      descriptions.set(description, url);
      expect(html).toContain(`<link rel="canonical" href="${url}">`);
      for (const tag of ['og:title', 'og:description', 'og:url', 'og:type']) expect(html, url).toContain(`property="${tag}"`);
      expect(html).toContain('name="twitter:card"');
      expect(html).not.toContain('name="robots"');
      if (new URL(url).pathname.startsWith('/faq/')) {
        const ld = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(html)![1]!);
        expect(ld['@type']).toBe('BreadcrumbList');
        expect(ld.itemListElement.at(-1).item).toBe(url);
        expect(ld.itemListElement.length).toBe(5);
      }
    }
  });

  test('the search page is noindex', async ({ page }) => {
    await page.goto('search/?q=환불');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });
});

test.describe('keyboard only', () => {
  test('filter tree, sort and pages are reachable and operable by keyboard, with visible focus', async ({ page }) => {
    await page.goto('search/?q=결제');
    await expect(page.locator('[data-search-total]')).toBeVisible();
    const billing = page.locator('[data-search-tree] a[data-node="billing"]');
    await billing.focus();
    await expect(billing).toBeFocused();
    const outline = await billing.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/category=billing/);
    const status = page.locator('[data-search-status]');
    await expect(status).toHaveText(/^검색 결과 \d+건$/);
    await expect(status).toHaveText(`검색 결과 ${await searchTotal(page)}건`);

    const sort = page.getByLabel('정렬 기준');
    await sort.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/sort=latest/);

    await page.goto('search/?q=결제');
    await expect(page.locator('[data-search-total]')).toBeVisible();
    const next = page.locator('[data-search-pages] a[rel="next"]');
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator('[data-search-heading]')).toBeFocused();
  });
});
