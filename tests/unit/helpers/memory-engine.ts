/** Builds a search index in memory from a few documents and serves it to the real engine. */
import { buildCategoryTree } from '../../../src/lib/category-tree.ts';
import { buildSearchIndex, type IndexDocument } from '../../../src/lib/search/build-index.ts';
import { SearchEngine } from '../../../src/lib/search/engine.ts';
import type { SynonymRule } from '../../../src/lib/search/synonyms.ts';

export const testTree = buildCategoryTree([
  {
    id: 'admin',
    name: '관리자센터',
    categories: [
      { id: 'billing', name: '월렛과 결제', subcategories: [{ id: 'refund', name: '환불' }, { id: 'tax', name: '세금계산서' }, { id: 'wallet', name: '월렛 충전' }] },
      { id: 'bots', name: '봇 만들기', subcategories: [{ id: 'skills', name: '스킬' }, { id: 'team', name: '팀원과 권한' }] },
    ],
  },
  { id: 'channel', name: '비즈니스 채널', categories: [{ id: 'account', name: '계정', subcategories: [{ id: 'withdraw', name: '탈퇴와 해지' }] }] },
]);

let n = 0;
export function doc(category: string, title: string, body: string, extra: Partial<IndexDocument> = {}): IndexDocument {
  n++;
  return { id: extra.id ?? `doc-${n}`, title, body, category, updated: extra.updated ?? `2025-01-${String((n % 28) + 1).padStart(2, '0')}`, tags: extra.tags ?? [] };
}

export function memoryEngine(docs: IndexDocument[], synonyms: SynonymRule[] = []): SearchEngine {
  const built = buildSearchIndex(docs, testTree, synonyms);
  built.manifest.dir = 'v1';
  const files = new Map<string, Uint8Array>([['manifest.bin', new TextEncoder().encode(JSON.stringify(built.manifest))]]);
  for (const [name, bytes] of built.files) files.set(`v1/${name}`, bytes);
  return new SearchEngine(async (path) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`missing ${path}`);
    return bytes;
  });
}

/** Ids of the documents a query returns, best first. */
export async function ids(engine: SearchEngine, query: string, options?: Parameters<SearchEngine['search']>[1]): Promise<string[]> {
  const response = await engine.search(query, options);
  return Promise.all(response.hits.map(async (h) => (await engine.doc(h.doc)).id));
}
