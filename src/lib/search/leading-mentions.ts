/**
 * When few pages are about every word of a question (컴포넌트 props 기본값: one, the Markdoc guide),
 * the pages Pagefind itself ranks far above them among all pages with every word somewhere (the
 * components page, about 컴포넌트 and props, which says 기본값 in passing) are shown after them.
 * korean-search.ts loads this only then. Measured on the dev sets (2026-12-04): R@10 +0.012 on the
 * documentation questions and +0.004 on 누리마켓's, precision −0.007 and ±0; at a lead of 1.5
 * half the gain, at 1.0 precision −0.011 on both. On unseen questions afterwards (the blind
 * eighteenth batch, the test halves) it cost documentation precision (−0.03, −0.01) and moved no
 * recall. Once that batch was a dev set, its two losses were compounds typed as one word: those
 * are left out now, and so are pages about none of the words (mentionsAfter).
 */
import type { PagefindResult } from './pagefind-api.ts';

/** How far above the best page about the words a page with them must score in Pagefind's ranking. */
const MENTION_LEAD = 1.2;
/** Pages shown after those about the words, at most. */
const MENTIONS_AFTER_FEW = 2;

/**
 * Of `anywhere` (Pagefind's ranking of the pages with every word), the pages not in `about` that
 * score at least MENTION_LEAD times the best of `about` there, best first.
 */
export function leadingMentions(about: readonly PagefindResult[], anywhere: readonly PagefindResult[] = []): PagefindResult[] {
  const isAbout = (r: PagefindResult) => about.some((a) => a.id === r.id);
  const bar = MENTION_LEAD * Math.max(...anywhere.filter(isAbout).map((r) => r.score));
  // No page about the words among them: nothing to measure against.
  if (!(bar > 0)) return [];
  return anywhere.filter((r) => !isAbout(r) && r.score >= bar).slice(0, MENTIONS_AFTER_FEW);
}

/**
 * The pages shown after `about`, the few pages about every word of `clauses`; `search` is the
 * tier's search by level per clause (undefined: anywhere, false: a topic), asked only here.
 * None for a compound typed as one word (동적태그렌더링, 사용자정의로케일경로): it names one thing,
 * and a page that mentions its parts apart is about something else. A page shown must be about
 * one of the words at least: a long page that mentions them all in passing (an upgrade guide, a
 * configuration reference) answers other questions. Measured on the dev sets with the eighteenth
 * batch (2026-12-04), each against the step before: the compound, documentation precision +0.002
 * and R@10 −0.001 (동적태그렌더링, 사용자정의로케일경로, 조건부렌더링 lost a page about other
 * things; 전역스타일시트 its second answer); about one word, precision +0.002 on documentation and
 * +0.004 on the judged set, R@10 −0.0015 (seven questions lost a page about other things; HTML
 * 압축 끄기 lost its answer, a deploy guide that mentions compressHTML).
 */
export async function mentionsAfter(
  about: readonly PagefindResult[],
  clauses: readonly { compound?: string }[],
  search: (levels: (boolean | undefined)[]) => Promise<{ results: PagefindResult[] } | undefined>,
): Promise<PagefindResult[]> {
  const typed = clauses[0]!.compound;
  if (typed && clauses.every((c) => c.compound === typed)) return [];
  const leads = leadingMentions(about, (await search(clauses.map(() => undefined)))?.results);
  if (!leads.length) return leads;
  // Each word searched as a topic, the others anywhere; a word that is never a topic (a code, a
  // plain word) is searched as it is, so every page with the words passes for it.
  const aboutOne = await Promise.all(clauses.map((_, i) => search(clauses.map((_, k) => (k === i ? false : undefined)))));
  const ids = new Set(aboutOne.flatMap((r) => r?.results.map((x) => x.id) ?? []));
  return leads.filter((r) => ids.has(r.id));
}
