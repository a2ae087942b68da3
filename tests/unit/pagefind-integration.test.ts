import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCategoryTree } from '../../src/lib/category-tree.ts';

const calls: string[] = [];
const added: { url: string; content: string }[] = [];
const state = { createErrors: [] as string[], addErrors: [] as string[], writeErrors: [] as string[], noIndex: false, failUrl: '' };

/**
 * What Pagefind writes that doum reads back: pf_meta's page list and each page's fragment, in the
 * order given (here the reverse of the order pages were added, as Pagefind is free to choose).
 */
function writePagefindPages(output: string, urls: string[]) {
  const cbor = (head: number, n: number) => (n < 24 ? [head | n] : [head | 24, n]);
  const text = (t: string) => [...cbor(0x60, Buffer.byteLength(t)), ...Buffer.from(t)];
  const pages = urls.flatMap((_, i) => [...cbor(0x80, 2), ...text(`ko_${i}`), ...cbor(0, 10)]);
  const meta = [...cbor(0x80, 2), ...text('1.6.0'), ...cbor(0x80, urls.length), ...pages];
  fs.writeFileSync(path.join(output, 'pagefind.ko_test.pf_meta'), zlib.gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(meta)])));
  fs.mkdirSync(path.join(output, 'fragment'), { recursive: true });
  urls.forEach((url, i) => {
    const fragment = { url, content: '', meta: {}, filters: {} };
    fs.writeFileSync(path.join(output, 'fragment', `ko_${i}.pf_fragment`), zlib.gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(fragment)}`)));
  });
}

vi.mock('pagefind', () => ({
  createIndex: vi.fn(async () => {
    calls.push('createIndex');
    return {
      errors: state.createErrors,
      index: state.noIndex
        ? undefined
        : {
            addDirectory: vi.fn(async ({ path: dir }: { path: string }) => {
              calls.push(`addDirectory ${dir}`);
              return { errors: state.addErrors, page_count: 89 };
            }),
            addHTMLFile: vi.fn(async (file: { url: string; content: string }) => {
              added.push(file);
              return { errors: file.url === state.failUrl ? ['malformed page'] : [], file: { uniqueWords: 1, url: file.url, meta: {} } };
            }),
            writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
              calls.push(`writeFiles ${path.basename(outputPath)}`);
              fs.mkdirSync(outputPath, { recursive: true });
              for (const f of ['pagefind.js', 'pagefind-ui.js', 'pagefind-worker.js', 'pagefind-component-ui.css']) fs.writeFileSync(path.join(outputPath, f), '');
              writePagefindPages(outputPath, added.map((f) => f.url).reverse());
              return { errors: state.writeErrors, outputPath };
            }),
          },
    };
  }),
  close: vi.fn(async () => {
    calls.push('close');
    return null;
  }),
}));

const { readBuiltFaqs, writeDoumIndex, writePlainIndex } = await import('../../src/integrations/pagefind.ts');

const tree = buildCategoryTree([{ id: 'admin', name: '관리자센터', categories: [{ id: 'billing', name: '월렛과 결제', subcategories: [{ id: 'refund', name: '환불' }, { id: 'tax', name: '세금계산서' }] }] }]);
const faqs = [
  { id: 'refund-old', title: '환불은 언제 되나요?', tags: ['환불'], category: 'tax', updated: '2025-01-02', body: '환불은 영업일 기준 3일 걸립니다.' },
  { id: 'refund-new', title: '부분환불을 받을 수 있나요?', tags: [], category: 'refund', updated: '2026-05-06', body: '남은 캐시 가운데 일부만 환불받을 수 있습니다.' },
];
let dist: string;

beforeEach(() => {
  calls.length = 0;
  added.length = 0;
  Object.assign(state, { createErrors: [], addErrors: [], writeErrors: [], noIndex: false, failUrl: '' });
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-pagefind-'));
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("doum's Pagefind index step", () => {
  it('adds every FAQ newest first with its title, subcategory, date, title bucket and hidden index words, then writes and closes', async () => {
    const stats = await writeDoumIndex(dist, faqs, tree, []);
    expect(stats.pages).toBe(2);
    expect(calls).toEqual(['createIndex', 'writeFiles pagefind', 'close']);
    expect(added.map((f) => f.url)).toEqual(['/faq/refund-new/', '/faq/refund-old/']);
    const page = added[0]!.content;
    expect(page).toContain('<span data-pagefind-meta="title">부분환불을 받을 수 있나요?</span>');
    expect(page).toContain('<span data-pagefind-filter="node">refund</span>');
    expect(page).toContain('<span data-pagefind-filter="updated">2026-05-06</span>');
    // 가나다순 bucket: this title sorts first of the two (no data-pagefind-sort lists in pf_meta).
    expect(page).toContain('<span data-pagefind-filter="title">00000</span>');
    expect(page).not.toContain('data-pagefind-sort');
    // The title is metadata, not page text; the zone after ⁂ holds the extra index words.
    expect(page).toMatch(/<div>남은 캐시 가운데 일부만 환불받을 수 있습니다.<\/div><div><p>⁂<\/p>.*환불ǀǀ/);
    const meta = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', 'doum.json'), 'utf8'));
    // Each page's subcategory (its place among the subcategories, from '0'), in the order Pagefind
    // wrote the pages.
    expect(meta).toEqual({ nodes: [['admin', '관리자센터', -1], ['billing', '월렛과 결제', 0], ['refund', '환불', 1], ['tax', '세금계산서', 1]], synonyms: [], pages: '10' });
  });

  it("keeps Pagefind's search files and drops its UI bundles and worker", async () => {
    await writeDoumIndex(dist, faqs, tree, []);
    expect(fs.readdirSync(path.join(dist, 'pagefind')).sort()).toEqual(['doum.json', 'fragment', 'pagefind.js', 'pagefind.ko_test.pf_meta']);
  });

  it('names the page Pagefind rejected, and still closes the service', async () => {
    state.failUrl = '/faq/refund-old/';
    await expect(writeDoumIndex(dist, faqs, tree, [])).rejects.toThrow('Pagefind 페이지 색인(faq/refund-old/) 실패:\nmalformed page');
    expect(calls.at(-1)).toBe('close');
    expect(calls).not.toContain('writeFiles pagefind');
  });

  it('escapes text so a title cannot become markup', async () => {
    await writeDoumIndex(dist, [{ ...faqs[0]!, title: '<script>alert(1)</script> & "따옴표"' }], tree, []);
    expect(added[0]!.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;따옴표&quot;');
    expect(added[0]!.content).not.toContain('<script>');
  });
});

describe('reading the built FAQ pages', () => {
  it("reads a directory page's own sentences, not the entries that describe the pages it lists", () => {
    const entries = ['unknown-filesystem-error', 'action-not-found', 'missing-sharp', 'invalid-glob', 'no-adapter'].map((slug) => `<li><a href="/faq/errors/${slug}/"><strong>${slug}</strong></a> 디스크에 파일을 쓰는 동안 오류가 났습니다.</li>`);
    const page = `<html><body><article data-pagefind-body data-faq-id="error-list" data-faq-category="tax" data-faq-updated="2026-01-02"><h1 data-faq-title>오류 목록</h1><div data-faq-body><p>모든 오류의 목록입니다.</p><ul>${entries.join('')}</ul></div></article></body></html>`;
    fs.mkdirSync(path.join(dist, 'faq/error-list'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'faq/error-list/index.html'), page);
    expect(readBuiltFaqs(dist, ['faq/error-list/', 'search/'])).toEqual([{ id: 'error-list', category: 'tax', updated: '2026-01-02', title: '오류 목록', tags: [], body: '모든 오류의 목록입니다.', headings: [], names: [] }]);
  });
});

describe('plain Pagefind baseline step', () => {
  it('indexes the built site into <dist>/pagefind-plain and closes the service', async () => {
    await expect(writePlainIndex('/site/dist')).resolves.toBe(89);
    expect(calls).toEqual(['createIndex', 'addDirectory /site/dist', 'writeFiles pagefind-plain', 'close']);
  });

  it('surfaces every Pagefind error and still closes the service', async () => {
    state.addErrors = ['bad html in a.html', 'bad html in b.html'];
    await expect(writePlainIndex('/site/dist')).rejects.toThrow('Pagefind 페이지 읽기 실패:\nbad html in a.html\nbad html in b.html');
    expect(calls.at(-1)).toBe('close');
    expect(calls).not.toContain('writeFiles pagefind-plain');

    calls.length = 0;
    state.addErrors = [];
    state.writeErrors = ['disk full'];
    await expect(writePlainIndex('/site/dist')).rejects.toThrow('Pagefind 파일 쓰기 실패:\ndisk full');
    expect(calls.at(-1)).toBe('close');

    calls.length = 0;
    state.noIndex = true;
    state.createErrors = ['no binary'];
    await expect(writePlainIndex('/site/dist')).rejects.toThrow('Pagefind 색인 만들기 실패:\nno binary');
    expect(calls).toEqual(['createIndex', 'close']);
  });
});
