import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePageTable, encodePageTable, PageDirectory } from '../../src/lib/search/page-directory.ts';
import { pagefindPageHashes } from '../../src/lib/search/pagefind-meta.ts';
import type { SearchMeta } from '../../src/lib/search/search-meta.ts';
import { faq, testTree, writtenIndex, type WrittenIndex } from './helpers/real-pagefind.ts';

/**
 * The page directory: each Pagefind page's subcategory, found from the result's page hash through
 * Pagefind's own pf_meta, so the counts need no Pagefind filter file.
 */
const faqs = [
  faq('refund', '환불 계좌는 어떻게 등록하나요?', '환불 받을 계좌를 등록합니다.', { id: 'refund-account', updated: '2026-02-01' }),
  faq('tax', '세금계산서는 언제 발행되나요?', '세금계산서는 매달 10일에 발행됩니다.', { id: 'tax-invoice', updated: '2026-03-01' }),
  faq('refund', '부분환불 수수료가 있나요?', '부분환불에는 수수료가 없습니다.', { id: 'partial-refund-fee', updated: '2025-02-01' }),
  faq('skills', '스킬 서버 주소를 등록하려면?', '스킬 서버 URL을 등록합니다.', { id: 'skill-server', updated: '2026-01-01' }),
];
// The table's alphabet: the subcategories, in tree order.
const nodeIds = [...testTree.byId.values()].filter((n) => n.children.length === 0).map((n) => n.id);
let index: WrittenIndex;
let metaFile: string;
let meta: SearchMeta;
const fragmentId = (hash: string) => index.fragmentId(hash);

beforeAll(async () => {
  index = await writtenIndex(faqs);
  metaFile = index.metaFile;
  meta = JSON.parse(fs.readFileSync(path.join(index.dir, 'pagefind', 'doum.json'), 'utf8'));
}, 60_000);
afterAll(() => index?.close());

describe('the page directory', () => {
  it("doum.json's table names each page's subcategory in Pagefind's page order", async () => {
    const hashes = await pagefindPageHashes(fs.readFileSync(metaFile));
    const byId = new Map(faqs.map((f) => [f.id, f.category]));
    expect(decodePageTable(meta.pages, nodeIds)).toEqual(hashes.map((h) => byId.get(fragmentId(h))));
  });

  it('finds the subcategory and 최신순 rank of a result, and counts the FAQs of each subcategory', async () => {
    const hashes = await pagefindPageHashes(fs.readFileSync(metaFile));
    const directory = new PageDirectory(decodePageTable(meta.pages, nodeIds), Promise.resolve(hashes));
    const at = await directory.locator();
    const skill = hashes.find((h) => fragmentId(h) === 'skill-server')!;
    expect(at.subcategory(skill)).toBe('skills');
    expect(at.rank(skill)).toBe(2);
    expect(at.subcategory('ko_unknown')).toBe('');
    expect(at.rank('ko_unknown')).toBe(Number.POSITIVE_INFINITY);
    expect(directory.size).toBe(4);
    expect(directory.totals()).toEqual({ refund: 2, tax: 1, skills: 1 });
  });

  it('refuses an index built apart from its doum.json', async () => {
    const directory = new PageDirectory(['refund', 'tax'], Promise.resolve(['ko_1']));
    await expect(directory.locator()).rejects.toThrow('다시 빌드하세요');
  });

  it('says so, instead of waiting forever, when Pagefind never fetched its page list through fetch', async () => {
    const directory = new PageDirectory(['refund'], new Promise(() => {}));
    await expect(directory.locator(20)).rejects.toThrow('pf_meta');
  });

  it('keeps one character per page and names a subcategory missing from the tree', () => {
    const table = encodePageTable(['refund', 'tax', 'refund'], nodeIds);
    expect(table).toHaveLength(3);
    expect(decodePageTable(table, nodeIds)).toEqual(['refund', 'tax', 'refund']);
    expect(() => encodePageTable(['refund', 'nowhere'], nodeIds)).toThrow("'nowhere'");
  });
});
