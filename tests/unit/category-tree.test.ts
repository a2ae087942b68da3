import { describe, expect, it } from 'vitest';
import { buildCategoryTree, CategoryTreeError, countByNode, subcategoryIdsUnder } from '../../src/lib/category-tree.ts';
import { categoryTreeSchema } from '../../src/schemas/category-tree.ts';
import { formatIssues } from '../../src/schemas/field-errors.ts';

/** A small tree written the way content/categories.yaml is, with some `order`s out of file order. */
const raw = [
  {
    id: 'channel',
    name: '누리톡 비즈니스 채널',
    order: 2,
    categories: [
      { id: 'messages', name: '메시지 보내기', subcategories: [{ id: 'broadcast', name: '메시지 발송' }] },
      { id: 'account', name: '계정과 보안', subcategories: [{ id: 'login', name: '로그인' }] },
    ],
  },
  {
    id: 'admin',
    name: '누리봇 관리자센터',
    order: 1,
    description: '관리자센터 도움말입니다.',
    categories: [
      {
        id: 'billing',
        name: '월렛과 결제',
        order: 2,
        subcategories: [
          { id: 'refund', name: '환불', order: 3 },
          { id: 'wallet', name: '월렛 충전', order: 1 },
          { id: 'tax-invoice', name: '세금계산서', order: 2 },
        ],
      },
      { id: 'bot-setup', name: '봇 만들기', order: 1, subcategories: [{ id: 'bot-create', name: '봇 생성과 설정' }] },
    ],
  },
];

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

describe('buildCategoryTree ordering', () => {
  const tree = buildCategoryTree(raw);

  it('orders siblings by `order` at every level', () => {
    expect(ids(tree.services)).toEqual(['admin', 'channel']);
    expect(ids(tree.byId.get('admin')!.children)).toEqual(['bot-setup', 'billing']);
    expect(ids(tree.byId.get('billing')!.children)).toEqual(['wallet', 'tax-invoice', 'refund']);
  });

  it('keeps file position when `order` is missing', () => {
    expect(ids(tree.byId.get('channel')!.children)).toEqual(['messages', 'account']);
  });

  it('keeps file position between siblings with the same `order`', () => {
    const t = buildCategoryTree([
      {
        id: 's',
        name: 'S',
        categories: [
          {
            id: 'c',
            name: 'C',
            subcategories: [
              { id: 'z-first', name: 'Z', order: 1 },
              { id: 'a-second', name: 'A', order: 1 },
              { id: 'm-zero', name: 'M', order: 0 },
            ],
          },
        ],
      },
    ]);
    expect(ids(t.byId.get('c')!.children)).toEqual(['m-zero', 'z-first', 'a-second']);
  });

  it('lists subcategories in tree order', () => {
    expect(ids(tree.subcategories)).toEqual(['bot-create', 'wallet', 'tax-invoice', 'refund', 'broadcast', 'login']);
  });

  it('does not reorder the input arrays', () => {
    const copy = structuredClone(raw);
    buildCategoryTree(copy);
    expect(copy).toEqual(raw);
  });
});

describe('buildCategoryTree nodes', () => {
  const tree = buildCategoryTree(raw);

  it('sets levels, parents and trails', () => {
    const admin = tree.byId.get('admin')!;
    const billing = tree.byId.get('billing')!;
    const refund = tree.byId.get('refund')!;
    expect([admin.level, billing.level, refund.level]).toEqual([1, 2, 3]);
    expect(admin.parent).toBeUndefined();
    expect(billing.parent).toBe(admin);
    expect(refund.parent).toBe(billing);
    expect(ids(refund.trail)).toEqual(['admin', 'billing', 'refund']);
    expect(refund.trail[0]).toBe(admin);
    expect(refund.trail[2]).toBe(refund);
    expect(ids(admin.trail)).toEqual(['admin']);
    expect(refund.children).toEqual([]);
  });

  it('indexes every node by id', () => {
    expect([...tree.byId.keys()].sort()).toEqual(
      ['account', 'admin', 'billing', 'bot-create', 'bot-setup', 'broadcast', 'channel', 'login', 'messages', 'refund', 'tax-invoice', 'wallet'].sort(),
    );
    expect(tree.byId.get('tax-invoice')!.name).toBe('세금계산서');
  });

  it('keeps a description only when one is given', () => {
    expect(tree.byId.get('admin')!.description).toBe('관리자센터 도움말입니다.');
    expect('description' in tree.byId.get('channel')!).toBe(false);
  });
});

describe('buildCategoryTree duplicate ids', () => {
  it('names both places by their position in the file', () => {
    const dup = [
      {
        id: 'admin',
        name: '관리자센터',
        categories: [
          { id: 'billing', name: '결제', subcategories: [{ id: 'refund', name: '환불' }] },
          { id: 'other', name: '기타', subcategories: [{ id: 'faq-misc', name: '기타' }, { id: 'refund', name: '환불 2' }] },
        ],
      },
    ];
    expect(() => buildCategoryTree(dup)).toThrowErrorMatchingInlineSnapshot(`[CategoryTreeError: content/categories.yaml: [0].categories[1].subcategories[1].id: id "refund"이(가) 두 번 쓰였습니다(처음: [0].categories[0].subcategories[0].id). 트리의 모든 id는 서로 달라야 합니다.]`);
  });

  it('throws a CategoryTreeError that names the given file', () => {
    const dup = [
      { id: 'same', name: 'A', categories: [{ id: 'c1', name: 'C', subcategories: [{ id: 's1', name: 'S' }] }] },
      { id: 'same', name: 'B', categories: [{ id: 'c2', name: 'C', subcategories: [{ id: 's2', name: 'S' }] }] },
    ];
    expect(() => buildCategoryTree(dup, 'fixtures/tree.yaml')).toThrow(CategoryTreeError);
    expect(() => buildCategoryTree(dup, 'fixtures/tree.yaml')).toThrow(/^fixtures\/tree\.yaml: \[1\]\.id: id "same"/);
  });

  it('treats an id repeated across levels as a duplicate', () => {
    const dup = [{ id: 'refund', name: '환불 서비스', categories: [{ id: 'c', name: 'C', subcategories: [{ id: 'refund', name: '환불' }] }] }];
    expect(() => buildCategoryTree(dup)).toThrow('[0].categories[0].subcategories[0].id: id "refund"');
  });
});

describe('subcategoryIdsUnder', () => {
  const tree = buildCategoryTree(raw);

  it('collects subcategories in tree order below a service or category', () => {
    expect(subcategoryIdsUnder(tree.byId.get('admin')!)).toEqual(['bot-create', 'wallet', 'tax-invoice', 'refund']);
    expect(subcategoryIdsUnder(tree.byId.get('billing')!)).toEqual(['wallet', 'tax-invoice', 'refund']);
  });

  it('yields a subcategory itself', () => {
    expect(subcategoryIdsUnder(tree.byId.get('refund')!)).toEqual(['refund']);
  });
});

describe('countByNode', () => {
  const tree = buildCategoryTree(raw);

  it('rolls counts up: category = sum of subcategories, service = sum of categories', () => {
    const counts = countByNode(tree, ['refund', 'refund', 'wallet', 'bot-create', 'login', 'login', 'login']);
    expect(counts.get('refund')).toBe(2);
    expect(counts.get('wallet')).toBe(1);
    expect(counts.get('tax-invoice')).toBe(0);
    expect(counts.get('billing')).toBe(3);
    expect(counts.get('bot-setup')).toBe(1);
    expect(counts.get('admin')).toBe(4);
    expect(counts.get('account')).toBe(3);
    expect(counts.get('messages')).toBe(0);
    expect(counts.get('channel')).toBe(3);
  });

  it('keeps the roll-up invariant for every node', () => {
    const counts = countByNode(tree, ['refund', 'tax-invoice', 'wallet', 'broadcast', 'login', 'bot-create', 'refund']);
    for (const node of tree.byId.values()) {
      if (node.level === 3) continue;
      const sum = node.children.reduce((s, child) => s + counts.get(child.id)!, 0);
      expect(counts.get(node.id), node.id).toBe(sum);
    }
    expect(counts.get('admin')! + counts.get('channel')!).toBe(7);
  });

  it('has a zero for every node when there are no items', () => {
    const counts = countByNode(tree, []);
    expect(counts.size).toBe(tree.byId.size);
    expect([...counts.values()].every((n) => n === 0)).toBe(true);
  });

  it('ignores unknown subcategory ids', () => {
    const counts = countByNode(tree, ['refund', 'no-such-sub', '']);
    expect(counts.has('no-such-sub')).toBe(false);
    expect(counts.size).toBe(tree.byId.size);
    expect(counts.get('admin')).toBe(1);
    expect(counts.get('channel')).toBe(0);
  });

  it('accepts any iterable', () => {
    function* items() {
      yield 'wallet';
      yield 'broadcast';
    }
    const counts = countByNode(tree, items());
    expect(counts.get('admin')).toBe(1);
    expect(counts.get('channel')).toBe(1);
  });
});

describe('categoryTreeSchema', () => {
  const messages = (data: unknown) => {
    const result = categoryTreeSchema.safeParse(data);
    if (result.success) throw new Error('expected a schema failure');
    return formatIssues('content/categories.yaml', result.error.issues);
  };
  const sub = (over: Record<string, unknown> = {}) => ({ id: 'refund', name: '환불', ...over });
  const tree = (subcategory: Record<string, unknown>) => [
    { id: 'admin', name: '관리자센터', categories: [{ id: 'billing', name: '결제', subcategories: [subcategory] }] },
  ];

  it('accepts a valid tree and trims names', () => {
    const result = categoryTreeSchema.safeParse(tree(sub({ name: '  환불  ', order: 3, description: '환불 안내' })));
    expect(result.success).toBe(true);
    expect(result.data![0]!.categories[0]!.subcategories[0]).toEqual({ id: 'refund', name: '환불', order: 3, description: '환불 안내' });
  });

  it('accepts the repository tree', async () => {
    const { parse } = await import('yaml');
    const fs = await import('node:fs');
    const data = parse(fs.readFileSync(new URL('../../content/categories.yaml', import.meta.url), 'utf8'));
    expect(categoryTreeSchema.safeParse(data).success).toBe(true);
  });

  it('rejects an id that is not a lower-case slug', () => {
    expect(messages(tree(sub({ id: 'Tax_Invoice' })))).toMatchInlineSnapshot(`"content/categories.yaml: 0.categories.0.subcategories.0.id: id는 영문 소문자·숫자·하이픈만 쓸 수 있습니다(예: tax-invoice). 받은 값: "Tax_Invoice""`);
    expect(messages(tree(sub({ id: 'tax--invoice' })))).toContain('받은 값: "tax--invoice"');
    expect(messages(tree(sub({ id: '-refund' })))).toContain('받은 값: "-refund"');
    expect(messages(tree(sub({ id: '환불' })))).toContain('받은 값: "환불"');
  });

  it('rejects a reserved id', () => {
    expect(messages(tree(sub({ id: 'search' })))).toMatchInlineSnapshot(`"content/categories.yaml: 0.categories.0.subcategories.0.id: "search"은(는) 사이트 주소에 이미 쓰이는 예약어라 id로 쓸 수 없습니다. 예약어: faq, search, page, title, about, 404, pagefind, pagefind-plain, _astro, images, preview-changes"`);
  });

  it('rejects an id of the wrong type', () => {
    expect(messages(tree(sub({ id: 12 })))).toMatchInlineSnapshot(`"content/categories.yaml: 0.categories.0.subcategories.0.id: 영문 소문자·숫자·하이픈으로 된 id(예: refund)이어야 합니다. 받은 값: 12 (숫자)"`);
  });

  it('rejects a missing or blank name', () => {
    expect(messages(tree({ id: 'refund' }))).toMatchInlineSnapshot(`"content/categories.yaml: 0.categories.0.subcategories.0.name: 필수 항목이 없습니다. 한국어 이름(문자열)을(를) 적어 주세요."`);
    expect(messages(tree(sub({ name: '   ' })))).toMatchInlineSnapshot(`"content/categories.yaml: 0.categories.0.subcategories.0.name: 이름이 비어 있습니다."`);
  });

  it('rejects an empty subcategory list', () => {
    expect(messages([{ id: 'admin', name: '관리자센터', categories: [{ id: 'billing', name: '결제', subcategories: [] }] }])).toMatchInlineSnapshot(`"content/categories.yaml: 0.categories.0.subcategories: 하위 카테고리가 하나 이상 있어야 합니다."`);
  });

  it('rejects a category without subcategories and a service without categories', () => {
    expect(messages([{ id: 'admin', name: '관리자센터', categories: [{ id: 'billing', name: '결제' }] }])).toMatchInlineSnapshot(`"content/categories.yaml: 0.categories.0.subcategories: 필수 항목이 없습니다. 하위 카테고리 목록을(를) 적어 주세요."`);
    expect(messages([{ id: 'admin', name: '관리자센터', categories: [] }])).toMatchInlineSnapshot(`"content/categories.yaml: 0.categories: 카테고리가 하나 이상 있어야 합니다."`);
  });

  it('rejects an empty file and a tree that is not a list', () => {
    expect(messages(null)).toMatchInlineSnapshot(`"content/categories.yaml: (파일 전체): 서비스 목록이어야 합니다. 받은 값: 빈 값(null)"`);
    expect(messages([])).toMatchInlineSnapshot(`"content/categories.yaml: (파일 전체): 서비스가 하나 이상 있어야 합니다."`);
    expect(messages({ id: 'admin' })).toMatchInlineSnapshot(`"content/categories.yaml: (파일 전체): 서비스 목록이어야 합니다. 받은 값: 객체"`);
  });

  it('rejects an order that is not a number', () => {
    expect(messages(tree(sub({ order: '1' })))).toMatchInlineSnapshot(`"content/categories.yaml: 0.categories.0.subcategories.0.order: 숫자이어야 합니다. 받은 값: "1""`);
  });

  it('rejects an unknown key and points at the node that has it', () => {
    const result = categoryTreeSchema.safeParse(tree(sub({ nmae: '환불' })));
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.code === 'unrecognized_keys')!;
    expect(issue.path).toEqual([0, 'categories', 0, 'subcategories', 0]);
    const text = formatIssues('content/categories.yaml', result.error!.issues);
    expect(text).toMatch(/^content\/categories\.yaml: 0\.categories\.0\.subcategories\.0: .*"nmae"/m);
  });

  it('rejects subcategories nested under a subcategory (only three levels)', () => {
    const result = categoryTreeSchema.safeParse(tree(sub({ subcategories: [{ id: 'deeper', name: '더 깊이' }] })));
    expect(result.success).toBe(false);
  });
});
