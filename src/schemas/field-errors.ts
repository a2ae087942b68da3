/**
 * Writer-facing messages for schema failures. Every message says what was expected and what
 * was found, in Korean, because the people who read them are the writers, not developers.
 */
import { z } from 'astro/zod';

/** Describes a value the way a writer sees it in YAML, so "받은 값" is recognisable. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '없음';
  if (value === null) return '빈 값(null)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '잘못된 날짜' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `목록 [${value.map(describeValue).join(', ')}]`;
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return '객체';
  return `${String(value)} (${typeof value === 'number' ? '숫자' : typeof value === 'boolean' ? '참/거짓' : typeof value})`;
}

/** A zod error function that names what the field expects, in the writer's words. */
export function expecting(expected: string): z.core.$ZodErrorMap {
  return (issue) =>
    issue.input === undefined
      ? `필수 항목이 없습니다. ${expected}을(를) 적어 주세요.`
      : `${expected}이어야 합니다. 받은 값: ${describeValue(issue.input)}`;
}

/** One line per issue: `file: field: message`, the shape every doum content error takes. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${file}: ${issue.path.length ? issue.path.join('.') : '(파일 전체)'}: ${issue.message}`)
    .join('\n');
}

/** Levenshtein distance: how many single-character edits turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** Up to `limit` candidates closest to `input` (edit distance), for "did you mean" hints. */
export function closest(input: string, candidates: readonly string[], limit = 5): string[] {
  return [...candidates]
    .map((candidate) => ({ candidate, d: editDistance(input, candidate) }))
    .sort((x, y) => x.d - y.d || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((x) => x.candidate);
}

/** Candidates that look like a typo of `input` (case aside, at most 2 edits or a third of its length). */
export function closeMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const near = (candidate: string) => editDistance(input.toLowerCase(), candidate.toLowerCase()) <= Math.max(2, Math.floor(input.length / 3));
  return closest(input, candidates.filter(near), limit);
}
