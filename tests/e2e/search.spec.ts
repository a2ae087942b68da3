import { expect, test } from '@playwright/test';
import { allResultTitles, openSearch, resultTitles, searchTotal, treeCounts } from './helpers.ts';

test('the total equals the number of results over all pages, for several queries and categories', async ({ page }) => {
  for (const params of [{ q: '환불' }, { q: '계좌' }, { q: '캐시', category: 'billing' }, { q: '스킬', category: 'skills' }, { q: '', category: 'admin' }, { q: '채널 연결' }]) {
    await openSearch(page, params);
    const total = await searchTotal(page);
    expect(total, JSON.stringify(params)).toBeGreaterThan(0);
    const titles = await allResultTitles(page);
    expect(titles.length, JSON.stringify(params)).toBe(total);
    expect(new Set(titles).size).toBe(total);
  }
});

test('node counts add up, zero nodes are disabled, and choosing a node shows its count as the total', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await openSearch(page, { q: '캐시' });
  await page.getByRole('button', { name: /^모두 보기/ }).click(); // nodes without results show only then
  const counts = await treeCounts(page);
  const tree = await page.locator('[data-search-tree] > ul').last().evaluate((ul) => {
    const kids = (li: Element) => [...(li.querySelector(':scope > ul')?.children ?? [])];
    const id = (li: Element) => li.querySelector(':scope > [data-node]')!.getAttribute('data-node')!;
    return [...ul.children].map((s) => ({ id: id(s), categories: kids(s).map((c) => ({ id: id(c), subs: kids(c).map(id) })) }));
  });
  let all = 0;
  for (const service of tree) {
    let sum = 0;
    for (const category of service.categories) {
      const subSum = category.subs.reduce((acc, sub) => acc + (counts.get(sub) ?? 0), 0);
      if (category.id) expect(counts.get(category.id), category.id).toBe(subSum);
      sum += counts.get(category.id) ?? subSum;
    }
    if (service.id) expect(counts.get(service.id)).toBe(sum);
    all += sum;
  }
  expect(await searchTotal(page)).toBe(all);
  const disabled = page.locator('[data-search-tree] [aria-disabled="true"]').first();
  await expect(disabled).toBeVisible();
  expect(await disabled.getAttribute('href')).toBeNull();

  await page.locator('[data-search-tree] a[data-node="billing"]').click();
  await expect(page).toHaveURL(/category=billing/);
  await expect.poll(() => searchTotal(page)).toBe(counts.get('billing'));
  await expect(page.locator('[data-search-tree] a[data-node="billing"]')).toHaveAttribute('aria-current', 'true');
  // Counts and the chosen node come from doum.json's page table and Pagefind's own pf_meta, read
  // once: no Pagefind filter file (13 KB on 5,765 pages) is fetched for them.
  expect(loaded.filter((p) => /\/pagefind\/pagefind\.ko_\w+\.pf_meta$/.test(p))).toHaveLength(1);
  expect(loaded.filter((p) => p.includes('/pagefind/filter/'))).toEqual([]);
});

test('최신순 sorts by date, 가나다순 by title, 정확도순 puts the FAQ whose title is the query first', async ({ page }) => {
  await openSearch(page, { q: '세금계산서는 언제 발행되나요?' });
  expect((await resultTitles(page))[0]).toBe('세금계산서는 언제 발행되나요?');

  await openSearch(page, { q: '', category: 'admin' });
  await page.getByLabel('정렬 기준').selectOption('latest');
  await expect(page).toHaveURL(/sort=latest/);
  const dates = await page.locator('[data-search-result] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(dates.length).toBe(10);
  expect(dates).toEqual([...dates].sort().reverse());

  await page.getByLabel('정렬 기준').selectOption('title');
  await expect(page).toHaveURL(/sort=title/);
  const titles = await allResultTitles(page);
  expect(titles).toEqual([...titles].sort(new Intl.Collator('ko', { numeric: true, sensitivity: 'base' }).compare));
});

test('the URL carries the state: shared links reproduce it, back and forward restore it', async ({ page }) => {
  await openSearch(page, { q: '', category: 'channel' });
  await page.locator('[data-search-tree] a[data-node="admin"]').click();
  await expect(page).toHaveURL(/category=admin/);
  await page.getByLabel('정렬 기준').selectOption('title');
  await expect(page).toHaveURL(/sort=title/);
  await page.locator('[data-search-pages] a[data-page="2"]:not([rel])').click();
  await expect(page).toHaveURL(/page=2/);
  const onPageTwo = await resultTitles(page);

  const shared = page.url();
  await page.goto('./');
  await page.goto(shared);
  await expect.poll(() => resultTitles(page)).toEqual(onPageTwo);

  await page.goBack(); // → home
  await page.goBack(); // → page 2 of the first visit
  await page.goBack(); // → page 1
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page).toHaveURL(/sort=title/);
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=title/);
  await expect(page.getByLabel('정렬 기준')).toHaveValue('relevance');
  await page.goForward();
  await expect(page.getByLabel('정렬 기준')).toHaveValue('title');
});

test('invalid parameters fall back to defaults without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('search/?q=환불&sort=%3Cscript%3E&page=-1&category=nope');
  const total = await searchTotal(page);
  expect(total).toBeGreaterThan(0);
  await expect(page.getByLabel('정렬 기준')).toHaveValue('relevance');
  await expect(page.locator('[data-search-tree] [aria-current="true"]')).toHaveText(/^전체/);
  await expect(page).toHaveURL(/\/search\/\?q=%ED%99%98%EB%B6%88$/);
  await page.goto('search/?category=admin&page=99999');
  await expect(page.locator('[data-search-pages] [aria-current="page"]')).toHaveText('1');
  expect(errors).toEqual([]);
});

test('hostile queries are shown as text, run nothing, and leave the page usable', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __pwned: number }).__pwned = 0;
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const q of ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">', 'x'.repeat(5000)]) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-search-empty-title]')).toBeVisible();
    await expect(page.locator('[data-search-empty-title]')).toContainText(q.slice(0, 80));
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    // The box keeps the query as typed, up to its 200-character limit.
    await expect(page.locator('#search-page-input')).toHaveValue(q.slice(0, 200));
  }
  // A 5,000-character Korean query typed into the box (too long for most hosts' URL limits).
  const long = '환불계좌'.repeat(1250);
  await page.locator('#search-page-input').fill(long);
  await page.locator('#search-page-input').press('Enter');
  await expect(page.locator('[data-search-empty-title]')).toContainText(`‘${long.slice(0, 80)}…’`);
  await page.locator('#search-page-input').fill('환불');
  await page.locator('#search-page-input').press('Enter');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-rendered-query', '환불');
  expect(await searchTotal(page)).toBeGreaterThan(0);
  expect(dialogs).toEqual([]);
});

test('no results: says so plainly, repeats the query, suggests popular FAQs, categories and contact', async ({ page }) => {
  await openSearch(page, { q: '우주선 발사' });
  expect(await searchTotal(page)).toBe(0);
  await expect(page.locator('[data-search-result]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '‘우주선 발사’에 대한 검색 결과가 없습니다.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '자주 찾는 도움말' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '카테고리로 찾아보기' })).toBeVisible();
  await expect(page.getByRole('link', { name: '1:1 문의하기' })).toBeVisible();
});

test('a verb no FAQ shares with the nouns is left out, and the page says so; it never outranks the FAQs titled with the nouns', async ({ page }) => {
  await openSearch(page, { q: '앱 업데이트 꺼져요' });
  expect((await resultTitles(page))[0]).toBe('누리마켓 앱이 실행되지 않거나 자꾸 꺼질 때는 어떻게 하나요?');
  await expect(page.getByText('‘꺼져요’까지 담은 도움말은 없어서 이 말은 빼고 찾았습니다.')).toBeVisible();
  // Another FAQ says 꺼져 and mentions 앱 in passing: the FAQ titled with 앱 and 자꾸 still comes first.
  await openSearch(page, { q: '앱이 자꾸 꺼져요' });
  expect((await resultTitles(page))[0]).toBe('누리마켓 앱이 실행되지 않거나 자꾸 꺼질 때는 어떻게 하나요?');
  await expect(page.getByText('이 말은 빼고 찾았습니다')).toHaveCount(0);
  // A noun is never left out: a topic the site lacks still gets an honest 0건.
  await openSearch(page, { q: '우주선이 자꾸 꺼져요' });
  expect(await searchTotal(page)).toBe(0);
});

test('a word no FAQ has is named, and the FAQs with the other words are shown apart, never counted as results', async ({ page }) => {
  await openSearch(page, { q: '택배사 이름이 엉뚱하게 나와요' });
  expect(await searchTotal(page)).toBe(0);
  await expect(page.getByText('도움말에 없는 단어: 엉뚱하게')).toBeVisible();
  await expect(page.getByRole('heading', { name: '일부 단어만 일치하는 결과' })).toBeVisible();
  await expect(page.getByText('‘엉뚱하게’ 없이 나머지 단어로 찾은 도움말입니다.')).toBeVisible();
  await expect(page.locator('[data-search-fallback-result] h3').first()).toHaveText('송장 번호가 조회되지 않거나 배송 정보가 며칠째 그대로예요. 왜 그런가요?');
});

test('a question that asks two things shows the answer to each, the first of each on top', async ({ page }) => {
  await openSearch(page, { q: '환불 며칠 걸려요 그리고 어디서 확인해요' });
  const titles = await resultTitles(page);
  expect(titles.slice(0, 2)).toEqual(['환불은 결제 수단별로 며칠 걸리나요?', '환불이 어디까지 진행됐는지 어디서 확인하나요?']);
  expect(await searchTotal(page)).toBe((await allResultTitles(page)).length);
  // The first half alone asks one thing: the status FAQ is not among its results.
  await openSearch(page, { q: '환불 며칠 걸려요' });
  expect(await resultTitles(page)).not.toContain('환불이 어디까지 진행됐는지 어디서 확인하나요?');
});

test('typing on the search page updates results instantly and keeps the URL in step', async ({ page }) => {
  await page.goto('search/');
  const input = page.locator('#search-page-input');
  await input.pressSequentially('세금계산서', { delay: 30 });
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  await expect(page).toHaveURL(/q=%EC%84%B8%EA%B8%88%EA%B3%84%EC%82%B0%EC%84%9C/);
  await expect(page.locator('[data-search-result] mark').first()).toHaveText('세금계산서');
});

test('keyboard only: / focuses search, arrows choose a suggestion, Enter opens it', async ({ page }) => {
  await page.goto('faq/refund-account/');
  await page.locator('body').press('/');
  const box = page.locator('#header-search');
  await expect(box).toBeFocused();
  await page.keyboard.type('세금계산서');
  const options = page.locator('#header-search-suggestions [role="option"]');
  await expect(options.first()).toBeVisible();
  expect(await options.count()).toBeLessThanOrEqual(5);
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', await options.first().getAttribute('id') as string);
  const title = await options.first().locator('span').last().innerText();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('[data-faq-body] mark').first()).toBeVisible();
});

test('Enter without a chosen suggestion goes to the full results; Esc closes the list', async ({ page }) => {
  await page.goto('admin/');
  const box = page.locator('#header-search');
  await box.click();
  await box.fill('권한');
  await expect(page.locator('[data-suggest-popup]')).toBeVisible();
  await box.press('Escape');
  await expect(page.locator('[data-suggest-popup]')).toBeHidden();
  await box.press('Enter');
  await expect(page).toHaveURL(/search\/\?q=%EA%B6%8C%ED%95%9C/);
  expect(await searchTotal(page)).toBeGreaterThan(0);
});

test('search code loads only when search is used', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('faq/refund-account/');
  await page.waitForLoadState('networkidle');
  expect(loaded.some((p) => p.includes('/pagefind/'))).toBe(false);
  expect(loaded.some((p) => /search-runtime|search-suggest/.test(p))).toBe(false);
  await page.locator('#header-search').focus();
  await page.keyboard.type('환불');
  await expect(page.locator('#header-search-suggestions [role="option"]').first()).toBeVisible();
  // Pagefind's runtime, its index and doum's tree.
  expect(loaded.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(loaded.some((p) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(p))).toBe(true);
  expect(loaded.some((p) => /\/pagefind\/pagefind\.ko_\w+\.pf_meta$/.test(p))).toBe(true);
  expect(loaded.some((p) => p.endsWith('/pagefind/doum.json'))).toBe(true);
});
