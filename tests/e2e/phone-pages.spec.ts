import { expect, test } from '@playwright/test';
import { scrollsSideways, smallTargets } from './helpers.ts';

/** Category and article pages on a phone: nothing scrolls sideways, and everything is tappable. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const PAGES = ['admin/', 'admin/billing/refund/', 'market/', 'faq/refund-account/', 'faq/team-roles/', 'faq/partial-refund/'];

for (const width of [320, 390]) {
  test(`at ${width} px nothing scrolls sideways and every control is a 44 px target`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const url of PAGES) {
      await page.goto(url);
      expect(await scrollsSideways(page), url).toBe(false);
      // Links inside a sentence and the writer's text are exempt; the tab labels are not.
      expect(await smallTargets(page, 'a[href], button, select, input:not([type="hidden"]), .tabs > label', 'p, .prose-faq', '.tabs > label'), url).toEqual([]);
    }
  });
}

test('a long breadcrumb wraps inside the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('faq/channel-name-rules/'); // 홈 › 누리톡 비즈니스 채널 › 채널 시작하기 › 프로필과 채널 홈
  const crumbs = page.getByRole('navigation', { name: '현재 위치' }).locator('li');
  const boxes = await crumbs.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, right: r.right })));
  expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'rows').toBeGreaterThan(1);
  for (const box of boxes) expect(box.right).toBeLessThanOrEqual(320);
});

test('a wide table scrolls in its own box and keeps its words whole', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('faq/team-roles/');
  const table = page.locator('[data-faq-body] table').first();
  const { scrollWidth, clientWidth } = await table.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // A header such as 마스터 stays on one line instead of one syllable per line.
  const lines = await table.locator('th').nth(1).evaluate((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  await table.evaluate((el) => el.scrollBy({ left: 200 }));
  expect(await table.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('platform tabs switch by touch', async ({ page }) => {
  await page.goto('faq/partial-refund/');
  const tabs = page.locator('.tabs').first();
  await expect(tabs.locator('.tab-panel').first()).toBeVisible();
  await tabs.locator('label').nth(1).tap();
  await expect(tabs.locator('.tab-panel').nth(1)).toBeVisible();
  await expect(tabs.locator('.tab-panel').first()).toBeHidden();
});
