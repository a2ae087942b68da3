/**
 * doum's Korean layer on Pagefind's search: turns what a visitor typed into Pagefind searches over
 * doum's index words (index-words.ts), and keeps the answer honest.
 *
 * 1. Words: normalised, filler words dropped, synonym phrases found (query.ts, synonyms.ts).
 * 2. Each word becomes Pagefind terms: its stem when the index has it (계좌를 → 계좌; a stem is
 *    checked with a whole-word search that returns no pages, only a count), the parts of an
 *    unspaced compound (부분환불 → 부분 환불), a synonym group's word, a 초성 key, the Hangul a
 *    keyboard left in English mode typed (ghksqnf → 환불), or — for a word still being typed —
 *    what it can still become (환ㅂ → 환ᄇ, 계조 → 계좌).
 * 3. Pages about every word come first: the keyword topics (title, tags, category) are searched,
 *    then the topics (also words repeated in the answer), and only when no page is about all of
 *    the words, every page that has them.
 * 4. Honesty: Pagefind drops a term that matches nothing and answers a term no word starts with
 *    with a shorter word (주차 → 주). Count-only searches check that some index word starts with
 *    every term (see verified()), or that word is reported as not found.
 * 5. Nothing found for every word: the best "all words but one" result is offered apart.
 */
import { splitCompound } from './compound.ts';
import { CHOSEONG, choseongOf, conjoiningInitial, isChoseongLetter, isChoseongWord, isHangulWord, isSyllable, syllableCount } from './hangul.ts';
import { pagefindWord, SOUND_MARK, SYNONYM_MARK, synonymWord, TOPIC_MARK, topicPrefix, topicWord, withoutTopicMark, ZONE_MARK } from './index-words.ts';
import { endsLikePredicate, LIGHT_VERBS, nounHeads, stemWord, suffixSplits, takesSuffixes } from './morphology.ts';
import type { PageDirectory, PageLocator } from './page-directory.ts';
import type { PagefindApi, PagefindFragment, PagefindResponse, PagefindResult } from './pagefind-api.ts';
import { SEARCH_PAGE_SIZE } from './page-size.ts';
import { ACTION_NOUNS, ADVERBS, FILLER_WORDS, isHowOften, parseQuery, type QueryWord } from './query.ts';
import { fused, groupWords, isVerbRule, matchSynonyms, stemLite, type SynonymRule } from './synonyms.ts';
import { INTENT_WORD, wordIntent } from './intents.ts';
import { PAGEFIND_FILTER } from './pagefind-record.ts';

export type SearchSort = 'relevance' | 'latest' | 'title';

export interface SearchRequest {
  query: string;
  /** Restrict to these subcategories (a node's subcategories); all when absent. */
  subcategories?: readonly string[] | undefined;
  sort?: SearchSort;
  /** The query is being typed (search as you type), not submitted: a lone unfinished syllable waits. */
  typing?: boolean;
  /** Asked again by the layer with its last sentence first (partial-answer.ts, questionFirst): not again. */
  questionFirst?: boolean;
}

/** One FAQ as the results list shows it. */
export interface FaqEntry {
  id: string;
  title: string;
  subcategory: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** The answer as plain text (never the hidden index words). */
  text: string;
  /** What the page is about (its topic words), to tell which words a 초성 query meant. */
  topics: string[];
}

export interface FaqHit {
  key: string;
  score: number;
  entry(): Promise<FaqEntry>;
}

/** Results in the requested order, fetched a window at a time (a page of the list). */
export type HitWindow = (start: number, end: number) => Promise<FaqHit[]>;

export interface SearchOutcome {
  /** Query words that took part (filler words dropped), as typed after normalisation. */
  words: string[];
  /** Number of results ("총 N건"). */
  total: number;
  hits: HitWindow;
  /** Matches per subcategory over the whole site (the filter tree sums them up its levels). */
  counts: Record<string, number>;
  /** Words and patterns to mark in titles and excerpts (see highlight.ts). */
  highlight: string[];
  /** Query words nothing matched. */
  unmatched: string[];
  /** Verbs left out because no page has them with the other words (앱 업데이트 꺼져요). */
  relaxed?: string[];
  /** Pages matching all words but one, shown apart; only when there are no results. */
  fallback?: { dropped: string; total: number; hits: HitWindow };
  /** The query had no words: `hits` lists the chosen node, newest first. */
  browse: boolean;
  /** How the results matched: every word a keyword of the page, a topic of it, or anywhere in it. */
  match?: MatchTier;
  /** The query is a word still being typed that says too little yet (디): keep what is shown. */
  incomplete?: boolean;
}

export type MatchTier = 'keyword' | 'topic' | 'anywhere';
/** The tiers, best first. */
const TIERS: readonly MatchTier[] = ['keyword', 'topic', 'anywhere'];

type WordForm = 'topic' | 'keyword' | 'plain';

/** One query word (or synonym phrase) and how it is searched. */
export interface Clause {
  label: string;
  /** Pagefind terms, all required (a split compound has several). */
  terms: string[];
  /** Terms are whole index words, so their topic words exist wherever a page is about them. */
  topic: boolean;
  highlight: string[];
  /** Verified to exist in the index before searching. */
  known: boolean;
  /** A word of one syllable the index does not know says too little to empty the results. */
  optional?: boolean;
  /** Other readings of a word being typed, tried in order when `terms` finds nothing. */
  alternatives?: string[];
  /**
   * A word no page is about (중 in 실행 중): its topic words do not exist, so the levels that need
   * them are not searched (Pagefind would answer them with the plain word, after a full search).
   */
  plain?: boolean;
  /** Skip the keyword-topic level (partial answers rank pages about the word, title or not). */
  noKeywordTier?: boolean;
  /**
   * A verb or adjective (꺼져요; 지우고, read by a verb rule of the vocabulary), never a noun made a
   * verb by 하다 or 되다 (설치하려면 is about 설치): left out when no page has it with the nouns.
   */
  verb?: boolean;
  /**
   * A noun of doing (변경, 삭제, 등록: query.ts, ACTION_NOUNS), the question's predicate in noun
   * form: like a verb, it narrows the answer within a tier but never takes it down one. Unlike a
   * verb it is required, and counts towards a partial answer (포인트 배송비 사용 asks about 사용).
   */
  action?: boolean;
  /**
   * A wider reading that finds every page `terms` finds and more: a compound's parts (가상계좌 →
   * 가상 계좌, for pages that write it spaced) or a synonym group's word. Searched instead of
   * `terms`, with the pages `terms` finds ranked first.
   */
  wide?: string[];
  /**
   * `wide` is other words for the same thing (a synonym group: SSR → 요청 시 렌더링), not the same
   * words apart (a compound's parts, a name's 초성): Pagefind's score ranks its pages, and the words
   * as typed only break ties. Written apart, the words as typed are the better evidence.
   */
  wideByMeaning?: boolean;
  /**
   * `wide` may miss pages `terms` finds: a name's 초성 (ㄱㅈ ㅂㅅ) is also the key of a compound
   * written as one word (국제배송), whose parts' keys are not indexed when commoner words share
   * them (ㄱㅈ is 결제). Those pages are added, first.
   */
  narrowApart?: boolean;
  /** A part of a compound typed as one word (동적태그렌더링 → 동적): the word as typed. */
  compound?: string;
}

/**
 * `extra`: pages shown after `results` without being part of the tier (leading-mentions.ts), so
 * the choice between readings of the question, made on `results`, does not see them. Asked for
 * only when the answer is built: a reading that loses never pays its search.
 */
type TieredResponse = Pick<PagefindResponse, 'results' | 'unfilteredResultCount'> & { tier: MatchTier; terms: string; extra?: () => Promise<PagefindResult[]> };
/** A search every clause matched, with the clauses as matched. */
export type Matched = { response: TieredResponse; clauses: readonly Clause[] };

/**
 * Pagefind's ranking options for doum's index. Page length off: the index words already say how
 * much a page is about a word (its title, tags, repetition), and a long reference page about a
 * word must not lose to a short page that mentions it.
 */
export const PAGEFIND_RANKING = { pageLength: 0 } as const;

/**
 * Pagefind's options for doum's index: its ranking, and search on the main thread (a query takes a
 * few milliseconds, and the worker file would cost every first search 12 KB more).
 */
export const PAGEFIND_OPTIONS = { noWorker: true, ranking: PAGEFIND_RANKING } as const;

/**
 * Pages about every word kept: within this share of the best score. Pagefind's scores of topic
 * words saturate, so a page with a query word in its title or tags scores about a fifth above one
 * that is only about it; chosen on the dev sets (no answer was lost from 0.5 to 0.85; at 0.88 the
 * first one was), it raised precision on documentation from 0.72 to 0.79.
 */
const TOPIC_RATIO = 0.85;
/** Mentions kept when no page is about every word: within this share of the best score … */
const MENTION_RATIO = 0.5;
/** … and at most this many. */
const MENTION_LIMIT = 20;
/**
 * Words from which a submitted query may be a sentence copied from a page (copied-sentence.ts, whose
 * measurements chose it: from three, a phrase two pages share by chance came first).
 */
const COPIED_WORDS = 4;
/** A letter no index word has (U+01C3), to ask Pagefind what a prefix falls back to. */
const NO_WORD_LETTER = '\u01c3';
/**
 * Longest list ranked by aboutness (byAboutness): two pages of results. 충전 is in the titles or
 * tags of 13 pages Pagefind scores alike, and 페이지 주소 (12 mentions) names the routing guide:
 * ranked only when the list fits one page, their answers came 4th and 10th. On the dev sets five
 * pages ranked no better than two; on 5,765 pages the fragments fetched to rank cost a first
 * search +1.8 KB at p50 and +10.5 KB at p95 (npm run bench).
 */
const ABOUTNESS_LIMIT = 2 * SEARCH_PAGE_SIZE;
/**
 * A word at least this share of the pages is about names the site, not the question (siteWords).
 * On the dev sets every share from 0.6 to 0.9 picks the same word (Astro, which all 418 pages of
 * Astro's docs are about); at 0.4 words of the shop's help center join in, its precision falls by
 * 0.01–0.02 and a question no page answers gets pages.
 */
const SITE_WORD_SHARE = 0.9;
/** Pagefind answers kept for the next searches. */
const RECENT_SEARCHES = 64;
/**
 * The longest word, in syllables, read for slips of typing (respelt): unspaced queries of three or
 * four words (세금게산서발행일) fit; a pasted run does not.
 */
const LONGEST_SLIPPED_WORD = 10;


/** A filter value that every page passes: browsing a filter's values with their counts. */
const ALL_PAGES = { none: ['\u0000'] };

/** What makes a noun a verb after it (설치하려면, 연결되면, 환불받고, 연결시켜, 안내드려): the word is about the noun. */
const NOUN_MADE_VERB = new RegExp(`^(${LIGHT_VERBS.join('|')})`);

/**
 * Filters by a filter the index does not have: Pagefind matches no page (so scores none) but still
 * counts the matches, and loads no filter file.
 */
export const COUNT_ONLY = { 'count-only': '' } as const;

export class KoreanSearch {
  private readonly pagefind: PagefindApi;
  private readonly synonyms: readonly SynonymRule[];
  /** Where the index's pages are (counts, subcategories, 최신순). */
  readonly directory: PageDirectory;
  private readonly known = new Map<string, Promise<WordForm | undefined>>();
  private readonly counts = new Map<string, Promise<number>>();
  /** Recent Pagefind answers by search, oldest first (see run). */
  private readonly recent = new Map<string, Promise<PagefindResponse>>();

  /** `directory`: where the index's pages are (counts, subcategories, 최신순). */
  constructor(pagefind: PagefindApi, synonyms: readonly SynonymRule[], directory: PageDirectory) {
    this.pagefind = pagefind;
    this.synonyms = synonyms;
    this.directory = directory;
  }

  /**
   * How `term` is a word of the index: a topic of some page, a keyword (title, tags) only, a
   * plain word only, or none. Asked as whole-word searches filtered to nothing (they return only a
   * count): first as a topic word, whose index chunk is one narrow range, then as the plain word,
   * whose prefix may make Pagefind fetch every chunk of its longer forms (빌드가, 빌드를 …).
   */
  private form(term: string): Promise<WordForm | undefined> {
    let known = this.known.get(term);
    if (!known) {
      known = (async () => ((await this.isWord(topicWord(term))) ? 'topic' : (await this.isWord(topicWord(term, true))) ? 'keyword' : (await this.isWord(term)) ? 'plain' : undefined))();
      this.known.set(term, known);
    }
    return known;
  }

  /** Is `word` itself (not just a prefix) a word of the index? */
  private async isWord(word: string): Promise<boolean> {
    return (await this.count(`"${word}"`)) > 0;
  }

  /** Is `term` a word of the index? */
  private async exists(term: string): Promise<boolean> {
    return (await this.form(term)) !== undefined;
  }

  /** A word being typed that names too many words to search yet (see search()). */
  private async tooShortToSearch(text: string): Promise<boolean> {
    if (/^[a-z]$/i.test(text)) return true;
    if (/^[a-z]{2}$/i.test(text)) return !(await this.about(text));
    return isUnfinishedSyllable(text) && !(this.synonyms.some((rule) => rule.from.includes(text)) || (await this.about(text)));
  }

  /**
   * Is some page about `word` (a topic or keyword topic)? Only its topic words are asked for, each
   * in one narrow index chunk: asking for the plain word (form()) would fetch every chunk of the
   * words it begins (디 → 디버거, 디버깅, 디렉터리 …) while the visitor is still typing it.
   */
  async about(word: string): Promise<boolean> {
    return (await this.isWord(topicWord(word))) || (await this.isWord(topicWord(word, true)));
  }

  /**
   * The clauses that are words nearly every page is about (SITE_WORD_SHARE), when the query has other
   * words to require: none when they are all it says. On ten pages or fewer, a word they all
   * share may still be what the question is about (three pages about 쿠키): none there.
   */
  private async siteWords(clauses: readonly Clause[]): Promise<Clause[]> {
    const askable = (c: Clause) => !c.verb && !c.optional && !c.alternatives && !ADVERBS.has(c.label);
    if (this.directory.size <= 10 || clauses.filter(askable).length < 2) return [];
    // Pages about the word (its topic words: small index chunks the search fetches anyway; the
    // plain word's chunk holds every form of it, and a word every page is about is on every page).
    const pages = await Promise.all(clauses.map((c) => (askable(c) && c.terms.length === 1 ? this.count(topicWord(c.terms[0]!)) : 0)));
    const common = clauses.filter((_, i) => pages[i]! >= SITE_WORD_SHARE * this.directory.size);
    return clauses.some((c) => askable(c) && !common.includes(c)) ? common : [];
  }

  /**
   * Pages with a word starting with `term` (with the whole word, in double quotes), as Pagefind
   * counts them: filtered to nothing, so no page is scored or returned. Public for the partial
   * answer (partial-answer.ts), which asks how many pages name a word.
   */
  count(term: string): Promise<number> {
    let n = this.counts.get(term);
    if (n === undefined) {
      n = this.complete(term, COUNT_ONLY).then((r) => r?.unfilteredResultCount ?? 0);
      this.counts.set(term, n);
    }
    return n;
  }

  /**
   * Does some index word start with `prefix`? Pagefind answers a prefix no word starts with by the
   * longest word the prefix starts with (코드부 → 코드), which costs a full search and fails the
   * honesty check. `fallback`: the count of that shorter word — of the word being typed plus a
   * letter no word has, which every reading of its last syllable shares (코드부, 코드뷔 → 코드).
   * A prefix with that count has no words of its own, unless it is a word itself. Public for the
   * readings of a word being typed (typed-word.ts).
   */
  async extended(prefix: string, fallback: Promise<number>): Promise<boolean> {
    const n = await this.count(prefix);
    // Whether it is a word: as typed first (one count), then as a topic word.
    return n > 0 && (n !== (await fallback) || (await this.isWord(prefix)) || (await this.about(prefix)));
  }

  async search(request: SearchRequest): Promise<SearchOutcome> {
    const sort = request.sort ?? 'relevance';
    const parsed = parseQuery(request.query);
    const none: HitWindow = async () => [];
    // No query: browsing (browse.ts), which loads only then. Lazy modules are imported whole into a
    // name: Vite wraps `(await import(…)).name` in a longer loader (−45 bytes of query JS for four).
    if (parsed.words.length === 0 && !parsed.intent) {
      const browsing = await import('./browse.ts');
      return browsing.browse(this, request, sort === 'title' ? 'title' : 'latest', nodeFilter(request.subcategories) ?? { [PAGEFIND_FILTER.node]: ALL_PAGES });
    }

    // A last word of one syllable that no page is about (디, 딥 on the way to 디버거; 다 on the way
    // to 다운로드), or of one or two Latin letters that is no word (N, Nu on the way to NuGet), names
    // thousands of words: search the finished words, or wait for the next key when there are none.
    // A submitted query searches it.
    const words = [...parsed.words];
    const last = words.at(-1);
    if (request.typing && last && (await this.tooShortToSearch(last.text))) {
      words.pop();
      if (!words.length && !parsed.intent) return { words: [], total: 0, hits: none, counts: {}, highlight: [], unmatched: [], browse: false, incomplete: true };
    }
    const planned = await this.plan(words, request.typing === true);
    // A word nearly every page is about names the site, not the question (Astro across Astro's docs):
    // it ranks the pages but is not required, so the page about the rest is found even when its
    // title leaves the word out (Astro 아일랜드란 무엇인가요: 아일랜드 아키텍처).
    const siteWords = await this.siteWords(planned);
    const all = planned.filter((c) => !siteWords.includes(c));
    const adverbs = [...all.filter((c) => ADVERBS.has(c.label)), ...siteWords];
    const clauses = requiredOf(all);
    const outcome: SearchOutcome = { words: words.map((w) => w.text), total: 0, hits: none, counts: {}, highlight: [], unmatched: [], browse: false };

    // The kind of page the wording asks for (troubleshooting for 안 돼요) when there are such pages
    // on the topic; never required.
    const intent: Clause | undefined = parsed.intent && { label: '', terms: [INTENT_WORD[parsed.intent]], topic: false, known: true, highlight: [] };
    // `loose`: verbs left out (below), said so when no page has them (`absent`); they and the
    // adverbs only rank the pages.
    const respond = async (found: Matched, loose: Clause[] = [], absent = true) => {
      outcome.match = found.response.tier;
      outcome.highlight = [...new Set([...found.clauses, ...siteWords].flatMap((c) => c.highlight))];
      if (loose.length && absent) outcome.relaxed = loose.map((c) => c.label);
      return Object.assign(outcome, await this.answer(found.response, [...found.clauses, ...loose, ...adverbs], request, sort));
    };
    // A definition must be of the word: a page that defines something else and mentions the word (a
    // CMS guide saying "어댑터") is no answer to 어댑터란, and one that is about it comes second to
    // pages titled with the word (콘텐츠 로더가 뭐예요 → 콘텐츠 로더 API). So do the pages of a time
    // question (교환 몇일 걸려요: the exchange FAQ, titled with 교환, before pages on how long a
    // return takes). Measured on the dev sets: one question gained, none lost; for every kind of
    // question, 빌드가 안 돼요 lost the troubleshooting guide.
    const matchWith = async (kept: Clause[]) => {
      const kind = intent && (await this.matchAll([...kept, intent]));
      if (kind && (parsed.intent === 'trouble' || kind.response.tier === 'keyword')) return kind;
      const any = kept.length ? await this.matchAll(kept) : undefined;
      return kind?.response.tier === 'topic' && any?.response.tier !== 'keyword' ? kind : any;
    };
    const found = await matchWith(clauses);
    // A verb narrows the answer within a tier but never takes it down one: a page that uses the
    // verb and only mentions the nouns (앱 … 꺼져 있으면) does not outrank the pages titled with
    // them (앱이 자꾸 꺼질 때는), which answer, ranked with the verb's and adverbs' words.
    // So does a noun of doing (알림 설정 변경: the page tagged 알림 설정 says 끄기, not 변경).
    // Nor does it leave one page of several the nouns find at its tier: that page happens to use
    // the verb more often than it answers (docker 이미지 만들기: the Cloud Run guide says 만들기, the
    // Docker recipe does not; Astro.cookies 쿠키 삭제).
    const light = clauses.filter((c) => c.verb || c.action);
    const heavy = clauses.filter((c) => !light.includes(c));
    if (found && light.length && heavy.length && found.response.tier !== 'keyword') {
      const byNouns = await matchWith(heavy);
      const up = byNouns ? TIERS.indexOf(found.response.tier) - TIERS.indexOf(byNouns.response.tier) : -1;
      if (byNouns && (up > 0 || (up === 0 && !found.response.results[1]))) return respond(byNouns, light, false);
    }
    if (found) return respond(found);
    // No page has every word: partial-answer.ts, loaded only now (−224 bytes of query JS; −63 more
    // with the two steps before it). It calls the layer's about, plan, split, splitClause, matchAll,
    // honest and run, which are public for it. The helpers below are handed over: imported from the
    // lazy module, they made the bundler split es-hangul out of its chunk (+294 bytes).
    const partials = await import('./partial-answer.ts');
    return partials.withoutEveryWord(this, { words, clauses, intent, request, outcome, matchWith, respond, tiers: TIERS, inSubcategories, hitsOf, requiredOf, parse: parseQuery });
  }

  /**
   * The answer: counts per subcategory over the whole site, then the results in the chosen node,
   * in the requested order. Mentions were cut to the best site-wide, so they are kept whole.
   */
  private async answer(response: TieredResponse, clauses: readonly Clause[], request: SearchRequest, sort: SearchSort): Promise<Pick<SearchOutcome, 'total' | 'hits' | 'counts'>> {
    const at = await this.directory.locator();
    const counts: Record<string, number> = {};
    const extra = (await response.extra?.()) ?? [];
    const siteWide = response.results.concat(extra);
    for (const r of siteWide) {
      const subcategory = at.subcategory(r.id);
      counts[subcategory] = (counts[subcategory] ?? 0) + 1;
    }
    let results = inSubcategories(response.results, request.subcategories, at);
    if (sort === 'relevance') results = await byAboutness(results, clauses.flatMap(wordsOnPage), request.query);
    results = results.concat(inSubcategories(extra, request.subcategories, at));
    // A sentence copied from a page names that page (copied-sentence.ts, loaded only for one).
    if (sort === 'relevance' && !request.typing && request.query.trim().split(/\s+/)[COPIED_WORDS - 1]) {
      const copied = await import('./copied-sentence.ts');
      results = await copied.copiedFirst(this, request, results, siteWide, counts, at);
    }
    // Mentions are several searches merged (no one search to walk the title buckets of): at most
    // MENTION_LIMIT pages, put in order from their own records.
    if ((response.tier === 'anywhere' || extra[0]) && sort === 'title') {
      const order = await import('./result-order.ts');
      const hits = await order.byTitleOrder(results, faqEntry);
      return { total: hits.length, counts, hits: async (start, end) => hits.slice(start, end) };
    }
    return { total: results.length, counts, hits: this.window(response.terms, async () => results, request.subcategories, sort) };
  }

  /**
   * Results in order, a window at a time. By relevance they are Pagefind's; 최신순 and 가나다순
   * load their ordering only when asked for (result-order.ts).
   */
  window(term: string | null, results: () => Promise<PagefindResult[]>, subcategories: readonly string[] | undefined, sort: SearchSort): HitWindow {
    if (sort === 'relevance') return async (start, end) => hitsOf((await results()).slice(start, end));
    const ordered = import('./result-order.ts').then((order) =>
      sort === 'latest' ? order.newestWindow(results, () => this.directory.locator(), hitsOf) : order.titleWindow((extra) => this.run(term, { ...nodeFilter(subcategories), ...extra }), PAGEFIND_FILTER.title, ALL_PAGES, faqEntry),
    );
    return async (start, end) => (await ordered)(start, end);
  }

  // ——— planning: words → clauses ———

  async plan(typed: readonly QueryWord[], typing: boolean): Promise<Clause[]> {
    // Typed with the keyboard in English mode (ghksqnf → 환불), when the Latin is no word: read as
    // the Hangul it types, before synonyms (dnjffpt aksemfrl → 월렛 만들기 → 생성). The keyboard
    // table loads only then.
    const words = await Promise.all(typed.map(async (w, i) => this.respelt(await this.unslipped(w), typing && i === typed.length - 1)));
    const matches = matchSynonyms(
      words.map((w) => w.text),
      this.synonyms,
    );
    const out: Promise<Clause | Clause[]>[] = [];
    for (let i = 0; i < words.length; i++) {
      const match = matches.find((m) => m.start === i);
      const last = i === words.length - 1;
      const next = words[i + 1];
      if (!match && words[i]!.kind === 'choseong' && next?.kind === 'choseong') {
        // The first word is taken now: `i` moves on before the name's key is known (read later, it
        // was the second word, searched twice: ㅎㅂ ㅅㅅㄹ as ㅅㅅㄹ ㅅㅅㄹ). A 초성 clause does not
        // depend on being the last word.
        const first = words[i]!;
        out.push(this.initialsOfName(first.text, next.text).then(async (clause) => clause ?? [await this.wordClause(first, false), await this.wordClause(next, false)]));
        i++;
      } else if (match) {
        const group = words.slice(i, i + match.length);
        out.push(this.synonymClause(group, match.group, last));
        i += match.length - 1;
      } else out.push(this.wordClause(words[i]!, last, typing && last).then((clause) => this.splitClause(clause)));
    }
    return (await Promise.all(out)).flat();
  }

  /**
   * 초성 of a two-word name typed word by word (ㄱㅇ ㅇㄹ for 개인 월렛, ㅇㄹ ㅅㅈ for 알림 설정), when
   * some title, tag, section heading or table row has the name: the name's key (ǀㄱㅇㅇㄹǀǀ; ǀㅈㅎㅅㄷǀ
   * from a heading, a topic only, so titles come first), widened to pages with both keys anywhere in
   * their titles and tags. A key alone keeps only its commonest readings (ㄱㅇ is 금액 here), while
   * the name's key is indexed for every name.
   */
  private async initialsOfName(first: string, second: string): Promise<Clause | undefined> {
    const key = first + second;
    if (!(await this.exists(key))) return undefined;
    return { label: `${first} ${second}`, terms: [key], wide: [first, second], narrowApart: true, topic: true, known: true, highlight: [first, second] };
  }

  private async synonymClause(group: QueryWord[], index: number, last: boolean): Promise<Clause> {
    const rule = this.synonyms[index]!;
    const word = synonymWord(index, stemLite(rule.from[0]!.split(/\s+/)[0]!));
    const [known, literal] = await Promise.all([this.exists(word), Promise.all(group.map((w, k) => this.wordClause(w, last && k === group.length - 1)))]);
    const typed: Clause = {
      label: group.map((w) => w.text).join(' '),
      terms: literal.flatMap((c) => c.terms),
      topic: literal.every((c) => c.topic),
      highlight: literal.flatMap((c) => c.highlight),
      known: literal.every((c) => c.known),
    };
    // A noun of doing typed as itself (변경, which the group joins with 수정 and change).
    if (literal.length === 1 && literal[0]!.action) typed.action = true;
    if (!known) return typed;
    // Words that mean the same (가상계좌 = 무통장입금): pages with the words as typed rank first among
    // the group's. A visitor's everyday word for the pages' word (만들기 → 생성): the group's word
    // alone, ranked by what the pages are about.
    if (!rule.twoWay || !typed.known || !typed.topic) {
      // After a verb stem these end a verb (지우고, 늘리기, 끄는); 한도는 is read by no verb rule.
      const verb = !rule.twoWay && (endsLikePredicate(typed.label) || /[가-힣](고|기|는|게|면|던)$/.test(typed.label) || (isVerbRule(rule) && rule.from.some((p) => fused(typed.label, stemLite(p)))) || isHowOften(typed.label));
      return { ...typed, terms: [word], topic: true, known: true, highlight: [...typed.highlight, ...groupWords(rule)], verb };
    }
    return { ...typed, wide: [word], wideByMeaning: true, highlight: [...typed.highlight, ...groupWords(rule)] };
  }

  /**
   * A Latin word that is no index word but types Hangul that is one (ghksqnf → 환불), as that Hangul;
   * after a number too (2eksrP → 2단계, 3rodnjf → 3개월: the digits are the same keys in both modes).
   */
  private async unslipped(word: QueryWord): Promise<QueryWord> {
    if (word.kind !== 'latin' || !/^\d*[a-z]+$/i.test(word.raw) || (await this.exists(word.text))) return word;
    const keyboard = await import('./keyboard.ts');
    const hangul = keyboard.typedHangul(word.raw);
    if (hangul === word.raw || !isHangulWord(hangul.replace(/^\d+/, ''))) return word;
    const reading: QueryWord = { text: hangul, raw: hangul, kind: 'hangul' };
    return (await this.wordClause(reading, false)).known ? reading : word;
  }

  /**
   * A Hangul word no reading covers whole, typed with Shift held a key too long (소멸기깐) or spelt
   * with a vowel that sounds like the right one (세금게산서, 새벽베송): the first reading with one
   * tense consonant made plain, else with one vowel swapped, else with one letter a key off
   * (typing-slips.ts), that the index covers (소멸기간 → 소멸, 기간). Not while the word is being
   * typed (a tense consonant may be on its way to a word: 빠 → 빠른), nor for a verb form, whose
   * letters are its own (떠요 is no 더요, 돼요 no 되요) and which the index often lacks. Nor for a
   * run longer than any word typed by hand (환불계좌 pasted fifty times): each reading is split like
   * a compound, so the work grows with the square of the length.
   */
  private async respelt(word: QueryWord, beingTyped: boolean): Promise<QueryWord> {
    if (word.kind !== 'hangul' || beingTyped || endsLikePredicate(word.text) || syllableCount(word.text) > LONGEST_SLIPPED_WORD) return word;
    // Most words are covered; asking costs only lookups the query makes anyway (they are kept).
    const whole = (clause: Clause) => clause.known && !clause.alternatives && !clause.optional;
    if (whole(await this.wordClause(word, true))) return word;
    // Not a word the vocabulary reads as typed (끄는 is 끄다, not 그는). Asked only now: matching
    // every rule for every word on every keystroke is the work the test above spares.
    if (matchSynonyms([word.text], this.synonyms).length) return word;
    // Loaded only now, for the few words nothing covers.
    const slips = await import('./typing-slips.ts');
    const text = await slips.respelt(word.text, async (text) => whole(await this.wordClause({ text, raw: text, kind: 'hangul' }, true)), (piece) => this.about(piece));
    return text ? { text, raw: text, kind: 'hangul' } : word;
  }

  /** One query word as a clause: how the index has it. Public for typed-word.ts (a finished word). */
  async wordClause(word: QueryWord, last: boolean, beingTyped = false): Promise<Clause> {
    const clause: Clause = { label: word.text, terms: [word.text], topic: false, highlight: [word.text], known: false };
    if (word.kind === 'choseong') {
      // 초성 keys are indexed as topic words only (ǀㅎㅂǀǀ): the exact key first, then by prefix in
      // the last tier (ㅎㅂ finds ㅎㅂㄱㅈ too). One consonant says too little.
      return { ...clause, known: word.text.length >= 2, topic: word.text.length >= 2 };
    }
    const text = word.text;
    const typing = /[\u3131-\u318e]$/.test(text);
    // Two syllables still being typed are a prefix far more often than a verb (중다 on the way to 중단점).
    const predicate = endsLikePredicate(text) && !(beingTyped && syllableCount(text) <= 2);
    // A consonant typed after a word pages are about (중단점ㅇ) starts its particle (을, 이, 에) far
    // more often than a new word: until the next key, the word itself is searched, as it just was.
    const before = text.slice(0, -1);
    if (typing && beingTyped && syllableCount(before) >= 2 && isHangulWord(before) && (await this.about(before))) return this.wordClause({ ...word, text: before, raw: before }, last, beingTyped);
    if (!typing) {
      const about = (piece: string) => this.about(piece);
      const exists = (piece: string) => this.exists(piece);
      // Words pages are about first: they lie in a few small index chunks, while asking whether a
      // plain word exists fetches its own chunk (배열은 when 배열 is what pages are about; the
      // chunk of every 솔루션… form for 솔루션탐색기, which pages are about as 솔루션 and 탐색기).
      let term = await this.stem(text, about);
      // A loanword no page is about as written, that pages write in Latin (타입스크립트: TypeScript).
      const sound = term || beingTyped ? undefined : await this.loanword(stemOr(text));
      if (sound) return { ...clause, terms: [sound], topic: true, known: true };
      // An unspaced compound is also searched as its parts, which finds it written spaced too:
      // 부분환불 finds "부분 환불" as well. The last word may still be being typed: its last part
      // must be a word. A verb form is split only once its ending is off (올라가요 is no 올라 + 가요).
      const splittable = (whole: string) => !(predicate && whole === text);
      if (!term && splittable(stemOr(text))) {
        const parts = await this.split(stemOr(text), last, about);
        if (parts) return { ...clause, terms: parts, topic: true, known: true, highlight: [...parts, stemOr(text)] };
      }
      // A word still being typed that no page is about is read as a prefix (below), among topic
      // words first: looking its plain form up would fetch every index chunk of the words it
      // begins (디버 → 디버거를, 디버깅에서 …) on the way to 디버거. Enter searches it whole.
      if (!term && beingTyped && !predicate && isHangulWord(text)) return this.typedPrefix(clause, text);
      term ??= await this.stem(text, exists);
      const whole = term ?? stemOr(text);
      // A word the index has is split only into words pages are about (the wider reading finds
      // pages about 부분 and 환불 written apart); asking whether 라이 and 선스 are plain words would
      // fetch their index chunks for nothing.
      const parts = splittable(whole) ? await this.split(whole, last, term ? about : exists) : undefined;
      if (term) {
        const plain = !parts && (await this.form(term)) === 'plain';
        const verb = predicate && !NOUN_MADE_VERB.test(text.slice(term.length));
        const action = ACTION_NOUNS.has(term);
        return { ...clause, action, terms: [term], topic: true, known: true, highlight: [term, ...(parts ?? [])], ...(parts ? { wide: parts } : {}), ...(plain ? { plain } : {}), verb };
      }
      if (parts) return { ...clause, terms: parts, topic: true, known: true, highlight: [...parts, stemOr(text)] };
      const head = await this.nounHead(text);
      if (head) return { ...clause, terms: [head], topic: true, known: true, highlight: [head] };
    }
    // A verb or adjective the index does not know (사진이 안 올라가요): the question's predicate,
    // never the reason the pages about its nouns go unshown.
    // Unless it is a noun made a verb by 하다 or 되다 (입점하려면): then it names what is asked about,
    // and a site without it has no answer.
    if (predicate && !suffixSplits(text).some((s) => NOUN_MADE_VERB.test(s.suffix) && syllableCount(s.stem) > 1)) return { ...clause, optional: true };
    // Unknown as a whole word: a word still being typed, a prefix, or no word at all. Searched by
    // prefix, each reading checked to have index words of its own (see extended()).
    // One syllable says too little to empty the results, unless it is the word still being typed.
    const short = isHangulWord(text) && isOneSyllableWord(text) && !(last && beingTyped);
    if (last && !short && isHangulWord(text.replace(/[\u3131-\u318e]$/, '')) && (typing || isHangulWord(text))) return this.typedPrefix(clause, text);
    if (short) clause.optional = true;
    return clause;
  }

  /**
   * The sound key of a Hangul word that looks borrowed (loanword.ts) when some page is about a
   * Latin word with that sound. The Latin word is not marked in the results (the key does not say
   * which word it was).
   */
  private async loanword(word: string): Promise<string | undefined> {
    if (!isHangulWord(word)) return undefined;
    const loanwords = await import('./loanword.ts');
    const sound = loanwords.borrowedSound(word);
    return sound && (await this.about(SOUND_MARK + sound)) ? SOUND_MARK + sound : undefined;
  }

  /** A word still being typed: every way its last syllable may end up (계조 → 계조, 계좌 …). */
  private async typedPrefix(clause: Clause, text: string): Promise<Clause> {
    const typing = await import('./typing-alternatives.ts');
    const [asTyped, ...rest] = typing.typingAlternatives(text, { isSyllable, isChoseongLetter, conjoiningInitial });
    return { ...clause, terms: [asTyped!], alternatives: rest };
  }

  /**
   * The stem of a word when the index has it as a word, with the index as the dictionary (old
   * readings: 결과 stays 결과 unless 결 is a word on its own somewhere).
   */
  private async stem(word: string, has: (candidate: string) => Promise<boolean>): Promise<string | undefined> {
    if (!takesSuffixes(word)) return (await has(word)) ? word : undefined;
    const candidates = new Set([word, ...suffixSplits(word).map((s) => s.stem)]);
    // A verb ending cut off may leave a light verb: 충전하려는데 → 충전하 → 충전.
    for (const c of [...candidates]) for (const light of LIGHT_VERBS) if (c.endsWith(light) && c.length > light.length + 1) candidates.add(c.slice(0, -light.length));
    const known = new Map(await Promise.all([...candidates].map(async (c) => [c, await has(c)] as const)));
    const isKnown = (s: string) => known.get(s) ?? false;
    const stem = stemWord(word, { attested: isKnown, mono: isKnown });
    if (isKnown(stem)) return stem;
    if (isKnown(word)) return word;
    return undefined;
  }

  /** A known noun before an ending our lists lack: 삭제해버렸어요 → 삭제 (a compound is split first). */
  private async nounHead(word: string): Promise<string | undefined> {
    if (!takesSuffixes(word)) return undefined;
    const heads: string[] = [];
    for (let cut = word.length - 1; cut >= 2; cut--) heads.push(word.slice(0, cut));
    const knownHeads = new Map(await Promise.all(heads.map(async (h) => [h, await this.exists(h)] as const)));
    // What follows must not be or start with a word pages are about: 카드할부개월수 is a compound, not
    // 카드 + an ending that starts with 할.
    const startsWord = async (rest: string) => (await this.exists(rest)) || (await this.about(rest.slice(0, 2))) || (await this.about(rest.slice(0, 3)));
    for (const head of nounHeads(word, (h) => knownHeads.get(h) ?? false)) if (!(await startsWord(word.slice(head.length)))) return head;
    return undefined;
  }

  /**
   * A compound the index has only in parts (알림설정변경 → 알림, 설정, 변경) is one clause per part, so
   * a part that matches nothing can be left out like any word. Each part is read as a word of its
   * own (환불계좌등록 → 환불계좌, 등록: 환불계좌 also finds "환불 계좌" written apart).
   */
  async splitClause(clause: Clause): Promise<Clause | Clause[]> {
    if (clause.terms.length < 2) return clause;
    return Promise.all(
      clause.terms.map(async (term) => {
        const part = await this.wordClause({ text: term, raw: term, kind: 'hangul' }, false);
        return part.known && part.terms.length === 1 ? { ...part, label: term, compound: clause.label } : { ...clause, label: term, terms: [term], highlight: [term], compound: clause.label };
      }),
    );
  }

  /**
   * An unspaced compound as index words: 부분환불 → 부분, 환불. A filler word written onto the
   * topic (주문취소방법) names no topic there either, nor does a word that asks what something is
   * (세션데이터타입정의: 정의 written apart is read so).
   */
  async split(word: string, lastKnown: boolean, isPart: (piece: string) => Promise<boolean> = (piece) => this.exists(piece)): Promise<string[] | undefined> {
    // A noun of one syllable may head it (앱알림, 봇연결방법) when pages are about it: 중단점 stays whole.
    const parts = await splitCompound(word, async (piece) => FILLER_WORDS.has(piece) || isPart(piece), lastKnown, (head) => this.about(head));
    const topical = parts?.filter((part) => !FILLER_WORDS.has(part) && wordIntent(part)?.intent !== 'definition');
    // A head of one syllable needs a word after it (해주실 is no 해 + 주실).
    if (parts?.[0]!.length === 1 && topical!.length < 2) return undefined;
    return topical?.length ? topical : parts;
  }

  // ——— searching ———

  /**
   * A Pagefind search whose answer does not depend on the searches before it. For each word Pagefind
   * loads the one index chunk where the word would sit, then matches the words that begin with it
   * in every chunk it holds: those in the next chunk counted only once another search had loaded
   * it (a documentation question's partial answer had three pages asked first and four after
   * another question; two dev questions differed so). So the chunk where the words beginning with
   * it end (the word and the last code unit) is loaded first. A chunk between the two would still
   * be missed: it takes a word with more forms than one chunk holds (about 20,000 places), and
   * Pagefind's API does not list its chunks. A quoted term is whole words.
   */
  private async complete(term: string | null, filters: Record<string, unknown>): Promise<PagefindResponse | null> {
    if (term && term[0] !== '"') await this.pagefind.preload?.(term.replace(/\S+/g, '$&\uffff'));
    return this.pagefind.search(term, { filters });
  }

  /**
   * One Pagefind search. The last few answers are kept: the tiers, the partial answer and the next
   * keystroke often ask the same search again, and Pagefind scores every matching page each time.
   */
  run(term: string | null, filters: Record<string, unknown>): Promise<PagefindResponse> {
    const key = `${term}\u0000${JSON.stringify(filters)}`;
    let response = this.recent.get(key);
    if (response) this.recent.delete(key);
    else response = this.complete(term, filters).then((r) => r ?? { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} });
    this.recent.set(key, response);
    if (this.recent.size > RECENT_SEARCHES) this.recent.delete(this.recent.keys().next().value!);
    return response;
  }

  /**
   * Every clause matched: pages about all words when there are any, else all pages with them.
   * Undefined when nothing matches every clause honestly.
   */
  async matchAll(clauses: readonly Clause[]): Promise<{ response: TieredResponse; clauses: readonly Clause[] } | undefined> {
    // A word still being typed may be read several ways (계조 → 계좌): the first that matches wins.
    const typingAt = clauses.findIndex((c) => c.alternatives !== undefined);
    if (typingAt < 0) {
      const found = await this.honest(clauses);
      return found && { response: found, clauses };
    }
    // Loaded only now (250 bytes of query JS, 151 less with the import): the first keystroke of an
    // unfinished syllable fetches it.
    const typed = await import('./typed-word.ts');
    return typed.typedReadings(this, clauses, typingAt, { topicsOf: (fragment) => faqEntry(fragment).topics, fold, topicPrefix, typedJamo: toCompatJamo, noWordLetter: NO_WORD_LETTER });
  }

  /**
   * Pages about every word (keyword topics, then topics), else the best pages about all words but
   * one that mention that one too; each search kept only when its first result has every term.
   * Fewer than three pages about every word bring the pages Pagefind ranks far above them as
   * `extra`. `everyMention`: only the best pages with every word anywhere (the partial answer's ordering).
   */
  async honest(clauses: readonly Clause[], everyMention = false): Promise<TieredResponse | undefined> {
    const topical = clauses.map((c) => c.topic);
    // Per clause: searched as a keyword topic (true), a topic (false) or anywhere (undefined).
    const termsOf = (levels: (boolean | undefined)[], widened: boolean) =>
      clauses.flatMap((c, i) => {
        const terms = widened && c.wide ? c.wide : c.terms;
        // A 초성 key is only ever a topic word: anywhere, it is searched as a prefix of those.
        if (levels[i] === undefined) return terms.map((t) => (isChoseongWord(t) || t.startsWith(SOUND_MARK) ? topicPrefix(t) : t));
        return !topical[i] ? terms : terms.map((t) => topicWord(t, levels[i]));
      });
    const wide = clauses.some((c) => c.wide);
    const apart = clauses.some((c) => c.narrowApart);
    // A word no page is about, alone: the pages with that very word (중), not with every word it
    // begins (중괄호, 중첩).
    const exactly = clauses.length === 1 && clauses[0]!.plain;
    // The wider reading (a synonym group, a compound's parts) first; the words as typed when it
    // finds nothing (a compound the index does not split).
    const search = async (levels: (boolean | undefined)[]) => {
      for (const widened of wide ? [true, false] : [false]) {
        const terms = exactly ? `"${termsOf(levels, widened).join(' ')}"` : termsOf(levels, widened).join(' ');
        const response = await this.run(terms, {});
        if (!(response.unfilteredResultCount > 0 && (await this.verified(terms)))) continue;
        // Pages with the words as typed first; after Pagefind's score when every wider reading is
        // other words for the same thing (see Clause.wideByMeaning). A name's 초성 also brings the
        // pages only its key finds (Clause.narrowApart).
        if (widened && (response.results.length > 1 || apart)) {
          const narrow = await this.run(termsOf(levels, false).join(' '), {});
          const first = new Map(narrow.results.map((r, i) => [r.id, i]));
          const byScore = clauses.every((c) => !c.wide || c.wideByMeaning);
          const results = [...response.results, ...(apart ? narrow.results.filter((r) => !response.results.some((w) => w.id === r.id)) : [])].sort((a, b) => (byScore ? b.score - a.score : 0) || (first.get(a.id) ?? Infinity) - (first.get(b.id) ?? Infinity));
          return { ...response, results, terms };
        }
        return { ...response, terms };
      }
      return undefined;
    };

    if (!everyMention && topical.some(Boolean) && !clauses.some((c) => c.plain)) {
      // Pages with every word in their title or tags; else pages about every word.
      const partial = clauses.some((c) => c.noKeywordTier);
      const levels = partial ? ([['topic', false]] as const) : ([['keyword', true], ['topic', false]] as const);
      for (const [tier, keyword] of levels) {
        const response = await search(clauses.map(() => keyword));
        if (response && tier === 'topic' && !partial) {
          // The tail cut: pages much less about the words than the best one (those about them
          // only in passing repetition, where others carry them in title or tags) are left out.
          const best = Math.max(...response.results.map((r) => r.score));
          const results = response.results.filter((r) => r.score >= TOPIC_RATIO * best);
          // Fewer than three pages about the words, of two words or more: the pages Pagefind ranks
          // far above them among those with every word follow them (leading-mentions.ts).
          const extra =
            !results[2] && clauses[1]
              ? async () => {
                  const mentions = await import('./leading-mentions.ts');
                  return mentions.mentionsAfter(results, clauses, search);
                }
              : undefined;
          return { ...response, results, unfilteredResultCount: results.length, tier, extra };
        }
        if (response) return { ...response, tier };
      }
    }
    // Mentions, site-wide and by score: with one word, any page that has it; with two, pages about
    // one word that mention the other. With more, the word only mentioned must be one no page is
    // about: where the site has pages about every word, a page about all but one that names the
    // last in passing (해외 송금 한도: a page about 이체 한도 that mentions 해외 직구) is a partial
    // answer, and is shown apart as one.
    const mentionable = (c: Clause) => clauses.length <= 2 || c.plain === true;
    // A number or code (1000개, p201) narrows the pages as much as a topic does: pages that merely
    // mention every word are answers too when one of the words is one.
    const withNumber = clauses.some((c) => /\d/.test(c.label));
    const variants =
      everyMention || clauses.length === 1 || !topical.some(Boolean)
        ? [clauses.map(() => undefined)]
        : [
            ...clauses.flatMap((c, i) => (topical[i] && mentionable(c) && clauses.every((other, k) => k === i || !other.plain) ? [clauses.map((__, k) => (k === i ? undefined : false))] : [])),
            ...(withNumber ? [clauses.map(() => undefined)] : []),
          ];
    const merged = new Map<string, PagefindResult>();
    for (const levels of variants) {
      const response = await search(levels);
      for (const r of response?.results ?? []) if ((merged.get(r.id)?.score ?? -1) < r.score) merged.set(r.id, r);
    }
    // Else the words as typed, side by side (콘텐츠 보안 정책): a page that says them so answers, though
    // it is about none of them (the configuration reference). Pagefind scores such pages alike;
    // they keep their order through the cut below and are ranked by aboutness. Measured on the dev
    // sets: precision rose on nine questions, two found their answer first, one of two answers was
    // lost (비밀 변수를 동적으로 검색: the page with the heading, without the partial answer's second page).
    if (!merged.size && clauses.length > 1 && !everyMention) for (const r of (await this.run(`"${clauses.map((c) => c.label).join(' ')}"`, {})).results) merged.set(r.id, r);
    if (!merged.size) return undefined;
    const ranked = [...merged.values()].sort((a, b) => b.score - a.score);
    const results = ranked.filter((r) => r.score >= MENTION_RATIO * ranked[0]!.score).slice(0, MENTION_LIMIT);
    return { results, unfilteredResultCount: results.length, tier: 'anywhere', terms: '' };
  }

  /**
   * Pagefind answered for every term, not for a shorter word in its place: some index word starts
   * with each term (a quoted term: is that word). Asked with count-only searches over the chunks the
   * search itself loaded, so no result's fragment has to arrive before the answer can be shown.
   */
  private async verified(terms: string): Promise<boolean> {
    if (terms.startsWith('"')) return (await this.count(terms)) > 0;
    // Most terms are whole index words (ǀ환불ǀǀ): one count of that very word settles it.
    const checks = terms.split(' ').map(async (term) => (await this.isWord(term)) || this.extended(term, this.count(term + NO_WORD_LETTER)));
    return (await Promise.all(checks)).every(Boolean);
  }
}


/** Pagefind's filter for a chosen node's subcategories; undefined for the whole site. */
function nodeFilter(subcategories: readonly string[] | undefined): Record<string, unknown> | undefined {
  return subcategories && { [PAGEFIND_FILTER.node]: { any: [...subcategories] } };
}

/** The results in the chosen node's subcategories (all of them without one). */
export function inSubcategories(results: PagefindResult[], subcategories: readonly string[] | undefined, at: PageLocator): PagefindResult[] {
  if (!subcategories) return results;
  const chosen = new Set(subcategories);
  return results.filter((r) => chosen.has(at.subcategory(r.id)));
}

export function hitsOf(results: readonly PagefindResult[]): FaqHit[] {
  return results.map((result) => ({ key: result.id, score: result.score, entry: async () => faqEntry(await result.data()) }));
}

/**
 * Pages about the words in order of how much each is about them. Every page with a word in its
 * title or tags holds the same keyword word once, so Pagefind scores them alike and keeps them in
 * index order (newest first); ties are broken by how often the title and answer use the words.
 * Only for a list of at most ABOUTNESS_LIMIT pages, whose fragments are loaded to rank them (one
 * page of results is loaded to show it anyway): asking Pagefind for the plain words instead would
 * fetch every index chunk of a common word's forms (measured: +21 KB at p95 of a first search on
 * 5,765 pages).
 */
async function byAboutness(results: PagefindResult[], words: readonly string[], query: string): Promise<PagefindResult[]> {
  if (results.length < 2 || results.length > ABOUTNESS_LIMIT || !results.some((r, i) => i > 0 && r.score === results[i - 1]!.score)) return results;
  const of = aboutness(words, query);
  const count = new Map(await Promise.all(results.map(async (r) => [r.id, of(faqEntry(await r.data()))] as const)));
  // Only within a run of equal scores: the order around it (the words as typed first) stays.
  const out: PagefindResult[] = [];
  for (let i = 0; i < results.length; ) {
    let j = i + 1;
    while (j < results.length && results[j]!.score === results[i]!.score) j++;
    out.push(...results.slice(i, j).sort((a, b) => count.get(b.id)! - count.get(a.id)!));
    i = j;
  }
  return out;
}

/**
 * How much a page is about a query, among pages Pagefind scores alike: first how many of the
 * words as typed its title says, all of them (결제가 안 돼요: the page titled so, among pages about
 * 결제), then how often its title and answer use the words searched (`words`).
 */
export function aboutness(words: readonly string[], query: string): (page: Pick<FaqEntry, 'title' | 'text'>) => number {
  // A 초성 key is used by every word it starts the consonants of (ㅎㅂ: 환불, 환불은).
  const keys = words.filter(isChoseongWord);
  const stems = words.filter((t) => !isChoseongWord(t)).map(fold);
  const typed = query.toLowerCase().split(/\s+/);
  const uses = (word: string) => {
    const folded = fold(word);
    return stems.some((t) => folded.startsWith(t)) || (keys.length > 0 && keys.some((k) => choseongOf(word).startsWith(k)));
  };
  return (page) => {
    const title = page.title.toLowerCase().split(/[\s.,?!]+/);
    const said = typed.filter((w) => title.some((t) => (w.length > 1 ? t.includes(w) : t === w))).length;
    // Title words first: no answer uses the searched words 10,000 times.
    return said * 1e4 + `${page.title} ${page.text}`.split(/\s+/).filter(uses).length;
  };
}

/**
 * The words a page writes for a clause: a synonym group's words, else the terms searched (ǀ디버 →
 * 디버). None for a word widened to its group (Clause.wideByMeaning): Pagefind's score and the words
 * as typed have ranked its pages already, and counting the group's words or the typed word on the
 * pages ranked no better on the dev sets (배송 조회: the page that says 배송 most is not the answer).
 */
function wordsOnPage(clause: Clause): string[] {
  if (clause.wideByMeaning) return [];
  return clause.terms.some((t) => t.includes(SYNONYM_MARK)) ? clause.highlight : (clause.wide ?? clause.terms).map(withoutTopicMark);
}

/** The clauses every answer must match: not the optional words nor the adverbs, unless that leaves none. */
export function requiredOf(all: Clause[]): Clause[] {
  const required = all.filter((c) => !c.optional && !ADVERBS.has(c.label));
  return required.length ? required : all;
}

/** The FAQ id of a Pagefind page URL (/faq/<id>/). */
export function faqIdOfUrl(url: string): string {
  return decodeURIComponent(/\/faq\/(.+?)\/?$/.exec(url)?.[1] ?? url);
}

/** A Pagefind fragment as an FAQ: the answer text before the zone, the id from the URL. */
export function faqEntry(fragment: PagefindFragment): FaqEntry {
  const url = fragment.raw_url ?? fragment.url;
  const zone = fragment.content.indexOf(ZONE_MARK);
  const hidden = zone < 0 ? '' : fragment.content.slice(zone + 1);
  return {
    id: faqIdOfUrl(url),
    title: fragment.meta.title ?? '',
    subcategory: fragment.filters[PAGEFIND_FILTER.node]?.[0] ?? '',
    updated: fragment.filters[PAGEFIND_FILTER.updated]?.[0] ?? '',
    text: (zone < 0 ? fragment.content : fragment.content.slice(0, zone)).trim(),
    topics: hidden.split(/\s+/).filter((w) => w.endsWith(TOPIC_MARK)).map(withoutTopicMark).filter(isHangulWord),
  };
}

/** How Pagefind compares words: as it indexes them (pagefindWord), Hangul decomposed. */
function fold(word: string): string {
  return pagefindWord(word).normalize('NFD');
}

/** Conjoining consonants back to typed ones (환ᄇ → 환ㅂ), for marking and labels. */
function toCompatJamo(text: string): string {
  return text.replace(/[\u1100-\u1112]/g, (c) => CHOSEONG[c.charCodeAt(0) - 0x1100]!);
}

/** One Hangul syllable, maybe with a consonant typed after it (디, 딥, 디ㅂ): a word being typed. */
function isUnfinishedSyllable(text: string): boolean {
  return /^[\uac00-\ud7a3][\u3131-\u314e]?$/.test(text);
}

/** One syllable, bare or with a one-syllable ending: 답, 답을, 번에. */
function isOneSyllableWord(text: string): boolean {
  const n = syllableCount(text);
  return n === 1 || (n === 2 && suffixSplits(text).some((x) => syllableCount(x.stem) === 1));
}

/** The word without an unambiguous ending, for splitting compounds (결제수단을 → 결제수단). */
function stemOr(word: string): string {
  return suffixSplits(word).find((s) => !s.ambiguous && syllableCount(s.stem) >= 2)?.stem ?? word;
}

