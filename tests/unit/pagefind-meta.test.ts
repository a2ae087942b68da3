import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodeSearch } from '../../src/cli/lib/node-search.ts';
import { writeDoumIndex } from '../../src/integrations/pagefind.ts';
import { pagefindPageHashes, pageHashesOf, watchPagefindMeta, withWordCounts } from '../../src/lib/search/pagefind-meta.ts';
import { faq, testTree, writtenIndex, type WrittenIndex } from './helpers/real-pagefind.ts';

/**
 * pf_meta, Pagefind's index header that every first search fetches: doum reads its page list (for
 * the page directory) and writes it smaller (no page lengths, zopfli), on a real Pagefind index.
 */
const faqs = [
  faq('refund', '환불 계좌는 어떻게 등록하나요?', '환불 받을 계좌를 등록합니다. 환불은 영업일 기준 3일 안에 계좌로 들어옵니다. 계좌가 바뀌면 다시 등록하세요.', { id: 'refund-account', updated: '2026-02-01', tags: ['환불', '계좌'] }),
  faq('tax', '세금계산서는 언제 발행되나요?', '세금계산서는 매달 10일에 발행됩니다. 환불한 금액은 빼고 발행합니다.', { id: 'tax-invoice', updated: '2026-03-01' }),
  faq('refund', '부분환불 수수료가 있나요?', '부분환불에는 수수료가 없습니다.', { id: 'partial-refund-fee', updated: '2025-02-01' }),
  faq('skills', '스킬 서버 주소를 등록하려면?', '스킬 서버 URL을 등록합니다. 등록한 서버가 응답하지 않으면 스킬이 실패합니다.', { id: 'skill-server', updated: '2026-01-01' }),
];
const NEWEST_FIRST = ['tax-invoice', 'refund-account', 'skill-server', 'partial-refund-fee'];
let index: WrittenIndex;
let dir: string;
let metaFile: string;
const fragmentId = (hash: string) => index.fragmentId(hash);

/** Process-wide error handlers left behind by writing the index (the first load of zopfli). */
let handlersLeft: number;
const errorHandlers = () => process.listeners('uncaughtException').length + process.listeners('unhandledRejection').length;

beforeAll(async () => {
  const before = errorHandlers();
  index = await writtenIndex(faqs);
  handlersLeft = errorHandlers() - before;
  ({ dir, metaFile } = index);
}, 60_000);
afterAll(() => index?.close());

describe("Pagefind's page list (pf_meta)", () => {
  it('reads every page hash of a real index, in page order: newest first, as doum adds them', async () => {
    const hashes = await pagefindPageHashes(fs.readFileSync(metaFile));
    expect(hashes.map(fragmentId)).toEqual(NEWEST_FIRST);
  });

  it('takes the file inflated as well (a host that sends it with Content-Encoding: gzip)', async () => {
    const inflated = zlib.gunzipSync(fs.readFileSync(metaFile));
    expect(await pagefindPageHashes(inflated)).toEqual(await pagefindPageHashes(fs.readFileSync(metaFile)));
  });

  it('says so when the file is not what Pagefind 1.6 writes', async () => {
    await expect(pagefindPageHashes(zlib.gzipSync(Buffer.from('<!doctype html>')))).rejects.toThrow('pf_meta');
    const cut = zlib.gunzipSync(fs.readFileSync(metaFile)).subarray(0, 40);
    expect(() => pageHashesOf(cut)).toThrow('pf_meta');
  });

  it("copies Pagefind's own pf_meta response, once, and passes every request through unchanged", async () => {
    const before = globalThis.fetch;
    const asked: string[] = [];
    const bytes = fs.readFileSync(metaFile);
    globalThis.fetch = async (input) => {
      const url = String(input);
      asked.push(url);
      return new Response(url.endsWith('.pf_meta') ? bytes : 'other');
    };
    // In the browser both the bundle and Pagefind's base path are site-relative.
    vi.stubGlobal('location', { href: 'http://site.test/base/search/?q=환불' });
    try {
      const hashes = watchPagefindMeta('/base/pagefind/');
      expect(await (await fetch('/base/pagefind/pagefind-entry.json')).text()).toBe('other');
      // Another site's index is not this one's.
      await fetch('http://other.test/pagefind/pagefind.ko_1.pf_meta');
      const response = await fetch('/base/pagefind/pagefind.ko_2.pf_meta');
      // Pagefind still reads the whole body.
      expect((await response.arrayBuffer()).byteLength).toBe(bytes.length);
      expect((await hashes).map(fragmentId)).toEqual(NEWEST_FIRST);
      expect(asked).toHaveLength(3);
    } finally {
      globalThis.fetch = before;
      vi.unstubAllGlobals();
    }
  });
});

describe('pf_meta without page lengths', () => {
  it('ranks exactly as with them under doum’s ranking (page length off), and not under Pagefind’s default', async () => {
    // The same index twice: once with page lengths that differ wildly, once as doum writes it.
    const varied = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-pf-lengths-'));
    fs.cpSync(dir, varied, { recursive: true });
    const inside = zlib.gunzipSync(fs.readFileSync(metaFile));
    fs.writeFileSync(path.join(varied, 'pagefind', path.basename(metaFile)), zlib.gzipSync(withWordCounts(inside, (page) => 10 + 700 * page)));
    const [written, lengths] = await Promise.all([nodeSearch(dir), nodeSearch(varied)]);
    try {
      const ranked = async (search: typeof written, term: string) => (await search.pagefind.search(term))!.results.map((r) => `${r.id} ${r.score}`);
      for (const term of ['환불', '등록', '계좌 등록', '서버', '"세금계산서는"']) expect(await ranked(written, term), term).toEqual(await ranked(lengths, term));
      // With page lengths counting (Pagefind's default), the same searches score differently.
      await Promise.all([written, lengths].map((s) => (s.pagefind as unknown as { options(o: object): Promise<void> }).options({ ranking: { pageLength: 0.75 } })));
      expect(await ranked(written, '등록')).not.toEqual(await ranked(lengths, '등록'));
    } finally {
      written.close();
      lengths.close();
      fs.rmSync(varied, { recursive: true, force: true });
    }
  });

  it('keeps every page hash and everything after the page list', async () => {
    const inside = zlib.gunzipSync(fs.readFileSync(metaFile));
    const counted = withWordCounts(inside, (page) => 300 + page);
    expect(pageHashesOf(counted)).toEqual(pageHashesOf(inside));
    // Counts of 300+ take two more bytes each than the 1 doum writes; nothing else changes.
    expect(counted.length - inside.length).toBe(2 * faqs.length);
    expect(Buffer.from(withWordCounts(counted, () => 1)).equals(Buffer.from(inside))).toBe(true);
  });
});

describe('the files every first search fetches', () => {
  it('are recompressed: gzip Pagefind reads, well under what zlib at its best level writes', () => {
    const output = path.join(dir, 'pagefind');
    const level9 = (file: string) => zlib.gzipSync(zlib.gunzipSync(fs.readFileSync(file)), { level: 9 }).length;
    // The wasm is the same in every index (Pagefind ships it 0.6 % under level 9; zopfli 5 %).
    const wasm = path.join(output, fs.readdirSync(output).find((f) => /^wasm\..*\.pagefind$/.test(f))!);
    expect(fs.statSync(wasm).size).toBeLessThan(0.97 * level9(wasm));
    // This index's pf_meta is too small to gain much, but never grows.
    expect(fs.statSync(metaFile).size).toBeLessThanOrEqual(level9(metaFile));
  });

  it('keep the recompressed wasm between builds, and never a kept file that is not that wasm', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-cache-'));
    const builds: string[] = [];
    const wasmOf = async () => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-build-'));
      builds.push(out);
      await writeDoumIndex(out, faqs.slice(0, 2), testTree, [], cache);
      const dir = path.join(out, 'pagefind');
      return fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith('wasm.'))!));
    };
    try {
      const first = await wasmOf();
      const kept = fs.readdirSync(path.join(cache, 'doum-zopfli'));
      expect(kept).toHaveLength(1);
      expect((await wasmOf()).equals(first)).toBe(true);
      // A kept file that does not inflate to this wasm is recompressed again, and replaced.
      fs.writeFileSync(path.join(cache, 'doum-zopfli', kept[0]!), zlib.gzipSync(Buffer.from('not the wasm')));
      expect((await wasmOf()).equals(first)).toBe(true);
      expect(zlib.gunzipSync(fs.readFileSync(path.join(cache, 'doum-zopfli', kept[0]!))).equals(zlib.gunzipSync(first))).toBe(true);
    } finally {
      for (const dir of [cache, ...builds]) fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("leave no process-wide error handlers behind (zopfli's Emscripten glue adds two as it loads)", () => {
    expect(handlersLeft).toBe(0);
  });
});
