/**
 * Pages of an error reference: a section (service, category or subcategory) named for errors as a
 * whole (Errors, 오류, 에러 코드), not one that has them beside other things (결제 오류와 영수증). Each
 * explains one message, often under an English title (Forbidden rewrite to a static route.), so a
 * question that retells the message in Korean shares few words with it. A question about an error
 * (…다는 오류가 나요, getImage 에러, 파싱실패) prefers them when no page has every word (partial-answer.ts).
 * Build time marks the pages (index-words.ts); the browser only reads the mark, in the partial
 * answer's own chunk.
 */

/** The index word of an error page (marked: no keyboard types it). */
export const ERROR_PAGE_WORD = 'ǁ오류';

const ERROR_SECTION = /^(errors?|오류|에러)( (reference|codes?|messages?|참조|코드|목록|메시지))?$/i;

/** Whether a page in these sections (its breadcrumb names) is an error page. */
export function inErrorSection(crumbs: readonly string[]): boolean {
  return crumbs.some((name) => ERROR_SECTION.test(name.trim()));
}

/**
 * Whether a question is about an error: it names one (에러, 오류, 실패, 예외, error, fail, exception).
 * 실패 and its kin as well as 에러 and 오류: two more dev questions gained (…파싱실패), none lost.
 */
export function asksAboutError(query: string): boolean {
  return /에러|오류|error|실패|fail|exception|예외/i.test(query);
}
