import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startStaticServer } from '../../src/cli/lib/static-server.ts';
import { PORTS } from '../../src/cli/lib/ports.ts';
import { removeScratch, scratchBuild } from './scratch.ts';

/**
 * The writers' tools end to end: a broken FAQ stops `astro build` with a message naming file and
 * field; `npm run import` turns hostile Markdown into pages that build and show it as text;
 * `npm run new` writes a file that builds.
 */
const fixture = path.resolve('tests/fixtures/site');

const outDirs = new Map<string, { outDir: string; cacheDir: string }>();

function scratch(name: string): string {
  const { dir, outDir, cacheDir } = scratchBuild(name);
  fs.cpSync(fixture, dir, { recursive: true });
  outDirs.set(dir, { outDir, cacheDir });
  return dir;
}

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function build(dir: string) {
  return run(['node_modules/astro/bin/astro.mjs', 'build'], {
    DOUM_CONTENT_DIR: path.join(dir, 'content'),
    DOUM_OUT_DIR: outDirs.get(dir)!.outDir,
    DOUM_CACHE_DIR: outDirs.get(dir)!.cacheDir,
  });
}

function writeFaq(dir: string, name: string, source: string): void {
  fs.writeFileSync(path.join(dir, 'content/faq', name), source);
}

function hashTree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(root, file), createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return out;
}

test.describe.configure({ mode: 'parallel' });
test.afterAll(removeScratch);

test('a broken FAQ stops the build: unknown category names file, field and the valid ids', async () => {
  test.setTimeout(120_000);
  const dir = scratch('category');
  writeFaq(dir, 'broken.mdx', '---\ntitle: 분류가 틀렸나요?\ncategory: refnd\nupdated: 2025-01-01\n---\n\n본문입니다.\n');
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toContain('faq → broken');
  expect(output).toContain(`${path.join(dir, 'content/faq/broken.mdx')}`);
  expect(output).toContain('category: "refnd"은(는)');
  expect(output).toContain('쓸 수 있는 하위 카테고리 id: refund, wallet');
});

test('a broken FAQ stops the build: a duplicate id names both files', async () => {
  test.setTimeout(120_000);
  const dir = scratch('duplicate');
  fs.mkdirSync(path.join(dir, 'content/faq/more'));
  writeFaq(dir, 'more/refund-basics.mdx', '---\ntitle: 같은 이름의 다른 파일인가요?\ncategory: refund\nupdated: 2025-01-01\n---\n\n본문입니다.\n');
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/content\/faq\/(more\/)?refund-basics\.mdx: id: "refund-basics"은\(는\) .*content\/faq\/(more\/)?refund-basics\.mdx에서 이미 쓰고 있습니다/);
});

test('a broken FAQ stops the build: a link to a missing FAQ and a wrong component prop name file:line', async () => {
  test.setTimeout(120_000);
  const dir = scratch('render');
  writeFaq(dir, 'broken.mdx', '---\ntitle: 링크가 깨졌나요?\ncategory: refund\nupdated: 2025-01-01\n---\n\n<FaqLink id="refund-basic" />을 보세요.\n');
  const link = build(dir);
  expect(link.status).not.toBe(0);
  expect(link.output).toMatch(/content\/faq\/broken\.mdx:7: <FaqLink> id: "refund-basic"인 도움말이 없습니다\. 비슷한 id: refund-basics/);

  writeFaq(dir, 'broken.mdx', '---\ntitle: 속성이 틀렸나요?\ncategory: refund\nupdated: 2025-01-01\n---\n\n<MenuPath path="관리자센터" />\n');
  const prop = build(dir);
  expect(prop.status).not.toBe(0);
  expect(prop.output).toMatch(/content\/faq\/broken\.mdx:7: <MenuPath> path: "관리자센터 > 나의 월렛 > 충전"처럼 >로 나눈 두 단계 이상의 메뉴 이름이어야 합니다\. 받은 값: "관리자센터"/);
});

test('import: hostile Markdown imports, builds and shows as text; re-import is byte-identical', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = scratch('import');
  const source = path.resolve('tests/fixtures/import/hostile.jsonl');
  const first = run(['src/cli/import-jsonl.ts', '--content', path.join(dir, 'content'), '--source', '테스트 문서|https://example.com/docs|CC BY 4.0', source]);
  expect(first.status, first.output).toBe(0);
  const before = hashTree(path.join(dir, 'content'));
  const again = run(['src/cli/import-jsonl.ts', '--content', path.join(dir, 'content'), '--source', '테스트 문서|https://example.com/docs|CC BY 4.0', source]);
  expect(again.status).toBe(0);
  expect(hashTree(path.join(dir, 'content'))).toEqual(before);

  const built = build(dir);
  expect(built.status, built.output.slice(-2000)).toBe(0);
  const server = await startStaticServer({ dir: outDirs.get(dir)!.outDir, port: PORTS.writerTools });
  try {
    await page.addInitScript(() => ((window as unknown as { __pwned: number }).__pwned = 0));
    await page.goto(`http://127.0.0.1:${PORTS.writerTools}/faq/hostile/braces/`);
    const body = page.locator('[data-faq-body]');
    await expect(body).toContainText('설정은 {"a": 1}처럼 적고, 변수는 {name}으로 씁니다.');
    await expect(body).toContainText('<div class="x">상자</div>와 <script>window.__pwned=1</script>는 글자입니다.');
    await expect(body.locator('table td code')).toHaveText('{x}');
    await expect(body.locator('pre code').first()).toHaveText('{"key": "<value>"}');
    await expect(body.getByRole('link', { name: 'https://example.com/docs' })).toHaveAttribute('href', 'https://example.com/docs');
    await expect(body).toContainText('export default 는 문장 첫머리에 와도 글자입니다.');
    expect(await page.evaluate(() => (window as unknown as { __pwned: number }).__pwned)).toBe(0);
    await page.goto(`http://127.0.0.1:${PORTS.writerTools}/faq/hostile/entities/`);
    await expect(page.locator('[data-faq-body]')).toContainText('<태그>는 그대로 보입니다. 이미 이스케이프한 {중괄호}도 그렇습니다.');
    // The imported source keeps its attribution on the site.
    await page.goto(`http://127.0.0.1:${PORTS.writerTools}/about/`);
    await expect(page.getByRole('link', { name: '테스트 문서' })).toHaveAttribute('href', 'https://example.com/docs');
  } finally {
    server.close();
  }
});

test('import: a broken file is reported line by line and writes nothing', async () => {
  const dir = scratch('broken-import');
  const before = hashTree(path.join(dir, 'content'));
  const { status, output } = run(['src/cli/import-jsonl.ts', '--content', path.join(dir, 'content'), path.resolve('tests/fixtures/import/broken.jsonl')]);
  expect(status).toBe(1);
  expect(output).toContain('broken.jsonl:2: title: 필수 항목이 없습니다.');
  expect(output).toContain('broken.jsonl:3: JSON 한 줄로 읽을 수 없습니다');
  expect(output).toContain('broken.jsonl:4: updated: YYYY-MM-DD 형식의 실제 날짜(예: 2025-03-14)여야 합니다. 받은 값: "2024-02-30"');
  expect(output).toContain('broken.jsonl:5: id: "hostile/braces"는 1행에서 이미 쓰였습니다.');
  expect(output).toContain('아무 파일도 쓰지 않았습니다');
  expect(hashTree(path.join(dir, 'content'))).toEqual(before);
});

test('new: writes a valid draft FAQ that passes the check and builds, and refuses to overwrite', async () => {
  test.setTimeout(120_000);
  const dir = scratch('new');
  const env = { DOUM_CONTENT_DIR: path.join(dir, 'content') };
  const made = run(['src/cli/new-faq.ts', '--title', '부분 환불도 되나요?', '--category', 'refund', '--tags', '환불,부분 환불', '--id', 'partial'], env);
  expect(made.status, made.output).toBe(0);
  expect(made.output).toContain('faq/partial.mdx');
  expect(made.output).toContain('/faq/partial/');
  const file = fs.readFileSync(path.join(dir, 'content/faq/partial.mdx'), 'utf8');
  expect(file).toMatch(/^---\ntitle: "부분 환불도 되나요\?"\ncategory: refund\nupdated: \d{4}-\d{2}-\d{2}\ntags: \["환불", "부분 환불"\]\ndraft: true\n---\n/);
  const again = run(['src/cli/new-faq.ts', '--title', '다른 질문인가요?', '--category', 'refund', '--id', 'partial'], env);
  expect(again.status).toBe(1);
  expect(fs.readFileSync(path.join(dir, 'content/faq/partial.mdx'), 'utf8')).toBe(file);
  expect(run(['src/cli/check-content.ts'], env).status).toBe(0);
  const built = build(dir);
  expect(built.status, built.output.slice(-2000)).toBe(0);
});
