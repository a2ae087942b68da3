import { describe, expect, it } from 'vitest';
import { parseImportLines } from '../../src/lib/import/jsonl.ts';

const ok = {
  id: 'refund-account',
  title: '환불 계좌는 어떻게 등록하나요?',
  path: ['결제', '환불', '환불 계좌'],
  updated: '2025-03-14',
  tags: ['환불', '계좌'],
  body: '본문 **굵게**',
};
const line = (overrides: Record<string, unknown> = {}) => JSON.stringify({ ...ok, ...overrides });
const without = (key: keyof typeof ok) => {
  const copy: Record<string, unknown> = { ...ok };
  delete copy[key];
  return JSON.stringify(copy);
};
const messagesAt = (text: string, at: number) =>
  parseImportLines(text)
    .problems.filter((p) => p.line === at)
    .map((p) => p.message);

describe('parseImportLines: valid input', () => {
  it('parses each line into a record with its 1-based line number', () => {
    const { records, problems } = parseImportLines([line(), line({ id: 'docs/ide/build', tags: undefined })].join('\n'));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual({
      id: 'refund-account',
      title: '환불 계좌는 어떻게 등록하나요?',
      path: ['결제', '환불', '환불 계좌'],
      updated: new Date('2025-03-14T00:00:00Z'),
      tags: ['환불', '계좌'],
      body: '본문 **굵게**',
      line: 1,
    });
    expect(records[1]!.id).toBe('docs/ide/build');
    expect(records[1]!.line).toBe(2);
    expect(records[1]!.tags).toBeUndefined();
  });

  it('skips blank and whitespace-only lines but keeps counting them', () => {
    const { records, problems } = parseImportLines(['', line(), '   ', '\t', line({ id: 'second' }), ''].join('\n'));
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, r.line])).toEqual([
      ['refund-account', 2],
      ['second', 5],
    ]);
  });

  it('trims the title and path names', () => {
    const { records } = parseImportLines(line({ title: '  제목  ', path: [' 결제 ', '환불', '계좌 '] }));
    expect(records[0]!.title).toBe('제목');
    expect(records[0]!.path).toEqual(['결제', '환불', '계좌']);
  });

  it('accepts CRLF files', () => {
    const { records, problems } = parseImportLines(`${line()}\r\n${line({ id: 'b' })}\r\n`);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([1, 2]);
  });

  it('accepts a real leap day', () => {
    const { records, problems } = parseImportLines(line({ updated: '2024-02-29' }));
    expect(problems).toEqual([]);
    expect(records[0]!.updated.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
});

describe('parseImportLines: problems carry the right line', () => {
  it('reports invalid JSON', () => {
    const text = [line(), '{bad json'].join('\n');
    const { records, problems } = parseImportLines(text);
    expect(records.map((r) => r.id)).toEqual(['refund-account']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(2);
    expect(problems[0]!.message).toMatchInlineSnapshot(`"JSON 한 줄로 읽을 수 없습니다 (Expected property name or '}' in JSON at position 1 (line 1 column 2))."`);
  });

  it('reports a missing title', () => {
    const text = ['', without('title')].join('\n');
    const { records, problems } = parseImportLines(text);
    expect(records).toEqual([]);
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "line": 2,
          "message": "title: 필수 항목이 없습니다. 제목(문자열)을(를) 적어 주세요.",
        },
      ]
    `);
  });

  it('reports each missing field by name', () => {
    const text = [without('id'), without('path'), without('updated'), without('body')].join('\n');
    const { records, problems } = parseImportLines(text);
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [1, 'id'],
      [2, 'path'],
      [3, 'updated'],
      [4, 'body'],
    ]);
    for (const p of problems) expect(p.message).toContain('필수 항목이 없습니다.');
  });

  it('reports an impossible day (2025-02-30)', () => {
    const text = [line(), line({ id: 'b', updated: '2025-02-30' })].join('\n');
    const { records, problems } = parseImportLines(text);
    expect(records.map((r) => r.id)).toEqual(['refund-account']);
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "line": 2,
          "message": "updated: YYYY-MM-DD 형식의 실제 날짜(예: 2025-03-14)여야 합니다. 받은 값: "2025-02-30"",
        },
      ]
    `);
  });

  it('reports dates that are not YYYY-MM-DD', () => {
    const problems = parseImportLines([line({ updated: '2025/03/14' }), line({ id: 'b', updated: '2025-04-31' })].join('\n')).problems;
    expect(problems.map((p) => p.line)).toEqual([1, 2]);
    expect(problems[0]!.message).toBe('updated: YYYY-MM-DD 형식의 실제 날짜(예: 2025-03-14)여야 합니다. 받은 값: "2025/03/14"');
    expect(problems[1]!.message).toMatch(/^updated: YYYY-MM-DD 형식의 실제 날짜/);
  });

  it('reports a bad id', () => {
    expect(messagesAt(['', '', line({ id: 'Bad ID' })].join('\n'), 3)).toEqual([
      'id: id는 영문 소문자·숫자·_.-와 /만 쓸 수 있습니다. 받은 값: "Bad ID"',
    ]);
    expect(parseImportLines(line({ id: '/leading-slash' })).problems).toHaveLength(1);
    expect(parseImportLines(line({ id: '' })).problems).toHaveLength(1);
  });

  it('reports a duplicate id, naming the first line', () => {
    const text = [line(), line({ id: 'other' }), '', line({ title: '다른 제목' })].join('\n');
    const { records, problems } = parseImportLines(text);
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "line": 4,
          "message": "id: "refund-account"는 1행에서 이미 쓰였습니다. id는 줄마다 달라야 합니다.",
        },
      ]
    `);
  });

  it('reports every wrong type on one line', () => {
    const text = line({ title: 5, path: ['a', 'b'], tags: 'x', body: 1 });
    const { records, problems } = parseImportLines(text);
    expect(records).toEqual([]);
    expect(problems.every((p) => p.line === 1)).toBe(true);
    expect(problems.map((p) => p.message)).toEqual([
      'title: 제목(문자열)이어야 합니다. 받은 값: 5 (숫자)',
      'path: 세 단계 분류 이름 목록(예: ["서비스", "카테고리", "하위"])이어야 합니다. 받은 값: 목록 ["a", "b"]',
      'tags: 태그 목록이어야 합니다. 받은 값: "x"',
      'body: 본문 Markdown(문자열)이어야 합니다. 받은 값: 1 (숫자)',
    ]);
  });

  it('reports an empty title and an empty path name with the element index', () => {
    const text = [line({ title: '   ' }), line({ id: 'b', path: ['a', ' ', 'c'] })].join('\n');
    expect(parseImportLines(text).problems).toEqual([
      { line: 1, message: 'title: 제목이 비어 있습니다.' },
      { line: 2, message: 'path.1: 분류 이름이 비어 있습니다.' },
    ]);
  });

  it('reports a line that is JSON but not an object', () => {
    const { problems } = parseImportLines(['[1,2]', 'null', '"text"'].join('\n'));
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3]);
    for (const p of problems) expect(p.message.startsWith('(줄 전체): ')).toBe(true);
  });

  it('keeps going after problems and reports them in file order', () => {
    const text = ['{', line(), line({ id: 'x', title: '' }), line({ id: 'y', updated: '2025-02-30' }), line(), line({ id: 'z' })].join('\n');
    const { records, problems } = parseImportLines(text);
    expect(records.map((r) => [r.id, r.line])).toEqual([
      ['refund-account', 2],
      ['z', 6],
    ]);
    expect(problems.map((p) => p.line)).toEqual([1, 3, 4, 5]);
  });
});
