import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA violations on the page as "rule: first targets", for toEqual([]). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** The number in "도움말 검색 결과 (총 N건)", once the search has rendered. */
export async function searchTotal(page: Page): Promise<number> {
  const total = page.locator('[data-search-total]');
  await expect(total).toBeVisible();
  return Number(await total.getAttribute('data-search-total'));
}

/** Waits until the page shows results (or the no-results panel) for the current URL. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('[data-search-total], [data-search-prompt]:visible').first()).toBeVisible();
}

/** Titles of results on the current page. */
export async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('[data-search-result] h3').allInnerTexts();
}

/** Walks every result page through the "다음" link and returns all titles in order. */
export async function allResultTitles(page: Page): Promise<string[]> {
  const titles: string[] = [];
  for (let guard = 0; guard < 100; guard++) {
    titles.push(...(await resultTitles(page)));
    const next = page.locator('[data-search-pages] a[rel="next"]');
    if ((await next.count()) === 0) return titles;
    const current = await page.locator('[data-search-pages] [aria-current="page"]').innerText();
    await next.click();
    await expect(page.locator('[data-search-pages] [aria-current="page"]')).not.toHaveText(current);
  }
  throw new Error('too many pages');
}

export async function openSearch(page: Page, params: { q: string; category?: string }): Promise<void> {
  await page.goto(`search/?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString()}`);
  await settled(page);
}

/** Every filter-tree node's count as the tree prints it, by node id ('' = 전체), hidden nodes included. */
export async function treeCounts(page: Page): Promise<Map<string, number>> {
  const entries = await page.locator('[data-search-tree] a[data-node]').evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-node')!, Number(/\((\d[\d,]*)\)\s*$/.exec(el.textContent ?? '')![1]!.replace(/,/g, ''))] as const),
  );
  return new Map(entries);
}

/** Is the page wider than the screen (does it scroll sideways)? */
export async function scrollsSideways(page: Page): Promise<boolean> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  return scrollWidth > innerWidth!;
}

/**
 * Controls matching `selector` that are shown and under 44 px tall, as "TAG text height". Those
 * inside `exempt` (links inside a sentence) are left out, unless they match `always`.
 */
export async function smallTargets(page: Page, selector: string, exempt: string, always = ''): Promise<string[]> {
  return page.locator(selector).evaluateAll(
    (els, [exempt, always]) =>
      els
        .filter((el) => el.getClientRects().length > 0 && ((always && el.matches(always)) || !el.closest(exempt)))
        .filter((el) => el.getBoundingClientRect().height < 44)
        .map((el) => `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 20)} ${Math.round(el.getBoundingClientRect().height)}px`),
    [exempt, always] as const,
  );
}
