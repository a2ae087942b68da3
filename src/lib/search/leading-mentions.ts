/**
 * When few pages are about every word of a question (컴포넌트 props 기본값: one, the Markdoc guide),
 * the pages Pagefind itself ranks far above them among all pages with every word somewhere (the
 * components page, about 컴포넌트 and props, which says 기본값 in passing) are shown after them.
 * korean-search.ts loads this only then. Measured on the dev sets (2026-12-04): R@10 +0.012 on the
 * documentation questions and +0.004 on 누리마켓's, precision −0.007 and ±0; at a lead of 1.5
 * half the gain, at 1.0 precision −0.011 on both. On unseen questions afterwards (the blind
 * eighteenth batch, the test halves) it cost documentation precision (−0.03, −0.01) and moved no
 * recall. Once that batch was a dev set, its two losses were compounds typed as one word: those
 * are left out now (mentionsAfter).
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
 * The pages shown after `about`, the few pages about every word of `clauses`; `anywhere` searches
 * the pages with every word, and only when it is needed. None for a compound typed as one word
 * (동적태그렌더링, 사용자정의로케일경로): it names one thing, and a page that mentions its parts
 * apart is about something else. Measured on the dev sets with the eighteenth batch (2026-12-04):
 * documentation precision +0.002 (three questions lost a page about other things: 동적태그렌더링,
 * 사용자정의로케일경로, 조건부렌더링), R@10 −0.001 (전역스타일시트 lost its second answer).
 */
export async function mentionsAfter(about: readonly PagefindResult[], clauses: readonly { compound?: string }[], anywhere: () => Promise<PagefindResult[] | undefined>): Promise<PagefindResult[]> {
  const typed = clauses[0]!.compound;
  if (typed && clauses.every((c) => c.compound === typed)) return [];
  return leadingMentions(about, await anywhere());
}
