import { describe, expect, it } from 'vitest';
import { faqSchema, FAQ_FIELDS } from '../../src/schemas/faq.ts';
import { formatIssues } from '../../src/schemas/field-errors.ts';

const SUBCATEGORIES = ['wallet', 'payment', 'refund', 'tax-invoice', 'refund-account', 'api-keys'];
const schema = faqSchema(SUBCATEGORIES);
const FILE = 'content/faq/refund-account.mdx';

const valid = { title: '환불 계좌는 어떻게 바꾸나요?', category: 'refund', updated: '2025-03-14' };

/** Frontmatter `over` merged into a valid one; keys set to undefined are dropped, as if not written. */
function frontmatter(over: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ ...valid, ...over }).filter(([, v]) => v !== undefined));
}

function messages(data: unknown): string {
  const result = schema.safeParse(data);
  if (result.success) throw new Error(`expected a schema failure for ${JSON.stringify(data)}`);
  return formatIssues(FILE, result.error.issues);
}

describe('faqSchema: valid frontmatter', () => {
  it('accepts a "YYYY-MM-DD" string and fills defaults', () => {
    const result = schema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      title: '환불 계좌는 어떻게 바꾸나요?',
      category: 'refund',
      updated: new Date('2025-03-14T00:00:00Z'),
      tags: [],
      featured: false,
      draft: false,
    });
  });

  it('accepts a YAML date (a Date object) as it is', () => {
    const result = schema.safeParse(frontmatter({ updated: new Date(Date.UTC(2024, 1, 29)) }));
    expect(result.success).toBe(true);
    expect(result.data!.updated.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('accepts a leap day string and surrounding spaces in a date string', () => {
    expect(schema.safeParse(frontmatter({ updated: '2024-02-29' })).data?.updated.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(schema.safeParse(frontmatter({ updated: ' 2025-12-31 ' })).data?.updated.toISOString()).toBe('2025-12-31T00:00:00.000Z');
  });

  it('keeps every optional field when given, trimming strings', () => {
    const result = schema.safeParse(
      frontmatter({
        id: 'docs/ide/build',
        title: '  환불 계좌는 어떻게 바꾸나요?  ',
        tags: [' 환불 ', '계좌'],
        featured: true,
        order: 2,
        draft: true,
        summary: ' 환불 계좌를 바꾸는 방법 ',
      }),
    );
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      id: 'docs/ide/build',
      title: '환불 계좌는 어떻게 바꾸나요?',
      tags: ['환불', '계좌'],
      featured: true,
      order: 2,
      draft: true,
      summary: '환불 계좌를 바꾸는 방법',
    });
  });

  it('lists every field the schema accepts', () => {
    expect([...FAQ_FIELDS].sort()).toEqual(Object.keys(schema.shape).sort());
  });
});

describe('faqSchema: writer-facing messages', () => {
  it('missing title', () => {
    expect(messages(frontmatter({ title: undefined }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: title: 필수 항목이 없습니다. 질문 형태의 제목(문자열)을(를) 적어 주세요."`);
  });

  it('title of the wrong type', () => {
    expect(messages(frontmatter({ title: 42 }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: title: 질문 형태의 제목(문자열)이어야 합니다. 받은 값: 42 (숫자)"`);
  });

  it('title too short or too long', () => {
    expect(messages(frontmatter({ title: ' 환 ' }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: title: 제목이 너무 짧습니다. 질문 형태로 적어 주세요."`);
    expect(messages(frontmatter({ title: '가'.repeat(121) }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: title: 제목은 120자 이내여야 합니다(지금 121자)."`);
    expect(schema.safeParse(frontmatter({ title: '가'.repeat(120) })).success).toBe(true);
  });

  it('unknown category lists close ids and the valid ids', () => {
    expect(messages(frontmatter({ category: 'refnd' }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: category: "refnd"은(는) content/categories.yaml에 없는 하위 카테고리 id입니다. 비슷한 id: refund, payment, wallet. 쓸 수 있는 하위 카테고리 id: wallet, payment, refund, tax-invoice, refund-account, api-keys"`);
  });

  it('a category must be a subcategory id from the tree it was built with', () => {
    expect(schema.safeParse(frontmatter({ category: 'api-keys' })).success).toBe(true);
    expect(faqSchema(['wallet']).safeParse(frontmatter({ category: 'api-keys' })).success).toBe(false);
  });

  it('unknown category in a large tree names 40 ids and how many more', () => {
    const many = Array.from({ length: 45 }, (_, i) => `sub-${String(i).padStart(2, '0')}`);
    const result = faqSchema(many).safeParse(frontmatter({ category: 'sub-4' }));
    const text = formatIssues(FILE, result.error!.issues);
    expect(text).toContain('비슷한 id: sub-04, sub-14, sub-24.');
    expect(text).toContain('sub-38, sub-39 외 5개');
    expect(text).not.toContain('sub-40');
  });

  it('missing updated', () => {
    expect(messages(frontmatter({ updated: undefined }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: updated: 필수 항목이 없습니다. 마지막으로 고친 날짜를 YYYY-MM-DD 형식(예: 2025-03-14)으로 적어 주세요."`);
  });

  it('impossible date 2025-02-30', () => {
    // Only the part before "받은 값" is pinned: the value shown for an impossible day is reported separately.
    const [message] = messages(frontmatter({ updated: '2025-02-30' })).split(' 받은 값:');
    expect(message).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: updated: YYYY-MM-DD 형식의 실제 날짜(예: 2025-03-14)여야 합니다."`);
    expect(messages(frontmatter({ updated: '2025-04-31' }))).toContain('updated: YYYY-MM-DD 형식의 실제 날짜');
    expect(messages(frontmatter({ updated: '2023-02-29' }))).toContain('updated: YYYY-MM-DD 형식의 실제 날짜');
  });

  it('date that is not YYYY-MM-DD', () => {
    expect(messages(frontmatter({ updated: '2025-3-14' }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: updated: YYYY-MM-DD 형식의 실제 날짜(예: 2025-03-14)여야 합니다. 받은 값: "2025-3-14""`);
    expect(messages(frontmatter({ updated: '2025/03/14' }))).toContain('받은 값: "2025/03/14"');
  });

  it('date of the wrong type', () => {
    expect(messages(frontmatter({ updated: 20250314 }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: updated: YYYY-MM-DD 형식의 실제 날짜(예: 2025-03-14)여야 합니다. 받은 값: 20250314 (숫자)"`);
    expect(messages(frontmatter({ updated: true }))).toContain('받은 값: true (참/거짓)');
  });

  it('tags not a list', () => {
    expect(messages(frontmatter({ tags: '환불' }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: tags: 태그 목록(예: [환불, 계좌])이어야 합니다. 받은 값: "환불""`);
  });

  it('a tag that is not a string', () => {
    expect(messages(frontmatter({ tags: ['환불', 3] }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: tags.1: 태그(문자열)이어야 합니다. 받은 값: 3 (숫자)"`);
  });

  it('unknown field (a misspelt category)', () => {
    expect(messages(frontmatter({ category: undefined, catgory: 'refund' }))).toMatchInlineSnapshot(`
      "content/faq/refund-account.mdx: category: 필수 항목이 없습니다. 하위 카테고리 id(문자열)을(를) 적어 주세요.
      content/faq/refund-account.mdx: (파일 전체): 알 수 없는 항목 "catgory"이(가) 있습니다. 쓸 수 있는 항목: id, title, category, updated, tags, featured, order, draft, summary"
    `);
  });

  it('featured as a string', () => {
    expect(messages(frontmatter({ featured: 'true' }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: featured: true 또는 false이어야 합니다. 받은 값: "true""`);
  });

  it('draft as a string and order as a string', () => {
    expect(messages(frontmatter({ draft: 'yes', order: '1' }))).toMatchInlineSnapshot(`
      "content/faq/refund-account.mdx: order: 숫자이어야 합니다. 받은 값: "1"
      content/faq/refund-account.mdx: draft: true 또는 false이어야 합니다. 받은 값: "yes""
    `);
  });

  it('id with characters a URL cannot keep', () => {
    expect(messages(frontmatter({ id: 'Refund Account' }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: id: id는 영문 소문자·숫자·_.-와 폴더 구분 /만 쓸 수 있습니다. 받은 값: "Refund Account""`);
  });

  it('summary longer than 200 characters', () => {
    expect(messages(frontmatter({ summary: '가'.repeat(201) }))).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: summary: 요약은 200자 이내여야 합니다."`);
  });

  it('frontmatter that is not a mapping', () => {
    expect(messages(undefined)).toBe(messages('title: 환불'));
    expect(messages(42)).toBe(messages('title: 환불'));
    expect(messages('title: 환불')).toMatchInlineSnapshot(`"content/faq/refund-account.mdx: (파일 전체): 머리말(frontmatter)이 없거나 형식이 잘못되었습니다. 파일 맨 위에 --- 로 둘러싼 YAML을 적어 주세요."`);
  });

  it('reports every problem, one line each', () => {
    const lines = messages({ title: 1, category: 'nope', updated: 'soon', featured: 'no' }).split('\n');
    expect(lines.map((l) => l.split(': ')[1])).toEqual(['title', 'category', 'updated', 'featured']);
    expect(lines.every((l) => l.startsWith(`${FILE}: `))).toBe(true);
  });
});
