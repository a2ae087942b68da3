import { expect, test } from '@playwright/test';

test('home → service → category → subcategory → article, and back up the breadcrumb', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/도움/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('link', { name: '누리봇 관리자센터' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('누리봇 관리자센터');
  await page.locator('main').getByRole('link', { name: /월렛과 결제/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('월렛과 결제');
  await page.locator('main').getByRole('link', { name: /^환불/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('환불');
  await page.getByRole('link', { name: '환불 계좌는 어떻게 등록하나요?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('환불 계좌는 어떻게 등록하나요?');

  const crumbs = page.getByRole('navigation', { name: '현재 위치' });
  await expect(crumbs.getByRole('link')).toHaveText(['홈', '누리봇 관리자센터', '월렛과 결제', '환불']);
  await crumbs.getByRole('link', { name: '월렛과 결제' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('월렛과 결제');
  await page.getByRole('navigation', { name: '현재 위치' }).getByRole('link', { name: '홈' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('무엇을 도와드릴까요?');
});

test('category pages paginate 20 per page and sort 최신순 / 가나다순 by links', async ({ page }) => {
  await page.goto('admin/');
  const count = Number((await page.locator('#faqs-title').innerText()).match(/\(([\d,]+)건\)/)![1]!.replace(/,/g, ''));
  expect(count).toBeGreaterThan(20);
  const items = page.locator('section[aria-labelledby="faqs-title"] > ul > li');
  await expect(items).toHaveCount(20);

  const dates = await items.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort().reverse());

  const pager = page.getByRole('navigation', { name: '페이지' });
  await pager.getByRole('link', { name: '다음' }).click();
  await expect(page).toHaveURL(/admin\/page\/2\/$/);
  await expect(pager.locator('[aria-current="page"]')).toHaveText('2');
  const pages = Math.ceil(count / 20);
  await page.goto(`admin/page/${pages}/`);
  await expect(items).toHaveCount(count - 20 * (pages - 1));

  await page.goto('admin/');
  await page.getByRole('navigation', { name: '정렬 기준' }).getByRole('link', { name: '가나다순' }).click();
  await expect(page).toHaveURL(/admin\/title\/$/);
  const titles = await items.locator('a').allInnerTexts();
  expect(titles).toEqual([...titles].sort(new Intl.Collator('ko', { numeric: true }).compare));
  await expect(page.getByRole('navigation', { name: '정렬 기준' }).locator('[aria-current]')).toHaveText('가나다순');
});

test('an article shows related FAQs and previous/next within its subcategory', async ({ page }) => {
  await page.goto('faq/refund-account/');
  const related = page.getByRole('region', { name: '관련 도움말' }).or(page.locator('section[aria-labelledby="related-title"]'));
  await expect(related.getByRole('link').first()).toBeVisible();
  const neighbours = page.getByRole('navigation', { name: '같은 분류의 다른 도움말' });
  const next = neighbours.locator('a[rel="next"]');
  const previous = neighbours.locator('a[rel="prev"]');
  expect((await next.count()) + (await previous.count())).toBeGreaterThan(0);
  const target = (await next.count()) ? next : previous;
  const title = (await target.locator('span').last().innerText()).trim();
  await target.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('navigation', { name: '현재 위치' }).getByRole('link').last()).toHaveText('환불');
});

test('404 answers in Korean with a search box and the services', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없어요');
  await expect(page.locator('main').getByRole('combobox', { name: '도움말 검색' })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: '누리톡 비즈니스 채널' })).toBeVisible();
});

test('본문 바로가기 is the first focusable element and moves focus to main', async ({ page }) => {
  await page.goto('faq/refund-account/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문 바로가기' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('pages render fully; the search page says search needs JavaScript and offers categories', async ({ page }) => {
    await page.goto('faq/partial-refund/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('충전한 캐시 중 일부만 환불받을 수 있나요?');
    // Platform tabs work without scripts: choosing a tab shows its panel.
    const tabs = page.locator('.tabs').first();
    await expect(tabs.locator('.tab-panel').first()).toBeVisible();
    await tabs.locator('label').nth(1).click();
    await expect(tabs.locator('.tab-panel').nth(1)).toBeVisible();
    await expect(tabs.locator('.tab-panel').first()).toBeHidden();

    await page.goto('search/?q=환불');
    await expect(page.getByText('검색은 자바스크립트가 켜져 있어야 동작합니다')).toBeVisible();
    await page.locator('main').getByRole('link', { name: /^월렛과 결제/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('월렛과 결제');
  });
});

test('drafts are not published', async ({ page }) => {
  const response = await page.goto('faq/tax-invoice-amended/');
  expect(response?.status()).toBe(404);
});

test('light and dark colour schemes both apply', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  expect(light).toBe('rgb(255, 255, 255)');
});
