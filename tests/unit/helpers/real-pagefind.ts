/**
 * doum's Korean layer over the real Pagefind: a few FAQs indexed with Pagefind's Node API (the
 * integration's own step), served on 127.0.0.1, and Pagefind's browser bundle loaded in Node.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeSearch } from '../../../src/cli/lib/node-search.ts';
import { readFragment, writeDoumIndex } from '../../../src/integrations/pagefind.ts';
import { buildCategoryTree } from '../../../src/lib/category-tree.ts';
import { faqIdOfUrl, type HitWindow, type KoreanSearch } from '../../../src/lib/search/korean-search.ts';
import type { PageDirectory } from '../../../src/lib/search/page-directory.ts';
import type { PagefindApi } from '../../../src/lib/search/pagefind-api.ts';
import type { FaqPageText } from '../../../src/lib/search/html-text.ts';
import type { SynonymRule } from '../../../src/lib/search/synonyms.ts';

export const testTree = buildCategoryTree([
  {
    id: 'admin',
    name: '관리자센터',
    categories: [
      { id: 'billing', name: '월렛과 결제', subcategories: [{ id: 'refund', name: '환불' }, { id: 'tax', name: '세금계산서' }, { id: 'wallet', name: '월렛 충전' }] },
      { id: 'bots', name: '봇 만들기', subcategories: [{ id: 'skills', name: '스킬' }, { id: 'team', name: '팀원과 권한' }, { id: 'errors', name: '오류 코드' }] },
    ],
  },
  { id: 'channel', name: '비즈니스 채널', categories: [{ id: 'account', name: '계정', subcategories: [{ id: 'withdraw', name: '탈퇴와 해지' }] }] },
]);

let n = 0;
export function faq(category: string, title: string, body: string, extra: Partial<FaqPageText> = {}): FaqPageText {
  n++;
  return { id: `faq-${n}`, title, body, category, tags: [], updated: `2026-01-${String((n % 28) + 1).padStart(2, '0')}`, ...extra };
}

export interface RealSearch {
  search: KoreanSearch;
  /** Pagefind itself, for checking what plain Pagefind answers. */
  pagefind: PagefindApi;
  /** The index's page directory, for another layer over the same Pagefind. */
  directory: PageDirectory;
  close(): void;
}

/** Indexes `faqs` with Pagefind and returns doum's layer over it, served on a free port. */
export async function realSearch(faqs: readonly FaqPageText[], synonyms: readonly SynonymRule[] = []): Promise<RealSearch> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-layer-'));
  await writeDoumIndex(dir, faqs, testTree, synonyms);
  const loaded = await nodeSearch(dir);
  return {
    ...loaded,
    close: () => {
      loaded.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** FAQ ids of all of an outcome's hits (or its "일부 단어만 일치" list), in order. */
export async function ids(outcome: { total: number; hits: HitWindow }): Promise<string[]> {
  return Promise.all((await outcome.hits(0, outcome.total)).map(async (h) => (await h.entry()).id));
}

/** A real Pagefind index of `faqs` as doum writes it, in a temporary folder. */
export interface WrittenIndex {
  dir: string;
  /** Its pf_meta file. */
  metaFile: string;
  /** The FAQ id a fragment (page hash) of the index holds. */
  fragmentId(hash: string): string;
  close(): void;
}

export async function writtenIndex(faqs: readonly FaqPageText[]): Promise<WrittenIndex> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-index-'));
  await writeDoumIndex(dir, faqs, testTree, []);
  const output = path.join(dir, 'pagefind');
  return {
    dir,
    metaFile: path.join(output, fs.readdirSync(output).find((f) => f.endsWith('.pf_meta'))!),
    fragmentId: (hash) => faqIdOfUrl(readFragment(output, hash).url),
    close: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
