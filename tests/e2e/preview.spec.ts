import { expect, test } from '@playwright/test';
import { PREVIEW_BASE, PREVIEW_LABEL } from '../../playwright.config.ts';
import { axeViolations, openSearch, resultTitles, searchTotal } from './helpers.ts';

/**
 * The e2e preview build: the sample content under /preview/pr-1/ with DOUM_PREVIEW=1 and a label,
 * but no DOUM_PREVIEW_BASE (tests/e2e/preview-changes.spec.ts builds a git fixture with one).
 */
const PAGE_TYPES = ['./', 'admin/', 'admin/billing/refund/', 'faq/refund-account/', 'search/?q=환불', 'about/', 'no/such/page/'];

test.describe('preview build under a sub-path', () => {
  test('every page type carries noindex and loads its styles under the base', async ({ page }) => {
    for (const path of PAGE_TYPES.filter((p) => p !== 'no/such/page/')) {
      await page.goto(path);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      const stylesheet = page.locator('link[rel="stylesheet"]').first();
      await expect(stylesheet).toHaveAttribute('href', /^\/preview\/pr-1\/_astro\//);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).toBe('absolute');
    }
  });

  test('every page type shows the preview banner after the skip link, linking to the changes page', async ({ page }) => {
    for (const path of PAGE_TYPES) {
      await page.goto(path);
      const banner = page.getByRole('region', { name: '미리보기 안내' });
      await expect(banner, path).toContainText(`미리보기 ${PREVIEW_LABEL}`);
      await expect(banner.getByRole('link', { name: '이번에 바뀐 내용 보기' }), path).toHaveAttribute('href', `${PREVIEW_BASE}preview-changes/`);
      // 본문 바로가기 is still the first thing in the body.
      expect(await page.evaluate(() => document.body.firstElementChild?.className), path).toBe('skip-link');
    }
  });

  test('without a base ref the changes page says so in Korean', async ({ page }) => {
    await page.goto('preview-changes/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('이 미리보기에서 바뀐 내용');
    const problem = page.locator('[data-preview-problem="no-ref"]');
    await expect(problem).toContainText('바뀐 내용을 계산하지 못했습니다');
    await expect(problem).toContainText('DOUM_PREVIEW_BASE');
    await expect(page.getByRole('region', { name: '미리보기 안내' }).getByRole('link')).toHaveAttribute('aria-current', 'page');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the banner and the changes page pass axe in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['./', 'preview-changes/']) {
        await page.goto(path);
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
  }

  test('search finds the preview content and links under the base', async ({ page }) => {
    // Pagefind's files must load from under the base.
    const indexRequests: string[] = [];
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.includes('/pagefind/')) indexRequests.push(pathname);
    });
    await openSearch(page, { q: '환불' });
    expect(await searchTotal(page)).toBeGreaterThan(0);
    const [first] = await resultTitles(page);
    await expect(page.getByRole('main').getByRole('link', { name: first! }).first()).toHaveAttribute('href', new RegExp(`^${PREVIEW_BASE}faq/`));
    expect(indexRequests.length).toBeGreaterThan(0);
    for (const p of indexRequests) expect(p.startsWith(PREVIEW_BASE), p).toBe(true);
  });
});
