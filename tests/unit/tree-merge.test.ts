import { describe, expect, it } from 'vitest';
import { mergePaths, slugForName } from '../../src/lib/import/tree-merge.ts';
import { NODE_ID_PATTERN, RESERVED_NODE_IDS, type RawService } from '../../src/schemas/category-tree.ts';

const existing = (): RawService[] => [
  {
    id: 'billing',
    name: '결제',
    categories: [
      {
        id: 'refund',
        name: '환불',
        description: '환불 관련',
        subcategories: [{ id: 'refund-account', name: '환불 계좌', order: 1 }],
      },
    ],
  },
];

/** Every id in the tree, in document order. */
const allIds = (tree: RawService[]) =>
  tree.flatMap((s) => [s.id, ...s.categories.flatMap((c) => [c.id, ...c.subcategories.map((sub) => sub.id)])]);

describe('slugForName', () => {
  it('romanises Korean names to ASCII slugs', () => {
    expect(slugForName('환불 계좌')).toBe('hwanbul-gyejwa');
    expect(slugForName('세금계산서')).toBe('segeumgyesanseo');
    expect(slugForName('검색')).toBe('geomsaek');
  });

  it('romanises decomposed (NFD) Hangul the same as composed', () => {
    expect(slugForName('환불 계좌'.normalize('NFD'))).toBe('hwanbul-gyejwa');
  });

  it('slugifies Latin names: lower case, accents dropped, punctuation to single hyphens', () => {
    expect(slugForName('Visual Studio')).toBe('visual-studio');
    expect(slugForName('Café Déjà vu')).toBe('cafe-deja-vu');
    expect(slugForName('  C++ / C#  ')).toBe('c-c');
    expect(slugForName('API 키')).toBe('api-ki');
    expect(slugForName('１２３')).toBe('123');
  });

  it('falls back to "node" when nothing is left', () => {
    expect(slugForName('!!!')).toBe('node');
    expect(slugForName('')).toBe('node');
  });

  it('always yields a valid node id', () => {
    for (const name of ['환불 계좌', 'Visual Studio', '--a--b--', 'Ünïcödé', '日本語', '💳 결제']) {
      expect(slugForName(name)).toMatch(NODE_ID_PATTERN);
    }
  });
});

describe('mergePaths', () => {
  it('matches existing nodes by name and adds nothing for a known path', () => {
    const merged = mergePaths(existing(), [['결제', '환불', '환불 계좌']]);
    expect(merged.added).toBe(0);
    expect(merged.tree).toEqual(existing());
    expect(merged.subcategoryOf(['결제', '환불', '환불 계좌'])).toBe('refund-account');
  });

  it('adds new nodes under existing parents with romanised ids', () => {
    const merged = mergePaths(existing(), [['결제', '환불', '부분 환불']]);
    expect(merged.added).toBe(1);
    expect(merged.tree[0]!.categories[0]!.subcategories).toEqual([
      { id: 'refund-account', name: '환불 계좌', order: 1 },
      { id: 'bubun-hwanbul', name: '부분 환불' },
    ]);
    expect(merged.subcategoryOf(['결제', '환불', '부분 환불'])).toBe('bubun-hwanbul');
  });

  it('creates a whole new branch and counts each node', () => {
    const merged = mergePaths(existing(), [['개발 도구', 'Visual Studio', '빌드']]);
    expect(merged.added).toBe(3);
    expect(merged.tree[1]).toEqual({
      id: 'gaebal-dogu',
      name: '개발 도구',
      categories: [{ id: 'visual-studio', name: 'Visual Studio', subcategories: [{ id: 'bildeu', name: '빌드' }] }],
    });
  });

  it('gives repeated names under different parents unique, parent-prefixed ids', () => {
    const merged = mergePaths(existing(), [
      ['결제', '환불', 'General'],
      ['결제', 'Docs', 'General'],
      ['IDE', 'Docs', 'General'],
    ]);
    expect(merged.subcategoryOf(['결제', '환불', 'General'])).toBe('general');
    expect(merged.subcategoryOf(['결제', 'Docs', 'General'])).toBe('docs-general');
    expect(merged.subcategoryOf(['IDE', 'Docs', 'General'])).toBe('ide-docs-general');
    expect(merged.tree.find((s) => s.name === 'IDE')!.categories[0]!.id).toBe('ide-docs');
    const ids = allIds(merged.tree);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers an id when both the slug and the parent-prefixed slug are taken', () => {
    const tree: RawService[] = [
      {
        id: 'svc',
        name: 'Svc',
        categories: [
          { id: 'cat', name: 'Cat', subcategories: [{ id: 'general', name: 'Other' }, { id: 'cat-general', name: 'Other 2' }] },
        ],
      },
    ];
    const merged = mergePaths(tree, [['Svc', 'Cat', 'General']]);
    expect(merged.subcategoryOf(['Svc', 'Cat', 'General'])).toBe('cat-general-2');
  });

  it('never uses an id that is already in the tree, even for a different name', () => {
    const merged = mergePaths(existing(), [['Billing', 'Refund', 'Refund Account']]);
    const ids = allIds(merged.tree);
    expect(new Set(ids).size).toBe(ids.length);
    expect(merged.tree[1]!.id).toBe('billing-2');
    expect(merged.tree[1]!.categories[0]!.id).toBe('billing-2-refund');
    expect(merged.subcategoryOf(['Billing', 'Refund', 'Refund Account'])).toBe('billing-2-refund-refund-account');
  });

  it('avoids reserved ids', () => {
    const merged = mergePaths([], [
      ['Search', 'Page', 'About'],
      ['FAQ', 'Images', 'Title'],
    ]);
    const ids = allIds(merged.tree);
    for (const reserved of RESERVED_NODE_IDS) expect(ids).not.toContain(reserved);
    expect(ids).toEqual(['search-2', 'search-2-page', 'search-2-page-about', 'faq-2', 'faq-2-images', 'faq-2-images-title']);
    for (const id of ids) expect(id).toMatch(NODE_ID_PATTERN);
  });

  it('handles the same path twice once', () => {
    const merged = mergePaths(existing(), [
      ['결제', '환불', '부분 환불'],
      ['결제', '환불', '부분 환불'],
    ]);
    expect(merged.added).toBe(1);
    expect(merged.tree[0]!.categories[0]!.subcategories).toHaveLength(2);
  });

  it('returns undefined for a path it was not given', () => {
    expect(mergePaths(existing(), [['결제', '환불', '환불 계좌']]).subcategoryOf(['x', 'y', 'z'])).toBeUndefined();
  });

  it('is deterministic: the same input twice gives deep-equal output', () => {
    const paths = [
      ['결제', 'Docs', 'General'],
      ['IDE', 'Docs', 'General'],
      ['개발 도구', '빌드', '오류'],
      ['Search', 'Page', 'About'],
    ];
    const a = mergePaths(existing(), paths);
    const b = mergePaths(existing(), paths);
    expect(a.tree).toEqual(b.tree);
    expect(a.added).toBe(b.added);
    for (const p of paths) expect(a.subcategoryOf(p)).toBe(b.subcategoryOf(p));
  });

  it('does not mutate the input tree or paths', () => {
    const tree = existing();
    const paths = [['결제', '환불', '부분 환불'], ['새 서비스', '카테고리', '하위']];
    const before = structuredClone(tree);
    const pathsBefore = structuredClone(paths);
    const merged = mergePaths(tree, paths);
    expect(tree).toEqual(before);
    expect(paths).toEqual(pathsBefore);
    expect(merged.tree).not.toBe(tree);
    expect(merged.tree[0]).not.toBe(tree[0]);
    expect(merged.tree).toHaveLength(2);
  });
});
