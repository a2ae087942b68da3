/**
 * The index side of doum's Korean layer on Pagefind.
 *
 * Pagefind indexes each word as written (계좌를, 부분환불이) and matches a query term against every
 * word it starts with. What Korean needs beyond that is added to each FAQ as extra index words,
 * in a zone after the answer that visitors never see:
 * - stems the corpus attests (계좌를 → 계좌), once each, so the query side can check that a stem exists;
 * - the parts of compounds that are words elsewhere in the corpus (부분환불 → 환불);
 * - tag and category words, weighted;
 * - topic words: the terms a page is about, so "pages about every query word" is one Pagefind
 *   search. A term in the title, tags or category is a keyword topic (ǀ환불ǀǀ), a term repeated in
 *   the answer or in its first sentence a topic (ǀ환불ǀ); searching ǀ환불ǀ finds both by prefix,
 *   ǀ환불ǀǀ only the first, and ǀ환 every topic word a half-typed 환 may become (see TOPIC_MARK);
 * - 초성 keys of title, tag and category words (ǀㅎㅂǀǀ for 환불), only for the readings that
 *   dominate their key, and of two title words in a row (ㅇㄹㅅㅈ for 알림 설정);
 * - the sound of Latin topic words (TypeScript → ǂtpsklpt, see loanword.ts), for 타입스크립트;
 * - a Hangul loanword the corpus writes in Latin letters far more often (마크다운 on 2 pages of the
 *   Astro docs, Markdown on 80) on the pages of its Latin spelling (see latinSpellings);
 * - synonym groups (first word + SYNONYM_MARK + group), on every page with a phrase of the group;
 * - the kind of answer the page gives (troubleshooting, definition: intents.ts);
 * - sums of money in the spellings the page does not use (amounts.ts).
 * Pure: FAQ texts in, zone words out.
 */
import { collectEvidence, corpusStemmer, docWords, documentTerms, FIELD_CRUMB, FIELD_TAG, FIELD_TITLE, wordsOf, type DocTerm, type DocWords } from './analyze.ts';
import { amountSpellings } from './amounts.ts';
import { splitCompound } from './compound.ts';
import { choseongOf, isHangulWord, SYLLABLE_FIRST, SYLLABLE_LAST, syllableCount } from './hangul.ts';
import { FUNCTION_SYLLABLES, isBareEnding, suffixSplits } from './morphology.ts';
import { INTENT_WORD, pageIntents } from './intents.ts';
import { ERROR_PAGE_WORD, inErrorSection } from './error-pages.ts';
import { FILLER_WORDS } from './query.ts';
import { groupTriggers, isVerbRule, type SynonymRule } from './synonyms.ts';
import { fusedStems } from './verb-forms.ts';

/**
 * Marks a topic word: ǀ (U+01C0, a click letter). Pagefind indexes it as a letter, no Korean
 * keyboard types it, and the query side strips it from what visitors type. A topic word is the
 * term between marks (ǀ환불ǀ, ǀ환불ǀǀ for a keyword topic): the mark in front puts every topic
 * word in one stretch of Pagefind's sorted word list, so a prefix being typed (ǀ솔루) is searched
 * among the words pages are about, in a few small index chunks, not among every form of every
 * word the prefix begins (솔루션을, 솔루션에서 … thousands of postings on a large site); the mark
 * behind ends the term, so ǀ환불ǀ finds the topic 환불 and not 환불계좌.
 */
export const TOPIC_MARK = 'ǀ';
/** Marks a synonym-group word: the group's first word + SYNONYM_MARK (ǁ, U+01C1) + the group number as one Hangul syllable. */
export const SYNONYM_MARK = 'ǁ';
/** Marks a loanword's sound key (ǂ, U+01C2; see loanword.ts). */
export const SOUND_MARK = 'ǂ';
/** Removes the topic marks around a zone word. */
export const withoutTopicMark = (word: string) => word.replace(/^ǀ|ǀ+$/g, '');

/** The topic word of a term: a keyword topic (title, tags, category) or one repeated in the answer. */
export const topicWord = (term: string, keyword = false) => TOPIC_MARK + term + (keyword ? TOPIC_MARK + TOPIC_MARK : TOPIC_MARK);

/** What starts every topic word of a term that starts with `prefix` (a word being typed). */
export const topicPrefix = (prefix: string) => TOPIC_MARK + prefix;

/** Groups an index word can number: one Hangul syllable each (가 … 힣). */
const GROUP_NUMBERS = SYLLABLE_LAST - SYLLABLE_FIRST + 1;
/**
 * The index word of a synonym group, next to its first word in Pagefind's sorted word list. The
 * number is one Hangul syllable (group 0 is 가, 174 is 겮): Pagefind also indexes a word's parts
 * where a digit meets a Latin letter, so the base-36 numbers it had (계정ǁ4u) put a bare `u` on the
 * group's pages, which typing `u` or `k` found as junk. A syllable has no case and is no digit, so
 * the word has no parts; one character wide, no number is a prefix of another. Measured on the
 * 5,765-page corpus: 24.53 MB against 24.58 MB in base 36 and 24.65 MB in digits closed by the mark.
 */
export function synonymWord(group: number, firstWord: string): string {
  return `${firstWord}${SYNONYM_MARK}${String.fromCharCode(SYLLABLE_FIRST + group)}`;
}
/** Separates the answer from the zone in Pagefind's page text: not a letter, so never indexed. */
export const ZONE_MARK = '⁂';

/**
 * Occurrences in the answer from which a page counts as being about a term, not mentioning it in
 * passing: two in a short answer (most FAQs), three in a longer one, and once every TOPIC_DENSITY
 * words in a long reference page (where every common word occurs three times).
 */
const TOPIC_TF = 3;
const SHORT_TOPIC_TF = 2;
const SHORT_ANSWER_WORDS = 300;
const TOPIC_DENSITY = 300;

/** Zone weights (Pagefind's data-pagefind-weight): where a word comes from decides how much it counts. */
export const WEIGHT = { titleTopic: 6, shortTitle: 4, tagTopic: 5, crumbTopic: 3, bodyTopic: 2, tag: 3, crumb: 1.5, plain: 1, heading: 4 } as const;

/** Fields that name what a page is about: its title, tags and category. */
const NAMED = FIELD_TITLE | FIELD_TAG | FIELD_CRUMB;

/** Pages a word must stand alone on to count as the part of a compound. */
const MIN_PART_PAGES = 2;
/** A 초성 key keeps at most this many readings, each at least 1/5 as frequent as the commonest. */
const CHOSEONG_READINGS = 3;
const CHOSEONG_SHARE = 5;
/** A bold phrase longer than this is a sentence set in bold, not a name. */
const BOLD_NAME_WORDS = 4;

export interface IndexableFaq {
  title: string;
  tags: readonly string[];
  /** Names of the service, category and subcategory. */
  crumbs: readonly string[];
  /** Plain text of the answer. */
  body: string;
  /** What names a part of the answer: section headings and table-row labels (html-text.ts). */
  headings?: readonly string[];
  /** The answer's bold phrases (html-text.ts). */
  names?: readonly string[];
}

/** The hidden words of one page, grouped by Pagefind weight. */
export type ZoneWords = Map<number, string[]>;

export interface IndexWordsResult {
  zones: ZoneWords[];
  stats: { zoneWords: number; topicWords: number };
}

/** A token as Pagefind indexes it: letters and digits only, lower-cased. */
export function pagefindWord(token: string): string {
  return token.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');
}

/** Pagefind's own words for a text: each whitespace-separated token as it indexes it. */
export function pagefindWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of text.split(/\s+/)) {
    const word = pagefindWord(token);
    if (word) out.add(word);
  }
  return out;
}

export async function indexWords(faqs: readonly IndexableFaq[], synonyms: readonly SynonymRule[] = []): Promise<IndexWordsResult> {
  // Checked here, at build time, not in synonymWord, which the search page shares.
  if (synonyms.length > GROUP_NUMBERS) throw new Error(`동의어 규칙은 ${GROUP_NUMBERS}개까지 색인할 수 있습니다: 지금 ${synonyms.length}개입니다(내장 사전과 content/synonyms.yaml을 합친 수).`);
  const fields: DocWords[] = faqs.map((faq) => docWords({ title: faq.title, tags: faq.tags, crumbs: faq.crumbs, body: faq.body }));
  const evidence = collectEvidence(
    (function* () {
      for (const f of fields) for (const words of [f.title, ...f.tags, ...f.crumbs, f.body]) yield* words;
    })(),
  );
  const stem = corpusStemmer(evidence);
  const docTerms = fields.map((f) => documentTerms(f, stem));

  // Words the corpus uses on their own, on more than one page: the parts a compound may be split
  // into (a word seen once is too often a fragment of machine-translated text: 아웃 of 레이아웃).
  const df = new Map<string, number>();
  for (const terms of docTerms) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const whole = new Set([...df].filter(([, n]) => n >= MIN_PART_PAGES).map(([term]) => term));
  const parts = new Map<string, string[] | undefined>();
  // A part is a word in its own right: not one rarer alone than the compound it would be part of
  // (젝트 of 프로젝트, 선스 of 라이선스: stray fragments, not words the compound is made of).
  const isPartOf = (term: string) => (piece: string) => whole.has(piece) && df.get(piece)! >= df.get(term)!;
  for (const terms of docTerms) for (const term of terms.keys()) if (!parts.has(term)) parts.set(term, await splitCompound(term, isPartOf(term)));
  const partsOf = (term: string) => parts.get(term);
  // One-syllable nouns (봇, 키, 앱) are content only where some title, tag or category uses them:
  // in running text one syllable is far more often a particle or a verb (하, 수, 대).
  const monoNouns = new Set<string>();
  for (const terms of docTerms) for (const [term, t] of terms) if (t.flags & NAMED && evidence.mono(term)) monoNouns.add(term);
  const content = (term: string) => isContentTerm(term, (s) => monoNouns.has(s));

  const choseong = dominantReadings(docTerms);
  // Loaded, not imported: the search page shares this module and loads loanword.ts only on demand.
  const { soundKey, borrowedSound } = await import('./loanword.ts');
  const hangulSpellings = latinSpellings(docTerms, soundKey, borrowedSound);
  const triggers = groupTriggers(synonyms);
  // How each phrase of a group shows on a page, decided once: a Korean stem as a prefix (빼 → 빼기,
  // 빼고); a Latin word only in its English forms, not every word it begins (pay is not payload, fee
  // not feedback, in not index); Latin words together (log in, sign up) only written in a row.
  // In a group with a verb, its stems also with a fused ㄹ or ㄴ (삭제한 리뷰는 되살릴 수 없고), as
  // visitors write them (synonyms.ts, fused); until 2026-12-05 only the query side read them. They
  // put a page in the group, not make it a topic of it. Measured on the dev sets (1–37): 누리마켓
  // R@10 +0.0006, precision +0.0002, MRR +0.0011 (지운 리뷰 복구하는 법 and 되돌리기 found their answer
  // first, 환불 계좌를 잘못 적었으면 its answer; two questions moved one answer a place down);
  // documentation MRR −0.0001. As topics too: 누리마켓 MRR −0.0003 (결제할 때 먼저 뜨는 카드 바꾸기).
  const phraseForms = new Map(
    [...triggers].flatMap(([group, phrases]) => {
      const verb = isVerbRule(synonyms[group]!);
      return phrases.map((phrase) => {
        const inRow = phrase.length > 1 && phrase.every(isLatinWord) ? inRowPattern(phrase) : undefined;
        const words = phrase.map((w) => (isLatinWord(w) ? { forms: englishForms(w) } : { prefix: w, fused: verb ? fusedStems(w) : [] }));
        return [phrase, { words, inRow }] as const;
      });
    }),
  );

  // A stem is a prefix of the words it comes from, so Pagefind finds those pages by prefix; the
  // stem only has to exist as a word once, anywhere, for the query side's check that it is one.
  const ownWords = faqs.map((faq) => pagefindWords(`${faq.title} ${faq.body}`));
  const existing = new Set<string>();
  for (const own of ownWords) for (const word of own) existing.add(word);

  // The 초성 keys of each two content words in a row of a name (알림 설정 → ㅇㄹㅅㅈ).
  const pairKeys = (words: readonly string[]) => {
    const stems = words.map((w) => stem(w)).filter((w) => isHangulWord(w) && content(w));
    return stems.slice(1).map((second, i) => choseongOf(stems[i]!) + choseongOf(second));
  };

  let zoneWords = 0;
  let topicWords = 0;
  const zones = faqs.map((_, doc) => {
    const own = ownWords[doc]!;
    const zone: ZoneWords = new Map();
    const add = (weight: number, word: string) => {
      let list = zone.get(weight);
      if (!list) zone.set(weight, (list = []));
      list.push(word);
      zoneWords++;
    };
    const terms = docTerms[doc]!;
    const bodyWords = fields[doc]!.body.length;
    const topicTf = bodyWords <= SHORT_ANSWER_WORDS ? SHORT_TOPIC_TF : Math.max(TOPIC_TF, Math.ceil(bodyWords / TOPIC_DENSITY));
    // A short title names its topic; a long one mentions several: 레이아웃 outweighs 레이아웃 만들기.
    const titleWords = fields[doc]!.title.filter((w) => content(stem(w))).length;
    const titleWeight = Math.round((WEIGHT.titleTopic + WEIGHT.shortTitle / Math.max(1, titleWords)) * 4) / 4;
    // The answer's first sentence says what the page answers (writers are asked to answer there).
    // One with no Korean (an error page that opens on its English message, "X failed to parse.")
    // names the page for no Korean search: its first Korean sentence that is no heading does. Nor
    // does a heading the answer opens with (an error page that starts at 무엇이 잘못되었나요?):
    // until 2026-12-05 the first sentence was taken even so. Measured on the dev sets (batches
    // 1–35): documentation R@10 +0.0016, precision +0.0018, MRR +0.0020 (three error questions
    // gained their answer, none lost); no 누리마켓 answer opens with a heading.
    const firstSentence = faqs[doc]!.body.split(/(?<=[.?!])\s/).find((s) => syllableCount(s) > 0 && !faqs[doc]!.headings?.includes(s)) ?? '';
    const lead = new Set(wordsOf(firstSentence).map(stem));
    const inLead = (term: string) => lead.has(term);
    // A section heading names what its section is about (`astro info` in the CLI reference), and a
    // table row's first cell what the row is about (`보호 조치` in a table of login messages): their
    // words weigh more in Pagefind's score, once per page, without making the page about them (as
    // topics, headings brought the upgrade guides, with dozens of them, to the front).
    const headingWords = (faqs[doc]!.headings ?? []).map(wordsOf);
    for (const term of new Set(headingWords.flat().map(stem))) if (content(term)) add(WEIGHT.heading, term);
    const isTopical = (t: DocTerm, term = '') => (t.flags & NAMED) !== 0 || t.count >= topicTf || inLead(term);
    // A title in another script, without tags (an untranslated error message: "Invalid redirect
    // destination.") names the page for searches in that script: its words' Korean readings (sound
    // keys, the vocabulary's Korean words) make it a topic, not a keyword topic.
    const foreign = !/[가-힣]/.test(faqs[doc]!.title) && !faqs[doc]!.tags.length;
    for (const [term, t] of terms) {
      // Category names make every page of the category "about" them, so they count as topics,
      // not as keyword topics: those are the words of the page's own title and tags.
      const keyword = isKeyword(t);
      // A version in the title or tags (v6 in "Astro v6로 업그레이드") is also its number: visitors
      // write 6으로 올렸더니. Not one the answer names (the v7 guide compares with v6 throughout: as
      // its topic too, it took 6으로 올리니까's first answer). Measured on the dev sets (1–29,
      // 2026-12-04): two documentation questions gained their first answer and one precision, one
      // lost one of its two answers (R@10 +0.001, precision +0.0015, MRR +0.0017); no 누리마켓 page
      // has a version.
      const split = partsOf(term) ?? (keyword && /^v\d+$/.test(term) ? [term, term.slice(1)] : []);
      // Tag and category words are not page text; a stem or a compound part that Pagefind would
      // not find by prefix in the page's own words is added, so the query side can rely on it.
      if (t.flags & FIELD_TAG) add(WEIGHT.tag, term);
      else if (t.flags & FIELD_CRUMB) add(WEIGHT.crumb, term);
      else if (!existing.has(term) && content(term)) {
        add(WEIGHT.plain, term);
        existing.add(term);
      }
      const spellings = hangulSpellings.get(term) ?? [];
      for (const spelling of spellings) if (!own.has(spelling)) add(WEIGHT.plain, spelling);
      for (const part of split.slice(1)) if (!own.has(part)) add(keyword ? WEIGHT.tag : WEIGHT.plain, part);
      if (!content(term) || !isTopical(t, term)) continue;
      // One topic word per field it occurs in: a term in the title and the tags outranks one in the
      // title alone.
      for (const weight of topicWeights(t.flags, t.count >= topicTf || inLead(term), titleWeight)) {
        add(weight, topicWord(term, keyword));
        topicWords++;
        // A page about 부분환불 is about 부분 and 환불 too; one about Markdown about 마크다운.
        for (const part of [...split, ...spellings]) add(weight, topicWord(part, keyword));
        if (choseong.get(choseongOf(term))?.has(term)) add(weight, topicWord(choseongOf(term), keyword));
        // A Latin word's sound (TypeScript → ǂtpsklpt), for visitors who write it in Hangul.
        const sound = isHangulWord(term) ? undefined : soundKey(term);
        if (sound) add(weight, topicWord(SOUND_MARK + sound, keyword && !foreign));
      }
    }
    // 초성 of two title or tag words in a row (ㅇㄹㅅㅈ for 알림 설정): visitors type a short name whole.
    for (const [weight, words] of [[titleWeight, fields[doc]!.title], ...fields[doc]!.tags.map((tag) => [WEIGHT.tagTopic, tag] as const)] as const) {
      for (const key of pairKeys(words)) add(weight, topicWord(key, true));
    }
    // So they do the names of the sections and table rows they read (ㅈㅎㅅㄷ for 전화 상담, 보호 조치
    // for 보호 조치된 계정입니다): a heading's first two words, once per page, and as topics, not keyword
    // topics, so pages with the name in a title or tag come first. Every pair of a long heading found
    // no more answers and lost one (메모리 캐시), for twice the index (+2.2 % against +1.1 %).
    for (const key of new Set(headingWords.flatMap((words) => pairKeys(words).slice(0, 1)))) add(WEIGHT.heading, topicWord(key));
    // And the names an answer sets in bold (**방해 금지 시간**, **환불 예정 금액**): the buttons, screens
    // and terms it explains, which visitors type as they read them. Every pair of a short name.
    // Measured on the dev sets (1–37, 2026-12-05): 누리마켓 R@10 +0.0015, precision +0.0024, MRR
    // +0.0022 (four 초성 questions gained their answer); documentation −0.0003 / +0.0002 / −0.0001
    // (파일 기반 라우팅's 초성 now names the routing guide alone).
    const boldKeys = (faqs[doc]!.names ?? []).map(wordsOf).filter((words) => words.length <= BOLD_NAME_WORDS).flatMap(pairKeys);
    for (const key of new Set(boldKeys)) add(WEIGHT.heading, topicWord(key));
    // The kinds of answer the page gives (troubleshooting, definition), for conversational queries.
    for (const intent of pageIntents(faqs[doc]!.title, faqs[doc]!.tags, firstSentence)) add(WEIGHT.plain, INTENT_WORD[intent]);
    if (inErrorSection(faqs[doc]!.crumbs)) add(WEIGHT.plain, ERROR_PAGE_WORD);
    // Synonym groups: the page has a phrase of the group (every word of it, in any form).
    const sorted = [...terms.keys()].sort();
    const starting = (prefix: string, where: (t: DocTerm) => boolean = () => true) => {
      for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) if (where(terms.get(sorted[i]!)!)) return true;
      return false;
    };
    const named = [faqs[doc]!.title, ...faqs[doc]!.tags].join(' ');
    const text = `${named} ${faqs[doc]!.body}`;
    // A phrase on the page with every word in a field `where` accepts; Latin words in a row only in
    // `inText` (their fields are not known).
    // `fused`: a verb's fused forms count too (only for being in the group, see phraseForms).
    const found = (phrase: string[], where: (t: DocTerm) => boolean, inText?: string, fused = false) => {
      const { words, inRow } = phraseForms.get(phrase)!;
      if (inRow) return inText !== undefined && inRow.test(inText);
      return words.every((w) => (w.prefix !== undefined ? starting(w.prefix, where) || (fused && w.fused.some((form) => starting(form, where))) : w.forms.some((form) => terms.has(form) && where(terms.get(form)!))));
    };
    for (const [group, phrases] of triggers) {
      const hits = phrases.filter((phrase) => found(phrase, () => true, text, true));
      // The time question's group (며칠, 얼마나 걸려 → 기간, 소요) also holds a page that gives a
      // duration (90일 안에 쓸 수 있습니다, 7일이 지나면): it answers 며칠 without saying 기간.
      const timed = phrases[0]![0] === TIME_WORD && DURATION.test(text);
      if (!hits.length && !timed) continue;
      const word = synonymWord(group, phrases[0]![0]!);
      add(WEIGHT.plain, word);
      if (timed && DURATION.test(firstSentence)) add(WEIGHT.bodyTopic, topicWord(word));
      // As much a topic as the most prominent phrase of the group on the page (a foreign title's
      // words, see above, not in Korean).
      if (hits.some((hit) => found(hit, isKeyword, named) && !(foreign && !hit.some(isHangulWord)))) add(WEIGHT.tagTopic, topicWord(word, true));
      else if (hits.some((hit) => found(hit, isTopical))) add(WEIGHT.bodyTopic, topicWord(word));
    }
    // Sums of money in the spellings the page does not use (1만 5천 원 → 15000원, 3,000원 → 3천원).
    for (const spelling of amountSpellings(text)) if (!own.has(spelling)) add(WEIGHT.plain, spelling);
    for (const [weight, words] of zone) zone.set(weight, [...new Set(words)]);
    return zone;
  });
  return { zones, stats: { zoneWords, topicWords } };
}

/**
 * The first word of the vocabulary's time question (help-vocabulary.ts: 며칠 … → 기간, 소요, 일정),
 * which begins its group's index word (synonymWord). partial-answer.ts's TIME_QUESTION is that
 * index word's start, written there again (importing this split es-hangul out of the query JS);
 * a test pins the two together and to the vocabulary.
 */
export const TIME_WORD = '며칠';
/** A duration a page gives: a number of days, weeks, months, years or hours, and within or after it. */
const DURATION = /\d+\s?(일|주|주일|개월|달|년|시간)\s?(이내|안에|내에|이후|후에|뒤에|동안|까지|이 지나|가 지나|이 넘|지나)/;

const isLatinWord = (word: string) => /^[a-z][a-z0-9]*$/.test(word);

/** An English word and its inflected and derived forms: delete, deletes, deleted, deleting; pay, payment. */
function englishForms(word: string): string[] {
  const forms = ['', 's', 'es', 'ed', 'ing', 'er', 'ers', 'ment', 'ments', 'ion', 'ions', 'ation'].map((ending) => word + ending);
  // A silent e: update → updated, updating (fee → feed is another word).
  if (/[^e]e$/.test(word)) forms.push(`${word}d`, `${word.slice(0, -1)}ing`, `${word.slice(0, -1)}ion`, `${word.slice(0, -1)}ation`);
  return forms;
}

/** The words of a Latin phrase written one after another (log in, Log-in, login; sign ups). */
function inRowPattern(phrase: readonly string[]): RegExp {
  return new RegExp(`(^|[^a-z0-9])${phrase.join('[\\s-]*')}(s|es|ed|ing)?($|[^a-z0-9])`, 'i');
}

/**
 * A term that can name what a page is about: a Hangul word of two or more syllables (or a
 * one-syllable noun the corpus uses with particles: 봇, 키), a Latin word or a number — not an
 * ending (합니다), nor a short verb with its ending left on (있습니다, 같은).
 */
export function isContentTerm(term: string, isMonoNoun: (syllable: string) => boolean): boolean {
  if (!isHangulWord(term)) return term.length >= 2 || /\d/.test(term);
  const syllables = syllableCount(term);
  if (FILLER_WORDS.has(term)) return false;
  if (syllables === 1) return !FUNCTION_SYLLABLES.has(term) && isMonoNoun(term);
  if (isBareEnding(term)) return false;
  return !suffixSplits(term).some((split) => !split.ambiguous && syllableCount(split.stem) < 2);
}

/** A term of the page's own title or tags (a category name is every page's of the category). */
function isKeyword(t: DocTerm): boolean {
  return (t.flags & (FIELD_TITLE | FIELD_TAG)) !== 0;
}

/** The weight of a topic word for each field a term is a topic in. */
function topicWeights(flags: number, repeated: boolean, titleWeight: number): number[] {
  const out: number[] = [];
  if (flags & FIELD_TITLE) out.push(titleWeight);
  if (flags & FIELD_TAG) out.push(WEIGHT.tagTopic);
  if (flags & FIELD_CRUMB) out.push(WEIGHT.crumbTopic);
  if (repeated) out.push(WEIGHT.bodyTopic);
  return out;
}

/** First index in sorted `words` whose word is ≥ `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pages a Hangul loanword and its Latin spelling must share (one shared page is chance). */
const MIN_SHARED_PAGES = 2;
/** How much more often the Latin spelling is written, for the Hangul one to be searched on its pages. */
const LATIN_MAJORITY = 3;

/**
 * Latin term → the Hangul loanwords that are its spelling in this corpus (markdown → 마크다운).
 * Docs translated into Korean keep many words in Latin letters: a visitor who types 마크다운 on the
 * Astro docs finds 2 pages about it as written, while 80 write Markdown. The query side reads a
 * loanword by sound only when no page is about it as written (a sound key of four consonants meets
 * other words: 프리페치 and props, firebase); here the corpus shows which Latin word a Hangul one
 * is. A Hangul term that looks borrowed (loanword.ts) and a Latin term with its sound are one word
 * when they share pages — at least two, and half the Hangul term's pages (엔드포인트 shares more
 * pages with `undefined` than with `endpoint`, but not half) — the Latin word sharing most, and
 * when the Latin spelling is the corpus's usual one (LATIN_MAJORITY): where both are common, each
 * already finds its pages, and a wrong pair would cost more than it finds.
 */
export function latinSpellings(docTerms: readonly Map<string, unknown>[], soundKey: (word: string) => string | undefined, borrowedSound: (word: string) => string | undefined): Map<string, string[]> {
  const pages = new Map<string, number>();
  const shared = new Map<string, Map<string, number>>();
  for (const terms of docTerms) {
    const latinBySound = new Map<string, string[]>();
    for (const term of terms.keys()) {
      pages.set(term, (pages.get(term) ?? 0) + 1);
      const sound = isLatinWord(term) ? soundKey(term) : undefined;
      if (sound) latinBySound.set(sound, [...(latinBySound.get(sound) ?? []), term]);
    }
    for (const term of terms.keys()) {
      const sound = isHangulWord(term) ? borrowedSound(term) : undefined;
      for (const latin of (sound && latinBySound.get(sound)) || []) {
        let counts = shared.get(term);
        if (!counts) shared.set(term, (counts = new Map()));
        counts.set(latin, (counts.get(latin) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [hangul, counts] of shared) {
    const [latin, n] = [...counts].sort((a, b) => b[1] - a[1] || pages.get(a[0])! - pages.get(b[0])!)[0]!;
    const own = pages.get(hangul)!;
    if (n >= MIN_SHARED_PAGES && 2 * n >= own && pages.get(latin)! >= LATIN_MAJORITY * own) out.set(latin, [...(out.get(latin) ?? []), hangul]);
  }
  return out;
}

/**
 * 초성 key → the keyword readings visitors mean by it: ㅎㅂ is 환불 here, not every rare title
 * word with those consonants. Readings are Hangul terms of titles, tags and categories; for a key
 * none of them has, words of three syllables or more in the answers. Every page about a reading
 * carries its key, as a title word or only in its answer (measured together on the dev sets: two
 * questions gained their answer, none lost one; the documentation index grew 1.7 %).
 */
function dominantReadings(docTerms: readonly Map<string, DocTerm>[]): Map<string, Set<string>> {
  // 초성 key → reading → pages, for readings named in a title, tag or category and for the others.
  const named = new Map<string, Map<string, number>>();
  const unnamed = new Map<string, Map<string, number>>();
  for (const terms of docTerms) {
    for (const [term, t] of terms) {
      const isNamed = (t.flags & NAMED) !== 0;
      if (!isHangulWord(term) || term.length < (isNamed ? 2 : 3)) continue;
      const df = isNamed ? named : unnamed;
      const key = choseongOf(term);
      let readings = df.get(key);
      if (!readings) df.set(key, (readings = new Map()));
      readings.set(term, (readings.get(term) ?? 0) + 1);
    }
  }
  // A key no title or tag word has (ㄷㅂㄱ, ㅍㅇㅈㄴㅇㅅ): the pages' own words of three syllables or
  // more that have it, where the pages are about them (디버깅, 페이지네이션 in the answers' text).
  for (const [key, readings] of unnamed) if (!named.has(key)) named.set(key, readings);
  const out = new Map<string, Set<string>>();
  for (const [key, readings] of named) {
    const sorted = [...readings].sort((a, b) => b[1] - a[1]);
    const top = sorted[0]![1];
    out.set(key, new Set(sorted.filter(([, n]) => n * CHOSEONG_SHARE >= top).slice(0, CHOSEONG_READINGS).map(([term]) => term)));
  }
  return out;
}
