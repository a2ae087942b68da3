import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startStaticServer } from '../../src/cli/lib/static-server.ts';
import { PORTS } from '../../src/cli/lib/ports.ts';
import { buildSite } from '../../src/cli/lib/build-site.ts';
import { importCorpus } from '../../src/cli/lib/corpus.ts';
import { removeScratch, scratchBuild } from './scratch.ts';

test.afterAll(removeScratch);

/**
 * Large trees stay small pages: one subcategory with 2,000 FAQs and a tree of 310 nodes build into
 * paginated listings, and no page lists every FAQ of the site.
 */
test('a 2,000-FAQ category and a 310-node tree still produce small, paginated pages', async ({ page }) => {
  test.setTimeout(300_000);
  const { dir, outDir, cacheDir } = scratchBuild('scale');
  const lines: string[] = [];
  const line = (id: string, pathNames: string[], i: number) =>
    JSON.stringify({ id, title: `${pathNames[2]} 문서 ${i}번은 무엇인가요?`, path: pathNames, updated: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, body: `${pathNames.join(' ')}에 대한 ${i}번째 설명입니다. 환불과 결제, 권한을 다룹니다.` });
  for (let i = 0; i < 2000; i++) lines.push(line(`big/${i}`, ['큰 서비스', '큰 카테고리', '큰 하위'], i));
  for (let s = 0; s < 10; s++) for (let c = 0; c < 5; c++) for (let k = 0; k < 5; k++) if (s + c + k > 0) lines.push(line(`small/${s}-${c}-${k}`, [`서비스 ${s}`, `카테고리 ${s}-${c}`, `하위 ${s}-${c}-${k}`], s * 25 + c * 5 + k));
  fs.writeFileSync(path.join(dir, 'scale.jsonl'), `${lines.join('\n')}\n`);
  importCorpus(path.join(dir, 'scale.jsonl'), path.join(dir, 'content'));
  const tree = fs.readFileSync(path.join(dir, 'content/categories.yaml'), 'utf8');
  expect((tree.match(/^\s*- id:/gm) ?? []).length).toBeGreaterThanOrEqual(300);
  buildSite({ contentDir: path.join(dir, 'content'), outDir, cacheDir });

  const dist = outDir;
  const pages = (fs.readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  const sizes = pages.map((p) => fs.statSync(path.join(dist, p)).size);
  expect(Math.max(...sizes)).toBeLessThan(120_000);

  const server = await startStaticServer({ dir: dist, port: PORTS.scale });
  try {
    await page.goto(`http://127.0.0.1:${PORTS.scale}/`);
    const big = page.getByRole('link', { name: /큰 서비스/ }).first();
    await big.click();
    const items = page.locator('section[aria-labelledby="faqs-title"] > ul > li');
    await expect(items).toHaveCount(20);
    await expect(page.locator('#faqs-title')).toContainText('2,000건');
    const pager = page.getByRole('navigation', { name: '페이지' });
    await expect(pager.getByRole('link', { name: '100 페이지' })).toBeVisible();
    expect(await pager.getByRole('listitem').count()).toBeLessThanOrEqual(12);
  } finally {
    server.close();
  }
});
