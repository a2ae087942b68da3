import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { buildSite } from '../../src/cli/lib/build-site.ts';
import { PORTS } from '../../src/cli/lib/ports.ts';
import { startStaticServer } from '../../src/cli/lib/static-server.ts';
import { crawlSite } from './crawl.ts';
import { ADDED, CHANGED, REMOVED, makeRepository } from './preview-fixture.ts';
import { axeViolations, openSearch, resultTitles, searchTotal } from './helpers.ts';
import { removeScratch, scratchBuild } from './scratch.ts';
import { git } from '../support/git.ts';

/**
 * Deploy previews end to end on the fixture repository (preview-fixture.ts): a preview build of
 * branch pr-1 at /preview/pr-1/, compared with main, shows the banner and the changes page; a
 * production build of the same tree shows neither.
 */
const BASE = '/preview/pr-1/';
const PREVIEW = `http://127.0.0.1:${PORTS.previewFixture}${BASE}`;
const PRODUCTION = `http://127.0.0.1:${PORTS.productionFixture}/`;

const servers: Server[] = [];
let previewOut = '';
let productionOut = '';
let label = '';
let repository = '';

// One worker builds once; the tests share the two builds and run in order.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const { dir, outDir, cacheDir } = scratchBuild('preview-git');
  repository = dir;
  label = `PR #1 · ${makeRepository(dir)}`;
  const contentDir = path.join(dir, 'content');
  previewOut = outDir;
  productionOut = `${outDir}-production`;
  buildSite({ contentDir, outDir: previewOut, cacheDir, base: BASE, site: `http://127.0.0.1:${PORTS.previewFixture}`, preview: { label, baseRef: 'main' } });
  buildSite({ contentDir, outDir: productionOut, cacheDir: `${cacheDir}-production`, site: `http://127.0.0.1:${PORTS.productionFixture}` });
  servers.push(await startStaticServer({ dir: previewOut, port: PORTS.previewFixture, base: BASE }));
  servers.push(await startStaticServer({ dir: productionOut, port: PORTS.productionFixture }));
});

test.afterAll(() => {
  for (const server of servers.splice(0)) server.close();
  removeScratch();
});

const PAGE_TYPES = ['', 'admin/', 'admin/billing/refund/', `faq/${CHANGED.id}/`, 'search/?q=환불', 'about/', 'no/such/page/', 'preview-changes/'];

test('every page of the preview carries the banner with its label and a link to the changes page', async ({ page }) => {
  for (const url of PAGE_TYPES) {
    await page.goto(PREVIEW + url);
    const banner = page.getByRole('region', { name: '미리보기 안내' });
    await expect(banner, url).toContainText('미리보기');
    await expect(banner, url).toContainText(label);
    await expect(banner.getByRole('link', { name: '이번에 바뀐 내용 보기' }), url).toHaveAttribute('href', `${BASE}preview-changes/`);
  }
});

test('본문 바로가기 stays the first stop for the keyboard, the banner link the second', async ({ page }) => {
  await page.goto(PREVIEW);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('본문 바로가기');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('이번에 바뀐 내용 보기');
});

test('the changes page lists the added, changed and removed FAQs with working links', async ({ page }) => {
  await page.goto(PREVIEW);
  await page.getByRole('link', { name: '이번에 바뀐 내용 보기' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('이 미리보기에서 바뀐 내용');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('[data-preview-base]')).toContainText('비교 기준: main');
  await expect(page.locator('[data-preview-summary]')).toHaveText('추가 1건 · 변경 1건 · 삭제 1건');

  const added = page.locator('[data-preview-section="added"] [data-change]');
  await expect(added).toHaveCount(1);
  await expect(added.locator('[data-change-trail]')).toHaveText(ADDED.trail);
  await expect(added.getByRole('link', { name: ADDED.title })).toHaveAttribute('href', `${BASE}faq/${ADDED.id}/`);

  const changed = page.locator('[data-preview-section="changed"] [data-change]');
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('[data-change-trail]')).toHaveText(CHANGED.trail);
  await expect(changed.getByRole('link', { name: CHANGED.title })).toHaveAttribute('href', `${BASE}faq/${CHANGED.id}/`);
  await expect(changed.locator('[data-change-kinds]')).toHaveText('바뀐 점: 제목, 태그, 본문, 날짜');
  await expect(changed).toContainText(`이전 제목‘${CHANGED.oldTitle}’`);
  await expect(changed).toContainText('날짜2025.07.24 → 2026.11.20');
  await expect(changed).toContainText('추가한 태그#부가세');
  await expect(changed).toContainText('뺀 태그#캐시');

  const removed = page.locator('[data-preview-section="removed"] [data-change]');
  await expect(removed).toHaveCount(1);
  await expect(removed).toContainText(REMOVED.title);
  await expect(removed.locator('[data-change-trail]')).toHaveText(REMOVED.oldTrail);
  await expect(removed.locator('[data-old-url]')).toHaveText(`/faq/${REMOVED.id}/`);
  await expect(removed.getByRole('link')).toHaveCount(0);

  const categories = page.locator('[data-preview-section="categories"] li');
  await expect(categories).toHaveText(['하위 카테고리 추가: 누리봇 관리자센터 › 월렛과 결제 › 카드 결제 취소', '하위 카테고리 이름 변경: 환불 → 누리봇 관리자센터 › 월렛과 결제 › 환불과 취소']);
  await expect(page.locator('[data-preview-section="categories"]').getByRole('link', { name: ADDED.trail })).toHaveAttribute('href', `${BASE}admin/billing/card-cancel/`);
  const synonyms = page.locator('[data-preview-section="synonyms"]');
  await expect(synonyms.locator('li')).toHaveText(['카드 취소 = 결제 취소', '카톡 → 카카오톡']);
  await expect(synonyms.locator('dt')).toHaveText(['추가된 규칙', '삭제된 규칙']);

  // The links open the preview's own pages.
  for (const faq of [ADDED, CHANGED]) {
    await page.goto(`${PREVIEW}preview-changes/`);
    await page.getByRole('main').getByRole('link', { name: faq.title }).click();
    await expect(page).toHaveURL(`${PREVIEW}faq/${faq.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(faq.title);
  }
  expect((await page.request.get(`${PREVIEW}faq/${REMOVED.id}/`)).status()).toBe(404);
});

test.describe('search in the preview', () => {
  test.use({ baseURL: PREVIEW });
  test('finds the FAQ the branch adds, linked under the base', async ({ page }) => {
    await openSearch(page, { q: '카드 결제 취소' });
    expect(await searchTotal(page)).toBeGreaterThan(0);
    expect(await resultTitles(page)).toContain(ADDED.title);
    await expect(page.getByRole('main').getByRole('link', { name: ADDED.title }).first()).toHaveAttribute('href', new RegExp(`^${BASE}faq/${ADDED.id}/`));
  });
});

test('the banner and the changes page pass html-validate', async () => {
  const validator = new HtmlValidate(JSON.parse(fs.readFileSync('.htmlvalidate.json', 'utf8')));
  const errors: string[] = [];
  for (const file of ['index.html', 'preview-changes/index.html', `faq/${CHANGED.id}/index.html`, '404.html']) {
    const report = await validator.validateFile(path.join(previewOut, file));
    for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line} ${m.ruleId} ${m.message}`);
  }
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the banner and the changes page pass axe in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of ['preview-changes/', `faq/${CHANGED.id}/`]) {
      await page.goto(PREVIEW + url);
      expect(await axeViolations(page), url).toEqual([]);
    }
  });
}

test('the production build of the same tree has no banner and no changes page', async ({ page, request }) => {
  for (const url of PAGE_TYPES.filter((u) => u !== 'preview-changes/')) {
    await page.goto(PRODUCTION + url);
    await expect(page.locator('[data-preview-banner]'), url).toHaveCount(0);
    await expect(page.getByRole('link', { name: '이번에 바뀐 내용 보기' }), url).toHaveCount(0);
  }
  expect((await request.get(`${PRODUCTION}preview-changes/`)).status()).toBe(404);
  const html = (fs.readdirSync(productionOut, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  expect(html.filter((f) => fs.readFileSync(path.join(productionOut, f), 'utf8').includes('data-preview-banner'))).toEqual([]);
  expect(fs.existsSync(path.join(productionOut, 'preview-changes'))).toBe(false);
  // The production build is the branch's content: the added FAQ is there, the removed one is not.
  expect((await request.get(`${PRODUCTION}faq/${ADDED.id}/`)).status()).toBe(200);
  expect((await request.get(`${PRODUCTION}faq/${REMOVED.id}/`)).status()).toBe(404);
});

test('no broken links in the preview build nor in the production build', async ({ request }) => {
  test.setTimeout(180_000);
  for (const start of [PREVIEW, PRODUCTION]) {
    const { problems, pages } = await crawlSite(request, start);
    expect(problems, start).toEqual([]);
    expect([...pages.keys()].some((u) => u.endsWith('/preview-changes/')), start).toBe(start === PREVIEW);
  }
});

test('a shallow clone still builds, and its changes page says why it cannot compare', async () => {
  test.setTimeout(180_000);
  const { dir, outDir, cacheDir } = scratchBuild('preview-shallow');
  const clone = path.join(dir, 'clone');
  git(dir, 'clone', '-q', '--depth', '1', '--branch', 'pr-1', `file://${repository}`, clone);
  buildSite({ contentDir: path.join(clone, 'content'), outDir, cacheDir, base: BASE, preview: { label, baseRef: 'origin/main' } });
  const html = fs.readFileSync(path.join(outDir, 'preview-changes/index.html'), 'utf8');
  expect(html).toContain('data-preview-problem="shallow"');
  expect(html).toContain('얕은 복제(shallow clone)라 기준 버전까지의 기록이 없습니다.');
  expect(html).toContain('<code>origin/main</code>');
  expect(html).not.toContain('data-preview-section');
});
