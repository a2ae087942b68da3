import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importedFaqFile } from '../../src/lib/import/faq-file.ts';
import type { ImportRecord } from '../../src/lib/import/jsonl.ts';

const record = (overrides: Partial<ImportRecord> = {}): ImportRecord => ({
  id: 'refund-account',
  title: '환불 계좌는 어떻게 등록하나요?',
  path: ['결제', '환불', '환불 계좌'],
  updated: new Date('2025-03-14T00:00:00Z'),
  tags: ['환불', '계좌'],
  body: '본문입니다.',
  line: 1,
  ...overrides,
});

/** Splits a generated file into its parsed frontmatter and the body after it. */
function split(file: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file);
  if (!m) throw new Error(`no frontmatter in ${JSON.stringify(file)}`);
  return { data: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
}

describe('importedFaqFile', () => {
  it('writes the frontmatter fields in order, then a blank line and the body', () => {
    expect(importedFaqFile(record(), 'refund-account')).toBe(
      [
        '---',
        'id: "refund-account"',
        'title: "환불 계좌는 어떻게 등록하나요?"',
        'category: refund-account',
        'updated: 2025-03-14',
        'tags: ["환불", "계좌"]',
        '---',
        '',
        '본문입니다.',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through YAML', () => {
    const { data } = split(importedFaqFile(record({ id: 'docs/ide/build' }), 'bildeu'));
    expect(data).toEqual({
      id: 'docs/ide/build',
      title: '환불 계좌는 어떻게 등록하나요?',
      category: 'bildeu',
      updated: '2025-03-14',
      tags: ['환불', '계좌'],
    });
  });

  it('keeps titles and tags with quotes, colons, hashes and backslashes intact', () => {
    const title = `"따옴표"와 콜론: 그리고 # 해시 \\ 역슬래시 'a' - [b] {c} @d`;
    const tags = ['환불: 계좌', 'a"b', '- dash', '#태그', 'x, y'];
    const { data } = split(importedFaqFile(record({ title, tags }), 'c'));
    expect(data.title).toBe(title);
    expect(data.tags).toEqual(tags);
  });

  it('keeps YAML-looking and whitespace-edged strings as strings', () => {
    for (const text of ['null', 'yes', 'true', '123', '2025-03-14', '  lead', 'tab\there', 'a\nb', '😀', 'a\u2028b']) {
      const { data } = split(importedFaqFile(record({ id: 'x', title: text, tags: [text] }), 'c'));
      expect(data.title).toBe(text);
      expect(data.tags).toEqual([text]);
    }
  });

  it('leaves out tags when there are none', () => {
    for (const tags of [[], undefined]) {
      const file = importedFaqFile(record({ tags }), 'c');
      expect(file).not.toContain('tags:');
      expect(split(file).data).not.toHaveProperty('tags');
    }
  });

  it('writes the date as YYYY-MM-DD in UTC', () => {
    const { data } = split(importedFaqFile(record({ updated: new Date('2024-12-31T00:00:00Z') }), 'c'));
    expect(data.updated).toBe('2024-12-31');
  });

  it('keeps the body as Markdown: leading title dropped, h1 demoted, nothing escaped', () => {
    const body = '# 제목\n\n본문 {x} <y> \\{이미\\}\n\n# 둘째\n\n```js\nconst a = {b};\n```\n\nexport default 1\n';
    const { body: out } = split(importedFaqFile(record({ body }), 'c'));
    expect(out).toBe('\n본문 {x} <y> \\{이미\\}\n\n## 둘째\n\n```js\nconst a = {b};\n```\n\nexport default 1\n');
  });

  it('trims the body and ends the file with one newline', () => {
    const file = importedFaqFile(record({ body: '\n\n  내용  \n\n\n' }), 'c');
    expect(file.endsWith('---\n\n내용\n')).toBe(true);
  });

  it('closes an unclosed fence in the body', () => {
    const { body } = split(importedFaqFile(record({ body: '```\n{x}' }), 'c'));
    expect(body).toBe('\n```\n{x}\n```\n');
  });
});
