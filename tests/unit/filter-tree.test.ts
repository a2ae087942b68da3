import { describe, expect, it } from 'vitest';
import { nodesWithResults } from '../../src/lib/filter-tree.ts';
import { SearchTree } from '../../src/lib/search/search-tree.ts';

// admin › billing › (refund, tax-invoice), admin › bot-setup › skills; channel › account › withdraw
const tree = new SearchTree([
  ['admin', '누리봇 관리자센터', -1],
  ['billing', '월렛과 결제', 0],
  ['refund', '환불', 1],
  ['tax-invoice', '세금계산서', 1],
  ['bot-setup', '봇 만들기', 0],
  ['skills', '스킬과 웹훅', 4],
  ['channel', '누리톡 비즈니스 채널', -1],
  ['account', '계정과 보안', 6],
  ['withdraw', '탈퇴와 해지', 7],
]);
const children = (id: string) => tree.children(id);
const sorted = (ids: Set<string>) => [...ids].sort();

describe('nodesWithResults', () => {
  it('shows 전체 and only the branch of a query that hits one subcategory', () => {
    const counts = tree.countAll({ refund: 3 });
    expect(sorted(nodesWithResults(children, counts, ''))).toEqual(['', 'admin', 'billing', 'refund']);
  });

  it('shows every node with results across services', () => {
    const counts = tree.countAll({ refund: 2, withdraw: 1 });
    expect(sorted(nodesWithResults(children, counts, ''))).toEqual(['', 'account', 'admin', 'billing', 'channel', 'refund', 'withdraw']);
  });

  it('keeps the chosen node and its ancestors even without results', () => {
    const counts = tree.countAll({ refund: 2 });
    expect(sorted(nodesWithResults(children, counts, 'skills'))).toEqual(['', 'admin', 'billing', 'bot-setup', 'refund', 'skills']);
    expect(sorted(nodesWithResults(children, counts, 'channel'))).toEqual(['', 'admin', 'billing', 'channel', 'refund']);
  });

  it('shows only 전체 (and the choice) when nothing matches', () => {
    expect(sorted(nodesWithResults(children, tree.countAll({}), ''))).toEqual(['']);
    expect(sorted(nodesWithResults(children, tree.countAll({}), 'withdraw'))).toEqual(['', 'account', 'channel', 'withdraw']);
  });
});
