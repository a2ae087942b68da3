import { describe, expect, it } from 'vitest';
import { compareContent, isUnchanged } from '../../src/lib/preview/comparison.ts';
import { compareFaqs, toFaqSnapshot, type FaqSnapshot } from '../../src/lib/preview/faq-changes.ts';
import { parseCatFileBatch, parseNameStatus, parseUntracked, shortCommit } from '../../src/lib/preview/git-output.ts';
import { compareCategoryTrees, compareSynonyms, describeSynonymRule } from '../../src/lib/preview/tree-changes.ts';

const faq = (id: string, fields: Partial<FaqSnapshot> = {}): FaqSnapshot => ({
  id,
  file: `content/faq/${id}.mdx`,
  title: `${id} 질문인가요?`,
  category: 'refund',
  tags: ['환불'],
  updated: '2025-01-01',
  draft: false,
  body: '본문입니다.',
  rest: '{}',
  ...fields,
});

describe('git output', () => {
  it('reads name-status -z entries, including Korean and spaced paths', () => {
    expect(parseNameStatus('M\0content/faq/a.mdx\0A\0content/faq/새 글.mdx\0D\0content/faq/b.md\0T\0content/synonyms.yaml\0')).toEqual([
      { path: 'content/faq/a.mdx', before: true, after: true },
      { path: 'content/faq/새 글.mdx', before: false, after: true },
      { path: 'content/faq/b.md', before: true, after: false },
      { path: 'content/synonyms.yaml', before: true, after: true },
    ]);
    expect(parseNameStatus('')).toEqual([]);
  });

  it('reads untracked files as new', () => {
    expect(parseUntracked('content/faq/x.mdx\0content/faq/y.md\0')).toEqual([
      { path: 'content/faq/x.mdx', before: false, after: true },
      { path: 'content/faq/y.md', before: false, after: true },
    ]);
  });

  it('splits cat-file --batch output by byte size, multi-byte text and missing objects included', () => {
    const first = '---\ntitle: 환불\n---\n줄바꿈이\n있는 본문\n';
    const bytes = Buffer.byteLength(first);
    const output = Buffer.from(`${'a'.repeat(40)} blob ${bytes}\n${first}\nabc:content/faq/gone.mdx missing\n${'b'.repeat(40)} blob 2\nok\n`);
    expect(parseCatFileBatch(output, 3)).toEqual([first, undefined, 'ok']);
    expect(parseCatFileBatch(Buffer.from(''), 2)).toEqual([undefined, undefined]);
  });

  it('shortens commit ids to 7 characters', () => {
    expect(shortCommit('0123456789abcdef\n')).toBe('0123456');
  });
});

describe('FAQ snapshots', () => {
  it('normalises frontmatter and keeps other fields for comparison', () => {
    const snapshot = toFaqSnapshot('content/faq/a.mdx', 'a', { title: ' 환불되나요? ', category: 'refund', updated: new Date('2025-03-14T00:00:00Z'), tags: ['환불', ' 계좌 '], summary: '요약', order: 2 }, 'a\r\nb\n\n');
    expect(snapshot).toEqual({ id: 'a', file: 'content/faq/a.mdx', title: '환불되나요?', category: 'refund', tags: ['환불', '계좌'], updated: '2025-03-14', draft: false, body: 'a\nb', rest: '{"order":2,"summary":"요약"}' });
  });

  it('falls back to the id for a file without frontmatter', () => {
    expect(toFaqSnapshot('content/faq/old.mdx', 'old', undefined, '본문').title).toBe('old');
  });
});

describe('compareFaqs', () => {
  it('sorts files into added, changed and removed by id', () => {
    const changes = compareFaqs([faq('b'), faq('c')], [faq('a'), faq('b', { title: '새 제목인가요?', tags: ['환불', '계좌'], updated: '2025-02-01' })]);
    expect(changes.added.map((c) => c.after.id)).toEqual(['a']);
    expect(changes.changed.map((c) => [c.after.id, c.kinds])).toEqual([['b', ['title', 'tags', 'updated']]]);
    expect(changes.removed.map((c) => c.before.id)).toEqual(['c']);
    expect(changes.drafts).toEqual([]);
  });

  it('names every kind of change, and a moved file keeps its id and URL', () => {
    const before = faq('a');
    const after = faq('a', { file: 'content/faq/billing/a.mdx', category: 'wallet', body: '새 본문', rest: '{"featured":true}' });
    expect(compareFaqs([before], [after]).changed[0]!.kinds).toEqual(['category', 'body', 'other', 'file']);
  });

  it('treats a new frontmatter id as one FAQ removed and another added', () => {
    const changes = compareFaqs([faq('old')], [faq('new', { file: 'content/faq/old.mdx' })]);
    expect(changes.added.map((c) => c.after.id)).toEqual(['new']);
    expect(changes.removed.map((c) => c.before.id)).toEqual(['old']);
  });

  it('counts publishing a draft as added, and drafting a page as removed', () => {
    const changes = compareFaqs([faq('a', { draft: true }), faq('b')], [faq('a'), faq('b', { draft: true })]);
    expect(changes.added).toEqual([{ after: faq('a'), wasDraft: true }]);
    expect(changes.removed).toEqual([{ before: faq('b'), nowDraft: true }]);
  });

  it('lists drafts that are added, edited or deleted apart, without links', () => {
    const changes = compareFaqs([faq('edited', { draft: true }), faq('deleted', { draft: true })], [faq('edited', { draft: true, body: '고침' }), faq('new', { draft: true })]);
    expect(changes.drafts.map((d) => d.id).sort()).toEqual(['deleted', 'edited', 'new']);
    expect(changes.added.length + changes.changed.length + changes.removed.length).toBe(0);
  });

  it('ignores a file whose content did not change in any way it tracks', () => {
    expect(compareFaqs([faq('a')], [faq('a')]).changed).toEqual([]);
  });

  it('orders each list 가나다순 by question', () => {
    const changes = compareFaqs([], [faq('x', { title: '환불은?' }), faq('y', { title: '계좌는?' }), faq('z', { title: '가입은?' })]);
    expect(changes.added.map((c) => c.after.title)).toEqual(['가입은?', '계좌는?', '환불은?']);
  });
});

describe('category tree changes', () => {
  const tree = (refundName = '환불', extra: object[] = [], parent = 'billing') => [
    {
      id: 'admin',
      name: '관리자센터',
      categories: [
        { id: 'billing', name: '결제', subcategories: [...(parent === 'billing' ? [{ id: 'refund', name: refundName }] : []), { id: 'wallet', name: '월렛' }, ...extra] },
        { id: 'team', name: '팀', subcategories: [...(parent === 'team' ? [{ id: 'refund', name: refundName }] : []), { id: 'roles', name: '권한' }] },
      ],
    },
  ];

  it('reports added, renamed, moved and removed nodes with their trails, grouped by kind', () => {
    const before = tree('환불', [{ id: 'old', name: '옛 분류' }]);
    const after = tree('환불과 취소', [{ id: 'coupon', name: '쿠폰', order: 3 }], 'team');
    expect(compareCategoryTrees(before, after).map((c) => [c.kind, c.node.trail.join(' › '), 'from' in c ? c.from : undefined])).toEqual([
      ['added', '관리자센터 › 결제 › 쿠폰', undefined],
      ['renamed', '관리자센터 › 팀 › 환불과 취소', '환불'],
      ['moved', '관리자센터 › 팀 › 환불과 취소', ['관리자센터', '결제']],
      ['removed', '관리자센터 › 결제 › 옛 분류', undefined],
    ]);
  });

  it('notices order and description changes, and nothing when the trees match', () => {
    const described = tree();
    (described[0]!.categories[0] as { description?: string }).description = '결제 안내';
    expect(compareCategoryTrees(tree(), described).map((c) => [c.kind, c.node.id])).toEqual([['details', 'billing']]);
    expect(compareCategoryTrees(tree(), tree())).toEqual([]);
  });

  it('treats a missing file as an empty tree', () => {
    expect(compareCategoryTrees(undefined, tree()).every((c) => c.kind === 'added')).toBe(true);
  });
});

describe('synonym changes', () => {
  it('describes rules as a reviewer reads them', () => {
    expect(describeSynonymRule({ same: ['탈퇴', '해지'] })).toBe('탈퇴 = 해지');
    expect(describeSynonymRule({ from: ['돈 돌려받기', '환급'], to: ['환불'] })).toBe('돈 돌려받기, 환급 → 환불');
    expect(describeSynonymRule({ to: ['환불'] })).toBeUndefined();
    expect(describeSynonymRule('탈퇴')).toBeUndefined();
  });

  it('lists added and removed rules; an edited rule is one of each', () => {
    const before = [{ same: ['탈퇴', '해지'] }, { from: ['카톡'], to: ['카카오톡'] }, { same: ['요금', '비용'] }];
    const after = [{ same: ['탈퇴', '해지'] }, { from: ['카톡', '톡'], to: ['카카오톡'] }, { same: ['쿠폰', '이용권'] }];
    expect(compareSynonyms(before, after)).toEqual({ added: ['카톡, 톡 → 카카오톡', '쿠폰 = 이용권'], removed: ['카톡 → 카카오톡', '요금 = 비용'] });
    expect(compareSynonyms(undefined, [{ same: ['a', 'b'] }])).toEqual({ added: ['a = b'], removed: [] });
  });
});

describe('compareContent', () => {
  it('puts the pieces together and keeps the base tree names for old categories', () => {
    const result = compareContent({
      baseRef: 'origin/main',
      baseCommit: 'abc1234',
      faqsBefore: [faq('gone')],
      faqsAfter: [],
      categories: { file: 'content/categories.yaml', before: '- id: admin\n  name: 관리자\n  categories:\n    - id: billing\n      name: 결제\n      subcategories:\n        - { id: refund, name: 환불 }\n', after: '- id: admin\n  name: 관리자\n  categories:\n    - id: billing\n      name: 결제\n      subcategories:\n        - { id: refund, name: 환불과 취소 }\n' },
    });
    expect(result.faqs.removed.map((r) => r.before.id)).toEqual(['gone']);
    expect(result.categories.map((c) => c.kind)).toEqual(['renamed']);
    expect(result.oldTrails.get('refund')).toEqual(['관리자', '결제', '환불']);
    expect(result.synonyms).toEqual({ added: [], removed: [] });
    expect(isUnchanged(result)).toBe(false);
  });

  it('leaves out a YAML file whose base version does not parse, and says so', () => {
    const result = compareContent({ baseRef: 'main', baseCommit: 'abc1234', faqsBefore: [], faqsAfter: [], synonyms: { file: 'content/synonyms.yaml', before: '- same: [a, b\n', after: '- same: [a, b]\n' } });
    expect(result.unreadable).toEqual(['content/synonyms.yaml']);
    expect(result.synonyms).toEqual({ added: [], removed: [] });
    expect(isUnchanged(result)).toBe(true);
  });
});
