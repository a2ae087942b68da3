import { expect, test, type Page } from '@playwright/test';
import { axeViolations, openSearch, scrollsSideways, searchTotal, smallTargets, treeCounts } from './helpers.ts';

/** Node ids of the filter tree's visible entries, in order ('' = 전체). */
async function shownNodes(page: Page): Promise<string[]> {
  return page.locator('[data-search-tree] a[data-node]:visible').evaluateAll((els) => els.map((el) => el.getAttribute('data-node')!));
}

/** Page top of the first result, once the page has drawn the query. */
async function firstResultTop(page: Page): Promise<number> {
  const first = page.locator('[data-search-result]').first();
  await expect(first).toBeVisible();
  return first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const q of ['환불', 'ㅎㅂ 계좌', '세금계산서 언제 발행돼요']) {
    test(`‘${q}’: count, box, 카테고리 선택 and 정렬 기준 come first and the first result starts on the first screen`, async ({ page }) => {
      await openSearch(page, { q });
      expect(await searchTotal(page)).toBeGreaterThan(0);
      const top = await firstResultTop(page);
      expect(top).toBeLessThan(844);
      for (const control of [page.locator('[data-search-heading]'), page.locator('#search-page-input'), page.locator('[data-filter-toggle]'), page.getByLabel('정렬 기준')]) {
        await expect(control).toBeInViewport();
        expect((await control.boundingBox())!.y).toBeLessThan(top);
      }
      await expect(page.locator('[data-search-tree]')).toBeHidden();
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 844 });
        expect(await scrollsSideways(page), `${width} px`).toBe(false);
        expect(await firstResultTop(page), `${width} px`).toBeLessThan(844);
      }
    });
  }

  test('every control on the page is a tap target of at least 44 px, the open tree included', async ({ page }) => {
    await openSearch(page, { q: '캐시' });
    await page.locator('[data-filter-toggle]').click();
    await page.getByRole('button', { name: /^모두 보기/ }).click();
    // Links inside a sentence are exempt.
    expect(await smallTargets(page, 'a[href], button, select, input:not([type="hidden"]), [data-node]', 'p')).toEqual([]);
  });

  test('the 카테고리 선택 button opens the tree; choosing a node updates the URL, the count and the button', async ({ page }) => {
    await openSearch(page, { q: '캐시' });
    const toggle = page.locator('[data-filter-toggle]');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const total = await searchTotal(page);
    await expect(toggle).toContainText(`전체 (${total})`);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const billing = page.locator('[data-search-tree] a[data-node="billing"]');
    await expect(billing).toBeVisible();
    const billingCount = (await treeCounts(page)).get('billing')!;
    expect(billingCount).toBeGreaterThan(0);
    expect(billingCount).toBeLessThan(total);
    await billing.click();

    await expect(page).toHaveURL(/[?&]q=%EC%BA%90%EC%8B%9C&category=billing$/);
    await expect.poll(() => searchTotal(page)).toBe(billingCount);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toContainText(`월렛과 결제 (${billingCount})`);
    await expect(toggle).toBeFocused();
    await expect(page.locator('[data-search-tree]')).toBeHidden();
    expect(await firstResultTop(page)).toBeLessThan(844);

    await page.goBack();
    await expect(page).not.toHaveURL(/category=/);
    await expect.poll(() => searchTotal(page)).toBe(total);
    await expect(toggle).toContainText(`전체 (${total})`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing with the tree open, in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openSearch(page, { q: '환불' });
      await page.locator('[data-filter-toggle]').click();
      await page.getByRole('button', { name: /^모두 보기/ }).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the open tree closes with Esc and gives focus back to its button', async ({ page }) => {
    await openSearch(page, { q: '환불' });
    const toggle = page.locator('[data-filter-toggle]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-search-tree]')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-search-tree] a[data-node=""]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-tree]')).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('the filter tree', () => {
  test('a query that hits one subcategory shows only that branch until 모두 보기', async ({ page }) => {
    await openSearch(page, { q: '세금계산서' });
    const shown = await shownNodes(page);
    const showAll = page.getByRole('button', { name: /^모두 보기/ });
    await showAll.click();
    const counts = await treeCounts(page);
    const leaves = await page.locator('[data-search-tree] li:not(:has(ul)) > a[data-node]').evaluateAll((els) => els.map((el) => el.getAttribute('data-node')!));
    const hit = leaves.filter((id) => id && counts.get(id)! > 0);
    expect(hit, 'precondition: 세금계산서 is answered in one subcategory').toHaveLength(1);
    // That leaf, its category and service, and 전체: nothing else took space.
    expect(shown).toEqual([...counts.keys()].filter((id) => id === '' || counts.get(id)! > 0));
    expect(shown).toHaveLength(4);
    expect(shown.at(-1)).toBe(hit[0]);

    // 모두 보기: every node, those without results disabled; the same button goes back.
    expect(await shownNodes(page)).toEqual([...counts.keys()]);
    await expect(page.locator('[data-search-tree] [aria-disabled="true"]:visible').first()).toBeVisible();
    const back = page.getByRole('button', { name: '결과 있는 카테고리만 보기' });
    await expect(back).toBeFocused();
    await back.click();
    expect(await shownNodes(page)).toEqual(shown);
  });

  test('the chosen node and its ancestors stay in view without results; links keep the query and sort', async ({ page }) => {
    await page.goto('search/?q=환불&category=skills&sort=latest');
    await expect(page.locator('[data-search-empty-title]')).toBeVisible();
    const shown = await shownNodes(page);
    expect(shown).toEqual(expect.arrayContaining(['', 'admin', 'bot-setup', 'skills']));
    await expect(page.locator('[data-search-tree] [aria-current="true"]')).toHaveAttribute('data-node', 'skills');
    const counts = await treeCounts(page);
    for (const id of shown) if (!['', 'admin', 'bot-setup', 'skills'].includes(id)) expect(counts.get(id), id).toBeGreaterThan(0);
    // Nodes with results are one tap away from the empty category, with the query and sort kept.
    const refund = page.locator('[data-search-tree] a[data-node="refund"]');
    expect(new URLSearchParams((await refund.getAttribute('href'))!.split('?')[1]).toString()).toBe('q=%ED%99%98%EB%B6%88&category=refund&sort=latest');
    await refund.click();
    await expect.poll(() => searchTotal(page)).toBe(counts.get('refund'));
  });

  test('on a desktop the tree is a side column that stays in view over a long list and never covers the footer', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openSearch(page, { q: '', category: 'admin' });
    const nav = page.locator('[data-search-filter]');
    const results = page.locator('[data-search-results]');
    const navBox = (await nav.boundingBox())!;
    expect(navBox.x + navBox.width).toBeLessThan((await results.boundingBox())!.x); // beside the results
    // Browsing shows the whole tree (every node has FAQs): taller than the screen, it scrolls in its own box.
    expect(await nav.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect((await nav.boundingBox())!.height).toBeLessThanOrEqual(720);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(async () => (await nav.boundingBox())!.y).toBeLessThan(32);
    await expect(nav).toBeInViewport({ ratio: 0.9 });

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const footer = (await page.locator('body > footer').boundingBox())!;
    const atEnd = (await nav.boundingBox())!;
    expect(atEnd.y + atEnd.height).toBeLessThanOrEqual(footer.y);
  });
});
