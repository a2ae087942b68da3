import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { comparePreview } from '../../src/data/preview-changes.ts';
import type { Comparison, PreviewComparison } from '../../src/lib/preview/comparison.ts';
import { git } from '../support/git.ts';

/**
 * src/data/preview-changes.ts against real repositories made here: the small site fixture under
 * site/content (so the content folder is not the repository root), main plus a branch of changes.
 */
const fixture = path.resolve('tests/fixtures/site/content');
const made: string[] = [];
let repo: string;
let content: string;

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doum-preview-git-'));
  made.push(dir);
  return dir;
}

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

function compared(result: PreviewComparison): Comparison {
  if (!result.ok) throw new Error(`expected a comparison, got ${result.problem}: ${result.detail}`);
  return result;
}

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  repo = tempDir();
  content = path.join(repo, 'site/content');
  fs.cpSync(fixture, content, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'checkout', '-q', '-b', 'change');
  // Committed: a Markdown FAQ added, one FAQ moved into a folder and edited, one deleted, the tree and synonyms changed.
  write(path.join(content, 'faq/cash-expiry.md'), '---\ntitle: 캐시에 유효기간이 있나요?\ncategory: wallet\nupdated: 2025-06-01\n---\n\n5년입니다.\n');
  fs.mkdirSync(path.join(content, 'faq/billing'));
  fs.renameSync(path.join(content, 'faq/refund-basics.mdx'), path.join(content, 'faq/billing/refund-basics.mdx'));
  fs.appendFileSync(path.join(content, 'faq/billing/refund-basics.mdx'), '\n영업일 기준 3일 안에 처리됩니다.\n');
  fs.rmSync(path.join(content, 'faq/wallet-basics.mdx'));
  fs.writeFileSync(path.join(content, 'categories.yaml'), fs.readFileSync(path.join(content, 'categories.yaml'), 'utf8').replace('{ id: wallet, name: 월렛 }', '{ id: wallet, name: 월렛과 캐시 }'));
  write(path.join(content, 'synonyms.yaml'), '- same: [캐시, 포인트]\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'change');
  // Not committed: a new draft nobody has added yet; files outside the content folder are ignored.
  write(path.join(content, 'faq/draft-idea.mdx'), '---\ntitle: 아직 쓰는 중인가요?\ncategory: refund\nupdated: 2025-06-02\ndraft: true\n---\n\n초안\n');
  write(path.join(repo, 'README.md'), '바깥 파일\n');
  // main moves on after the branch: its later commits must not show up as the branch's changes.
  git(repo, 'checkout', '-q', 'main');
  write(path.join(repo, 'main-only.txt'), 'x');
  write(path.join(content, 'faq/main-only.mdx'), '---\ntitle: main에만 있나요?\ncategory: refund\nupdated: 2025-07-01\n---\n\n본문\n');
  git(repo, 'add', 'main-only.txt', 'site/content/faq/main-only.mdx');
  git(repo, 'commit', '-q', '-m', 'main moves on');
  git(repo, 'checkout', '-q', 'change');
});

afterAll(() => {
  vi.restoreAllMocks();
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('comparePreview', () => {
  it('compares the working tree with the merge base of the ref and HEAD', () => {
    const result = compared(comparePreview({ contentDir: content, baseRef: 'main' }));
    expect(result.baseRef).toBe('main');
    expect(result.baseCommit).toBe(git(repo, 'merge-base', 'main', 'HEAD').slice(0, 7));
    expect(result.faqs.added.map((a) => [a.after.id, a.after.file])).toEqual([['cash-expiry', 'site/content/faq/cash-expiry.md']]);
    expect(result.faqs.changed.map((c) => [c.after.id, c.kinds])).toEqual([['refund-basics', ['body', 'file']]]);
    expect(result.faqs.removed.map((r) => [r.before.id, r.before.title])).toEqual([['wallet-basics', '월렛은 무엇인가요?']]);
    expect(result.faqs.drafts.map((d) => d.id)).toEqual(['draft-idea']);
    expect(result.categories.map((c) => [c.kind, c.node.id, 'from' in c ? c.from : undefined])).toEqual([['renamed', 'wallet', '월렛']]);
    expect(result.oldTrails.get('wallet')).toEqual(['도움말', '결제', '월렛']);
    expect(result.synonyms).toEqual({ added: ['캐시 = 포인트'], removed: [] });
  });

  it('finds nothing when the preview is the base', () => {
    const result = compared(comparePreview({ contentDir: content, baseRef: 'HEAD' }));
    expect(result.faqs.added).toEqual([]);
    expect(result.faqs.drafts.map((d) => d.id)).toEqual(['draft-idea']);
  });

  it('says why when there is no ref, no git, no repository or no such ref', () => {
    expect(comparePreview({ contentDir: content, baseRef: undefined })).toEqual({ ok: false, problem: 'no-ref' });
    expect(comparePreview({ contentDir: content, baseRef: 'main', git: path.join(tempDir(), 'no-git-here') })).toMatchObject({ ok: false, problem: 'no-git', baseRef: 'main' });
    expect(comparePreview({ contentDir: tempDir(), baseRef: 'main' })).toMatchObject({ ok: false, problem: 'not-a-repo' });
    expect(comparePreview({ contentDir: content, baseRef: 'origin/nope' })).toMatchObject({ ok: false, problem: 'unknown-ref', baseRef: 'origin/nope' });
  });

  it('says so when the ref shares no history with HEAD', () => {
    git(repo, 'checkout', '-q', '--orphan', 'unrelated');
    git(repo, 'commit', '-q', '-m', 'unrelated root');
    git(repo, 'checkout', '-q', 'change');
    expect(comparePreview({ contentDir: content, baseRef: 'unrelated' })).toMatchObject({ ok: false, problem: 'no-common-history' });
  });

  it('says a shallow clone lacks the history, and compares once the base is fetched', () => {
    const clone = path.join(tempDir(), 'clone');
    git(repo, 'clone', '-q', '--depth', '1', '--branch', 'change', `file://${repo}`, clone);
    const cloneContent = path.join(clone, 'site/content');
    expect(comparePreview({ contentDir: cloneContent, baseRef: 'origin/main' })).toMatchObject({ ok: false, problem: 'shallow' });
    git(clone, 'fetch', '-q', '--unshallow', 'origin', 'main:refs/remotes/origin/main');
    expect(compared(comparePreview({ contentDir: cloneContent, baseRef: 'origin/main' })).faqs.removed.map((r) => r.before.id)).toEqual(['wallet-basics']);
  });
});
