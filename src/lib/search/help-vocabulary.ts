/**
 * doum's built-in vocabulary of Korean help centres: the words visitors type and the words help
 * pages use for the same thing, as synonym rules (the shape of content/synonyms.yaml). Merged with
 * the writers' rules at build time (src/data/synonyms.ts); nothing here is tied to one product.
 *
 * How a rule matches (src/lib/search/synonyms.ts): every phrase is cut to its stem (바꾸다 → 바꾸,
 * 돌려받기 → 돌려), a typed word matches a phrase word when it is that stem plus any particle or
 * ending (바꾸려면, 돌려받으려면), and a page is in the group when it has a word starting with the
 * stem of each word of one phrase. `same` rules work both ways, `from`/`to` rules one way.
 *
 * `matches` and `not` are test cases (tests/unit/help-vocabulary.test.ts): typed words that must
 * trigger the rule, and close words that must not.
 */
export interface VocabularyRule {
  same?: string[];
  from?: string[];
  to?: string[];
  /** Typed words (one query word each, or a short phrase) that must trigger the rule. */
  matches: string[];
  /** Words that look close but must not trigger it. */
  not: string[];
}

export const HELP_VOCABULARY: readonly VocabularyRule[] = [
  { same: ['삭제', '지우다', '지워', '없애다', '제거'], matches: ['지우는', '지우려면', '지워주세요', '없애고', '제거하려면', '삭제하기'], not: ['지우개', '지역'] },
];
