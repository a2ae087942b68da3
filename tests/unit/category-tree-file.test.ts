import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCategoryTreeFile } from '../../src/data/category-tree.ts';
import { displayPath } from '../../src/data/content-dir.ts';
import { CategoryTreeError } from '../../src/lib/category-tree.ts';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-tree-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes `text` to a fresh file in the temp folder and returns its absolute path. */
function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text, 'utf8');
  return file;
}

/** The error thrown for `file`, with the file's shown path replaced by <file> so messages can be pinned. */
function failureOf(file: string): string {
  try {
    loadCategoryTreeFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(CategoryTreeError);
    return (error as Error).message.replaceAll(displayPath(file), '<file>');
  }
  throw new Error(`expected ${file} to fail`);
}

const VALID = `# 분류 트리
- id: channel
  name: 누리톡 비즈니스 채널
  order: 2
  categories:
    - id: messages
      name: 메시지 보내기
      subcategories:
        - { id: broadcast, name: 메시지 발송 }
- id: admin
  name: 누리봇 관리자센터
  order: 1
  description: 관리자센터 도움말입니다.
  categories:
    - id: billing
      name: 월렛과 결제
      subcategories:
        - { id: refund, name: 환불, order: 2 }
        - { id: wallet, name: 월렛 충전, order: 1 }
`;

describe('loadCategoryTreeFile', () => {
  it('loads a valid file into an ordered tree', () => {
    const tree = loadCategoryTreeFile(write('valid.yaml', VALID));
    expect(tree.services.map((s) => s.id)).toEqual(['admin', 'channel']);
    expect(tree.subcategories.map((s) => s.id)).toEqual(['wallet', 'refund', 'broadcast']);
    expect(tree.byId.get('refund')!.trail.map((n) => n.name)).toEqual(['누리봇 관리자센터', '월렛과 결제', '환불']);
    expect(tree.byId.get('admin')!.description).toBe('관리자센터 도움말입니다.');
  });

  it('shows the file relative to the working directory, with forward slashes', () => {
    const file = write('shown.yaml', '');
    const shown = displayPath(file);
    expect(shown).not.toContain('\\');
    expect(path.resolve(process.cwd(), shown)).toBe(file);
    expect(() => loadCategoryTreeFile(file)).toThrow(`${shown}: `);
  });

  it('reports a missing file by name', () => {
    const file = path.join(dir, 'nope.yaml');
    expect(failureOf(file)).toMatchInlineSnapshot(`"<file>: 분류 트리 파일이 없습니다. 서비스 › 카테고리 › 하위 카테고리를 YAML로 적어 주세요."`);
  });

  it('reports a YAML syntax error with the file and the parser position', () => {
    const message = failureOf(write('syntax.yaml', '- id: admin\n  name: [unclosed\n'));
    expect(message.startsWith('<file>: YAML 문법 오류: ')).toBe(true);
    expect(message).toMatch(/line \d+, column \d+/);
  });

  it('reports a tab-indented file as a YAML syntax error', () => {
    const message = failureOf(write('tabs.yaml', '- id: admin\n\tname: 관리자센터\n'));
    expect(message.startsWith('<file>: YAML 문법 오류: ')).toBe(true);
  });

  it('reports schema errors with the file and the field path', () => {
    const text = VALID.replace('{ id: refund, name: 환불, order: 2 }', '{ id: Refund, order: 2 }');
    expect(failureOf(write('schema.yaml', text))).toMatchInlineSnapshot(`
      "<file>: 1.categories.0.subcategories.0.id: id는 영문 소문자·숫자·하이픈만 쓸 수 있습니다(예: tax-invoice). 받은 값: "Refund"
      <file>: 1.categories.0.subcategories.0.name: 필수 항목이 없습니다. 한국어 이름(문자열)을(를) 적어 주세요."
    `);
  });

  it('reports one line per schema error', () => {
    const text = VALID.replace('name: 월렛과 결제', 'name: ""').replace('order: 2\n  categories', 'order: 둘째\n  categories');
    const lines = failureOf(write('many.yaml', text)).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith('<file>: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('<file>: 0.order: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('<file>: 1.categories.0.name: 이름이 비어 있습니다.'))).toBe(true);
  });

  it('reports an empty file as a whole-file error', () => {
    expect(failureOf(write('empty.yaml', '# 아직 비어 있음\n'))).toMatchInlineSnapshot(`"<file>: (파일 전체): 서비스 목록이어야 합니다. 받은 값: 빈 값(null)"`);
  });

  it('reports a duplicate id with the file and both positions', () => {
    const text = VALID.replace('{ id: refund, name: 환불, order: 2 }', '{ id: billing, name: 환불, order: 2 }');
    expect(failureOf(write('dup.yaml', text))).toMatchInlineSnapshot(`"<file>: [1].categories[0].subcategories[0].id: id "billing"이(가) 두 번 쓰였습니다(처음: [1].categories[0].id). 트리의 모든 id는 서로 달라야 합니다."`);
  });
});
