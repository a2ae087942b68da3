import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath } from '../../src/data/content-dir.ts';
import { faqIdFor, FaqIdError } from '../../src/data/faq-id.ts';

/** A temp content/faq folder. faqIdFor remembers ids for the whole process, so each test uses its own ids. */
let base: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-faq-'));
});

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

/** Creates `entry` under the temp folder so the "still exists" check sees it. */
function touch(entry: string): string {
  const file = path.join(base, entry);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '---\ntitle: 테스트\n---\n');
  return entry;
}

/** The FaqIdError message for a call, with the temp folder shown as <base>. */
function failureOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(FaqIdError);
    return (error as Error).message.replaceAll(displayPath(base), '<base>');
  }
  throw new Error('expected faqIdFor to throw');
}

describe('faqIdFor', () => {
  it('uses the file name without .mdx or .md as the id', () => {
    expect(faqIdFor(touch('refund-account.mdx'), base, {})).toBe('refund-account');
    expect(faqIdFor(touch('api_v2.limits.mdx'), base, { title: '무시됨' })).toBe('api_v2.limits');
    expect(faqIdFor(touch('imported/vs/debugger-basics.md'), base, {})).toBe('debugger-basics');
  });

  it('uses only the file name, not the folder', () => {
    expect(faqIdFor(touch('wallet/auto-charge.mdx'), base, {})).toBe('auto-charge');
  });

  it('uses an explicit frontmatter id instead of the file name', () => {
    expect(faqIdFor(touch('Some File.mdx'), base, { id: 'docs/ide/build' })).toBe('docs/ide/build');
    expect(faqIdFor(touch('explicit-name.mdx'), base, { id: 'explicit-id' })).toBe('explicit-id');
  });

  it('ignores an id that is not a string (the schema reports it)', () => {
    expect(faqIdFor(touch('numeric-id.mdx'), base, { id: 42 })).toBe('numeric-id');
  });

  it('rejects a file name that cannot be a URL', () => {
    const entry = touch('환불 계좌.mdx');
    expect(failureOf(() => faqIdFor(entry, base, {}))).toMatchInlineSnapshot(`"<base>/환불 계좌.mdx: id: 파일 이름 "환불 계좌"을(를) 주소로 쓸 수 없습니다. 파일 이름은 영문 소문자·숫자·_.-만 써 주세요(예: refund-account.mdx)."`);
    expect(failureOf(() => faqIdFor(touch('Refund.mdx'), base, {}))).toContain('파일 이름 "Refund"을(를) 주소로 쓸 수 없습니다.');
  });

  it('rejects an explicit id that cannot be a URL', () => {
    const entry = touch('fine-name.mdx');
    expect(failureOf(() => faqIdFor(entry, base, { id: 'Docs/IDE' }))).toMatchInlineSnapshot(`"<base>/fine-name.mdx: id: "Docs/IDE"은(는) 쓸 수 없는 id입니다. 영문 소문자·숫자·_.-와 폴더 구분 /만 쓸 수 있습니다."`);
    expect(failureOf(() => faqIdFor(entry, base, { id: '/leading-slash' }))).toContain('id: "/leading-slash"은(는) 쓸 수 없는 id입니다.');
    expect(failureOf(() => faqIdFor(entry, base, { id: 'a//b' }))).toContain('"a//b"');
  });

  it('rejects a second file with the same id, naming both files', () => {
    const first = touch('billing/dup-id.mdx');
    const second = touch('wallet/dup-id.mdx');
    expect(faqIdFor(first, base, {})).toBe('dup-id');
    expect(failureOf(() => faqIdFor(second, base, {}))).toMatchInlineSnapshot(`"<base>/wallet/dup-id.mdx: id: "dup-id"은(는) <base>/billing/dup-id.mdx에서 이미 쓰고 있습니다. FAQ id(파일 이름 또는 id 항목)는 서로 달라야 합니다."`);
  });

  it('rejects an explicit id that another file already uses as its name', () => {
    const first = touch('taken.mdx');
    const second = touch('other.mdx');
    expect(faqIdFor(first, base, {})).toBe('taken');
    expect(failureOf(() => faqIdFor(second, base, { id: 'taken' }))).toContain(`"taken"은(는) <base>/taken.mdx에서 이미 쓰고 있습니다.`);
  });

  it('lets the same file claim its id again (a rebuild or re-sync)', () => {
    const entry = touch('resync.mdx');
    expect(faqIdFor(entry, base, {})).toBe('resync');
    expect(faqIdFor(entry, base, {})).toBe('resync');
  });

  it('lets a new file take the id of a file that was deleted or renamed', () => {
    const old = touch('old/moved.mdx');
    expect(faqIdFor(old, base, {})).toBe('moved');
    fs.rmSync(path.join(base, old));
    const moved = touch('new/moved.mdx');
    expect(faqIdFor(moved, base, {})).toBe('moved');
    // The new file now owns the id: bringing the old one back is the duplicate.
    touch(old);
    expect(failureOf(() => faqIdFor(old, base, {}))).toContain('<base>/new/moved.mdx에서 이미 쓰고 있습니다.');
  });
});
