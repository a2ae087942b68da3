/**
 * What a preview build changed, read from git: the content folder's working tree against the merge
 * base of DOUM_PREVIEW_BASE and HEAD (what a pull request adds, even when the base moved on). Only
 * the git calls and file reads live here; src/lib/preview/ does the comparing. Never throws: no
 * git, no ref or a shallow clone become a NoComparison the changes page explains.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compareContent, type ComparisonProblem, type PreviewComparison, type YamlVersions } from '../lib/preview/comparison.ts';
import { toFaqSnapshot, type FaqSnapshot } from '../lib/preview/faq-changes.ts';
import { parseCatFileBatch, parseNameStatus, parseUntracked, shortCommit, type PathChange } from '../lib/preview/git-output.ts';
import { contentDir } from './content-dir.ts';
import { frontmatterOf } from './faq-files.ts';
import { FAQ_FILE_PATTERN, faqIdOf } from './faq-id.ts';
import { previewBaseRef } from './site.ts';

export interface ComparisonOptions {
  contentDir: string;
  baseRef: string | undefined;
  /** The git executable (tests pass a missing one). */
  git?: string;
}

class GitProblem extends Error {
  readonly problem: ComparisonProblem;
  constructor(problem: ComparisonProblem, detail: string) {
    super(detail);
    this.problem = problem;
  }
}

let cached: PreviewComparison | undefined;

/** This build's comparison (content folder and DOUM_PREVIEW_BASE), computed once. */
export function getPreviewComparison(): PreviewComparison {
  cached ??= comparePreview({ contentDir: contentDir(), baseRef: previewBaseRef() });
  return cached;
}

export function comparePreview({ contentDir: dir, baseRef, git = 'git' }: ComparisonOptions): PreviewComparison {
  if (!baseRef) return { ok: false, problem: 'no-ref' };
  const run = (args: string[], cwd: string, input?: string): Buffer => {
    try {
      return execFileSync(git, ['-c', 'core.quotepath=off', ...args], { cwd, input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
      if (e.code === 'ENOENT') throw new GitProblem('no-git', `${git}: ${e.message}`);
      throw new GitProblem('git-error', `git ${args.join(' ')}: ${e.stderr?.toString().trim() || e.message}`);
    }
  };
  const text = (args: string[], cwd: string) => run(args, cwd).toString('utf8').trim();
  try {
    const where = attempt(() => run(['rev-parse', '--show-toplevel', '--show-prefix'], dir).toString('utf8').split('\n'));
    if (!where) throw new GitProblem('not-a-repo', `${dir} is not inside a git work tree`);
    const [top = dir, prefix = ''] = where;
    const shallow = text(['rev-parse', '--is-shallow-repository'], top) === 'true';
    // A shallow clone may simply lack the base commit or the history joining it to HEAD.
    const resolved = attempt(() => text(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`], top));
    if (!resolved) throw new GitProblem(shallow ? 'shallow' : 'unknown-ref', `${baseRef} is not a commit in ${top}`);
    const baseCommit = attempt(() => text(['merge-base', resolved, 'HEAD'], top));
    if (!baseCommit) throw new GitProblem(shallow ? 'shallow' : 'no-common-history', `${baseRef} and HEAD have no common commit`);

    const faqDir = `${prefix}faq/`;
    const categoriesFile = `${prefix}categories.yaml`;
    const synonymsFile = `${prefix}synonyms.yaml`;
    const changes: PathChange[] = [
      ...parseNameStatus(run(['diff', '--name-status', '-z', '--no-renames', baseCommit, '--', faqDir, categoriesFile, synonymsFile], top).toString('utf8')),
      ...parseUntracked(run(['ls-files', '--others', '--exclude-standard', '-z', '--', faqDir], top).toString('utf8')),
    ].filter((c) => !c.path.startsWith(faqDir) || FAQ_FILE_PATTERN.test(c.path));

    // Base versions of every changed file that existed there, in one git call.
    const olderPaths = changes.filter((c) => c.before).map((c) => c.path);
    const older = parseCatFileBatch(run(['cat-file', '--batch'], top, olderPaths.map((p) => `${baseCommit}:${p}\n`).join('')), olderPaths.length);
    const beforeText = new Map(olderPaths.map((p, i) => [p, older[i]]));
    const afterText = (p: string) => fs.readFileSync(path.join(top, p), 'utf8');
    const versions = (file: string): YamlVersions | undefined => {
      const change = changes.find((c) => c.path === file);
      return change && { file, before: change.before ? beforeText.get(file) : undefined, after: change.after ? afterText(file) : undefined };
    };

    const faqsBefore: FaqSnapshot[] = [];
    const faqsAfter: FaqSnapshot[] = [];
    for (const change of changes.filter((c) => c.path.startsWith(faqDir))) {
      const entry = change.path.slice(faqDir.length);
      const old = change.before ? beforeText.get(change.path) : undefined;
      if (old !== undefined) faqsBefore.push(faqSnapshot(change.path, entry, old));
      if (change.after) faqsAfter.push(faqSnapshot(change.path, entry, afterText(change.path)));
    }
    return compareContent({ baseRef, baseCommit: shortCommit(baseCommit), faqsBefore, faqsAfter, categories: versions(categoriesFile), synonyms: versions(synonymsFile) });
  } catch (error) {
    if (!(error instanceof GitProblem)) throw error;
    console.warn(`[doum] 미리보기 변경 사항을 계산하지 못했습니다 (${error.problem}): ${error.message}`);
    return { ok: false, problem: error.problem, baseRef, detail: error.message };
  }
}

/** The result, or undefined when git refused (a missing ref, no merge base); other problems propagate. */
function attempt<T>(step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    if (error instanceof GitProblem && error.problem === 'git-error') return undefined;
    throw error;
  }
}

/** An FAQ file's version as the comparison sees it; `entry` is its path under content/faq. */
function faqSnapshot(file: string, entry: string, source: string): FaqSnapshot {
  const front = frontmatterOf(source);
  const data = front?.data && typeof front.data === 'object' && !Array.isArray(front.data) ? (front.data as Record<string, unknown>) : undefined;
  return toFaqSnapshot(file, faqIdOf(entry, data), data, front ? source.slice(front.bodyStart) : source);
}
