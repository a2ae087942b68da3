import { expect, test } from '@playwright/test';

test.describe('preview build under a sub-path', () => {
  test('every page type carries noindex and loads its styles under the base', async ({ page }) => {
    for (const path of ['./', 'admin/', 'admin/billing/refund/', 'faq/refund-account/', 'search/?q=환불', 'about/']) {
      await page.goto(path);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      const stylesheet = page.locator('link[rel="stylesheet"]').first();
      await expect(stylesheet).toHaveAttribute('href', /^\/preview\/pr-1\/_astro\//);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).toBe('absolute');
    }
  });

  test('search loads its index from under the base', async ({ page }) => {
    const indexRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('search-index')) indexRequests.push(new URL(r.url()).pathname);
    });
    await page.goto('search/?q=환불');
    await expect(page.locator('[data-search-result]').first()).toBeVisible();
    expect(indexRequests.length).toBeGreaterThan(0);
    for (const p of indexRequests) expect(p.startsWith('/preview/pr-1/search-index/')).toBe(true);
    const link = page.locator('[data-search-result] h3 a').first();
    await expect(link).toHaveAttribute('href', /^\/preview\/pr-1\/faq\//);
  });
});
