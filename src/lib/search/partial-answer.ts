/**
 * No page has every word (korean-search.ts loads this only then). A question that asks two things
 * is answered half by half (answersInTurn). Else the nouns' pages without the verbs
 * (withoutEveryWord). Else, after the verbs are left out, the pages
 * that have the most of the words, shown apart as "일부 단어만 일치하는 결과". Each word has been
 * searched on its own; a page ranks by how many words it is about, a page that is preferred
 * counting as about one more: one that has every word somewhere (a page about two of four words
 * that names the other two answers more than one that does not), or one of the kind the wording
 * asks for (troubleshooting for 버튼 눌러도 아무 반응이 없어요). Then by Pagefind's scores.
 * The label names the words the best page lacks. A word no page has is reported as not found.
 */
import { compareByTitle } from '../sorting.ts';
import type { Clause, FaqHit, hitsOf, inSubcategories, KoreanSearch, Matched, MatchTier, requiredOf, SearchOutcome, SearchRequest } from './korean-search.ts';
import type { parseQuery, QueryWord } from './query.ts';
import { normalizeText, splitWords } from './normalize.ts';
import { asksAboutError, ERROR_PAGE_WORD } from './error-pages.ts';
import type { PagefindResult } from './pagefind-api.ts';

/**
 * Pages shown when none has every word: the best five. On the nine judged sets, five lost no answer
 * that ten found (answers of partial answers come 1st to 5th) and showed fewer pages about other
 * things; three lost answers.
 */
const PARTIAL_LIMIT = 5;

/**
 * The partial answer's tail cut, like the full answer's (korean-search.ts, TOPIC_RATIO): of those
 * five, a page scoring under this share of the best one's is about the words only in passing.
 * Chosen on the dev sets: from 0.6 to 0.7 no answer was lost; at 0.7 precision rose 0.01–0.02 in
 * five documentation sets and one 누리마켓 set; at 0.75 answers were lost.
 */
const PARTIAL_RATIO = 0.7;

/**
 * How far Pagefind must rank the best page with every word above the next one for it to join a
 * partial answer it did not make (partialAnswer). Chosen on the dev sets (2026-12-05, batches 1–33):
 * at 1.25 documentation R@10 +0.0075 for precision −0.0040 and 누리마켓 precision −0.0003; at 1.5
 * +0.0060 for −0.0036 and 누리마켓 all up; at 2, +0.0047 for −0.0033; joining always, +0.0079 for −0.0069.
 */
const EVERY_WORD_LEAD = 1.5;

export interface PartialWord {
  label: string;
  highlight: string[];
  /** A word the layer may leave out (a known one-syllable word): never reported as not found. */
  optional: boolean;
  /** The pages found for the word alone (undefined: none, honestly). */
  results: PagefindResult[] | undefined;
  /** A name: the word is on so few pages anywhere (NAME_PAGES) that a page without it answers something else. */
  name?: boolean;
  /** A word in Latin letters or digits (an identifier, a product name, a code: getStaticPaths, Netlify, 404). */
  code?: boolean;
  /** For a code: the pages with it in their title or tags (an API's reference entry, an error about it). */
  titled?: readonly { id: string }[];
  /** A word the vocabulary reads (refund, card: another word for a topic, no name). */
  read?: boolean;
  /** The pages with the word anywhere, about it or not (bestPartial: searched as written). */
  mentioned?: readonly { id: string }[];
}

export interface PartialAnswer {
  unmatched: string[];
  best?: { results: PagefindResult[]; dropped: string; highlight: string[] };
}

/** Pages a partial answer prefers (partialAnswer). */
export interface PreferredPages {
  /** Pages with every word somewhere, best first (Pagefind's score). */
  everyWord?: readonly { id: string; score?: number }[];
  /** Pages of the kind the wording asks for (troubleshooting for 반응이 없어요). */
  askedKind?: readonly { id: string }[];
  /** Pages with every word that exists somewhere, when one exists nowhere: they may join like preferred pages but are not put first. */
  joining?: readonly { id: string }[];
}

/** Pages with every word somewhere and pages of the kind asked for weigh the same (`preferred`). */
export function partialAnswer(words: readonly PartialWord[], { everyWord = [], askedKind = [], joining = [] }: PreferredPages = {}): PartialAnswer {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
  const joiningIds = ids(joining);
  const everyWordIds = ids(everyWord);
  const preferredIds = ids([...everyWord, ...askedKind]);
  const unmatched = words.filter((w) => !w.results && !w.optional).map((w) => w.label);
  type Page = { result: PagefindResult; words: Set<number>; score: number };
  const pages = new Map<string, Page>();
  words.forEach((w, i) => {
    for (const result of w.results ?? []) {
      const page = pages.get(result.id) ?? { result, words: new Set<number>(), score: 0 };
      page.words.add(i);
      page.score += result.score;
      pages.set(result.id, page);
    }
  });
  if (words.length < 2 || !pages.size) return { unmatched };
  // Measured on the dev sets against ranking preferred pages only among pages about as many words:
  // seven questions gained an answer (클라이언트 측 탐색 방지: the view transitions guide, about
  // 클라이언트 alone, names 탐색 and 방지; R@10 +0.01 to +0.03 in seven sets), and none lost one.
  // A page with a name the question gives (Surge, Contentful: a Latin word on two pages or fewer)
  // counts as about one word more, and comes first among pages of its weight: the pages about the
  // other words (배포, 명령어, 도메인: the Railway guide) answer about something else. Measured on
  // the dev sets: seven questions gained (four their first answer), two lost a little (precision
  // 0.50 → 0.33; one of two answers). On Korean FAQs an English word typed for a Korean one (fee,
  // fail, login) is rare the same way; leaving out vocabulary words lost those two gains, and three
  // pages instead of two traded a 누리마켓 answer (coupon, card) for a documentation one. A code
  // counts too (305 of P-305: a question the vocabulary's index shift had put second is first
  // again; none lost).
  const names = words.flatMap((w, i) => (w.name ? [i] : []));
  // So does a page with a code of the question in its title or tags, where at most TITLED_PAGES
  // have it there (getImage() must be used on the server. for React 컴포넌트 안에서 getImage()를
  // 호출했더니 에러가 나요: the pages about React, 컴포넌트 and 에러 answered something else).
  // Measured on the dev sets (2026-12-04, batches 1–31): documentation R@10 +0.0090, precision
  // +0.0044, MRR +0.0086, 누리마켓 unchanged. At three pages: R@10 +0.0068 (three questions lost
  // their answer to a page titled CSS or React) and 누리마켓 MRR −0.0005; four much the same; with
  // every titled page, half the gain; with English words the vocabulary reads (refund, coupon)
  // too, 누리마켓 MRR −0.0025; with Korean words too, 누리마켓 −0.003 to −0.010 on all three.
  const titledIds = new Set(words.flatMap((w) => w.titled ?? []).map((r) => r.id));
  const named = (p: Page) => names.some((i) => p.words.has(i)) || titledIds.has(p.result.id);
  const weight = (p: Page) => p.words.size + Number(preferredIds.has(p.result.id)) + Number(named(p));
  // Pages that pass the bar rank by their weight and the other words they name in passing: of two
  // pages about two of five words, the one that names the other three answers (정적 빌드할 때 리디렉션용
  // HTML 파일 안 만들기: the configuration reference, about 빌드 and 파일, names the rest). Not in the
  // bar: pages about fewer words then came in (dev precision −0.009 to −0.026). Measured on the dev
  // sets (2026-12-05, batches 1–36) against the weight alone: documentation R@10 +0.0052, precision
  // +0.0004, MRR +0.0018; 누리마켓 +0.0020, +0.0022, +0.0070 (on the first measure, 77 questions
  // moved up, 54 down). Counting the words it is about as well (twice), at most one, half each, or
  // only words on 30 or 100 pages or fewer: less on both sites.
  const mentionedIds = words.map((w) => ids(w.mentioned ?? []));
  const alsoNamed = (p: Page) => mentionedIds.filter((m, i) => !p.words.has(i) && m.has(p.result.id)).length;
  // All words but one; of a longer question, at least two of them. A name the question gives
  // (not a word the vocabulary reads: card for 카드) counts as one word more here as well, so pages
  // about as many words without it are left out: they answer something else (Vercel 서버리스 함수
  // 번들에서 큰 파일 빼기: the pages about 함수 and 번들). Where no page has two of the words, the
  // named pages answer alone (Keystatic 글 한 편만 따로 화면에 보여주기 was empty). Measured on the
  // dev sets (2026-12-04, batches 1–32): the Keystatic question gained its answer (documentation
  // R@10 +0.0009); the raised bar gave documentation precision +0.0069 and 누리마켓 +0.0009, and
  // nothing lost (16 questions moved). With the vocabulary's words too, a 누리마켓 question lost its
  // answer to a page with card; with titled codes too, documentation precision +0.011 but six
  // questions lost an answer (R@10 −0.0016).
  const barNames = names.filter((i) => !words[i]!.read);
  const most = Math.max(...[...pages.values()].map((p) => p.words.size + Number(barNames.some((i) => p.words.has(i)))));
  const needed = Math.min(words.length - 1, 2);
  const byName = most < needed;
  if (byName && ![...pages.values()].some(named)) return { unmatched };
  const hasEveryWord = (p: Page) => everyWordIds.has(p.result.id);
  const codes = words.flatMap((w, i) => (w.code ? [i] : []));
  const codesOn = (p: Page) => codes.filter((i) => p.words.has(i)).length;
  // Among pages of one weight, those with every word somewhere first, then those about more words:
  // a page of the kind asked for about one word fewer comes after the pages about all but one, and
  // is the first the tail cut leaves out. Measured on the dev sets (2026-12-04) against putting the
  // pages about more words first whatever they name: documentation R@10 +0.004, precision +0.002,
  // MRR +0.005 (five questions gained an answer, one lost one); 누리마켓 +0.002, +0.0003, +0.003
  // (three gained, none lost). The asked kind first as well lost on both (replayed on the same candidates).
  // Then pages with more of the question's identifiers and codes (getStaticPaths, Svelte, 404): the
  // Korean words around them are common, the identifier says which page (dev: six questions put an
  // answer higher, none lower; documentation MRR +0.002, 누리마켓 +0.001). Counting them as two
  // words instead found more answers but showed more pages (documentation precision −0.013).
  // A page with every word that exists (the Gatsby migration guide for Gatsby에서 쓰던 GraphQL
  // 쿼리는 … 옮길 때: 옮길 is nowhere) joins as a preferred one does. Measured on the dev sets: four
  // questions gained an answer; ranked first as well, three lost their first answer to it.
  const leading = [...pages.values()]
    .filter((p) => (byName ? named(p) : weight(p) + Number(joiningIds.has(p.result.id)) >= most))
    .sort(
      (a, b) =>
        weight(b) + alsoNamed(b) - weight(a) - alsoNamed(a) ||
        Number(named(b)) - Number(named(a)) ||
        Number(hasEveryWord(b)) - Number(hasEveryWord(a)) ||
        codesOn(b) - codesOn(a) ||
        b.words.size - a.words.size ||
        b.score - a.score,
    )
    .slice(0, PARTIAL_LIMIT);
  const top = Math.max(...leading.map((p) => p.score));
  // The first page stays: it may come first by preference, not by score.
  const best = leading.filter((p, i) => i === 0 || p.score >= PARTIAL_RATIO * top);
  // The page with every word that Pagefind ranks far above the next (EVERY_WORD_LEAD) joins last,
  // when it is about one of the words at least: it answers, though pages about more of the words
  // came before it (Cloudflare정적자산헤더파일: the @astrojs/cloudflare guide, after the Cloudflare
  // deploy guide; 커스텀 로거를 TypeScript 파일로 작성해도 되나요: the configuration reference).
  // Measured on the dev sets (batches 1–33): eleven questions gained an answer and none lost one;
  // twenty showed a page more.
  const [lead, next] = everyWord;
  const clearLead = lead && pages.has(lead.id) && (!next || (lead.score ?? 0) >= EVERY_WORD_LEAD * (next.score ?? 0));
  if (clearLead && best.length < PARTIAL_LIMIT && !best.some((p) => p.result.id === lead.id)) best.push(pages.get(lead.id)!);
  // The first page names every word (only not as what it is about): nothing was left out, and the
  // search page says so; else the words it is not about were.
  const kept = (i: number) => hasEveryWord(best[0]!) || best[0]!.words.has(i);
  return {
    unmatched,
    best: {
      results: best.map((p) => p.result),
      dropped: words.filter((_, i) => !kept(i)).map((w) => w.label).join(', '),
      highlight: [...new Set(words.filter((_, i) => kept(i)).flatMap((w) => w.highlight))],
    },
  };
}

/** A word on this many pages or fewer, anywhere, names something (Surge, Contentful, 305). */
const NAME_PAGES = 2;

/** A code in the titles or tags of this many pages or fewer names them (partialAnswer, `titled`). */
const TITLED_PAGES = 2;

/** Words searched together for allButOne at most: one search per word left out. */
const ALL_BUT_ONE_MAX = 6;

/**
 * When no page is among the best pages of most words alone (다크 모드 전환 버튼: each common word
 * alone keeps only its best pages, and those of different words do not meet), the words but one
 * searched together, each word left out in turn; the reading with the best `rank` (tier, then
 * score) wins. Three words or more: with two, the words alone are the words but one.
 */
export async function allButOne<W extends { label: string; highlight: string[] }>(
  words: readonly W[],
  search: (kept: W[]) => Promise<{ results: PagefindResult[]; rank: [number, number] } | undefined>,
): Promise<PartialAnswer['best']> {
  if (words.length < 3 || words.length > ALL_BUT_ONE_MAX) return undefined;
  const readings = await Promise.all(
    words.map(async (left, i) => {
      const kept = words.filter((_, k) => k !== i);
      return { left, kept, found: await search(kept) };
    }),
  );
  const [best] = readings
    .filter((r) => r.found?.results.length)
    .sort((a, b) => a.found!.rank[0] - b.found!.rank[0] || a.found!.rank[1] - b.found!.rank[1]);
  return best && { results: best.found!.results.slice(0, PARTIAL_LIMIT), dropped: best.left.label, highlight: [...new Set(best.kept.flatMap((w) => w.highlight))] };
}

/**
 * The question again with two words written apart made one where pages are about them as one word
 * (우선 순위: 우선순위), the first such pair; undefined when there is none. For three words or more,
 * so that 라우트 우선 순위 asks about two things, as 라우트 우선순위 does, not three.
 */
export async function joinedSpaced<W extends { text: string; raw: string; kind: string }>(words: readonly W[], about: (word: string) => Promise<boolean>): Promise<W[] | undefined> {
  for (let i = 0; words.length > 2 && i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    const text = a.text + b.text;
    if (a.kind === 'hangul' && b.kind === 'hangul' && (await about(text))) return [...words.slice(0, i), { ...a, text, raw: text }, ...words.slice(i + 2)];
  }
  return undefined;
}

/**
 * The question with what is glued to a word and no part of it written apart: a face (안와요ㅠㅠ,
 * 조회결과없음ㅠㅠㅠ) and a number (404페이지: 404 페이지, as pages write it), though not a number's
 * unit or counter (3일째, 500개, 1점: query.ts and the index read those as one word); and without a
 * laugh or shiver of one consonant repeated (환불ㅋㅋ, 반품 ㄷㄷ), which is searched as a 초성 key
 * (ㄷㄷ: 도달…) while some page has it with the other words. Undefined when there is nothing to
 * write apart, or nothing would be left.
 */
export function tidied(typed: string): string | undefined {
  // The units are the first letters of query.ts's UNIT and COUNTER, with 점 and the large numbers:
  // imported from here, query.ts took es-hangul into a chunk of its own (query JS 14,988 → 15,289).
  const text = typed
    .replace(/([가-힣])[ㅏ-ㅣ]+/g, '$1 ')
    .replace(/(\d)(?=[가-힣]{2})(?![개원일주달년월시분초번회건명장자점차배만천억])/g, '$1 ')
    .replace(/(?<![ㄱ-ㅎ])([ㅋㅎㄷㅇㅉ])\1+(?![ㄱ-ㅎ])/g, ' ');
  return text === typed || !/[\p{L}\p{N}]/u.test(text) ? undefined : text;
}

/**
 * Syllables that are prefixes of Sino-Korean words (재가입, 비회원, 미성년, 무이자, 불일치, 신규, 총금액):
 * another first syllable is part of the word (리로드, reload, is not 리 + 로드).
 */
const PREFIX = /^[재비미무불부반초총신구대소고저최전탈역과친급]/;

/**
 * The question again with the first word no page has (of those `shape` matches) written as the
 * first of its `readings` whose checked part is a word pages are about; undefined when there is
 * none. A reading is [what replaces the word, the part that must be a word pages are about].
 */
async function readAgain(typed: string, unknown: readonly string[], about: (word: string) => Promise<boolean>, shape: RegExp, readings: (word: string) => [string, string][]): Promise<string | undefined> {
  for (const word of unknown.filter((w) => shape.test(w) && typed.includes(w)))
    for (const [replacement, checked] of readings(word)) if (checked.length > 1 && (await about(checked))) return typed.replace(word, replacement);
  return undefined;
}

/**
 * The question again with a word no page has read without one syllable written onto a word pages
 * are about: a prefix (재가입은 → 가입, 비회원 → 회원; PREFIX) or a suffix (배송중 → 배송, 가입시 → 가입),
 * the first such reading. Not a suffix the index reads as part of a word (집중, 이중: those words are
 * on pages, so never unknown).
 */
export function withoutAffix(typed: string, unknown: readonly string[], about: (word: string) => Promise<boolean>): Promise<string | undefined> {
  return readAgain(typed, unknown, about, /^[가-힣]{3,}$/, (word) =>
    [...(PREFIX.test(word) ? [word.slice(1), word.slice(1, -1)] : []), word.slice(0, -1), word.slice(0, -2)].map((reading) => [reading, reading]),
  );
}

/**
 * The question again with a number's unit or counter (one syllable or two) written apart from a
 * word glued after it (1원인증 → 1원 인증, 3개월무이자 → 3개월 무이자) when the rest is a word pages are
 * about. query.ts reads a number with what follows as one word (3일째, 500개씩).
 */
export function unitApart(typed: string, unknown: readonly string[], about: (word: string) => Promise<boolean>): Promise<string | undefined> {
  return readAgain(typed, unknown, about, /^\d+[가-힣]{3,}$/, (word) => {
    const [, number, letters] = /^(\d+)(.+)$/.exec(word)!;
    return [1, 2].map((unit) => [`${number}${letters!.slice(0, unit)} ${letters!.slice(unit)}`, letters!.slice(unit)]);
  });
}

/** A name written with dots on this many pages or fewer names them (writtenWithDots). */
const DOTTED_PAGES = 1;

/**
 * The pages that write a name with dots as the question does (server.allowedHosts,
 * Astro.request.params), when DOTTED_PAGES or fewer do: Pagefind indexes such a name whole, while
 * the layer reads its parts apart (server, allowedhosts), which many pages have without meaning
 * it; the page must write the name (Pagefind also finds a page for a name it reads in part). Not
 * a file name (photo.png, sitemap.xml: examples on many pages) nor a site's (Fly.io,
 * Kontent.ai: the pages titled with the name answer them). Of the dev sets' 60 such names, every
 * one that a single page writes was on a page judged relevant. Measured on the dev sets
 * (2026-12-05, batches 1–34): documentation R@10 +0.0017, precision +0.0036, MRR +0.0024; three
 * questions gained their answer, one lost one of its two (Astro.canonicalURL: the v2 guide alone).
 * With three pages or fewer, or tried after the two-question step, fewer gained and more lost.
 */
export async function writtenWithDots(query: string, pagesWith: (name: string) => Promise<PagefindResult[]>): Promise<PagefindResult[] | undefined> {
  for (const [name] of query.matchAll(/[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+/gi)) {
    if (/\.(png|jpe?g|gif|svg|webp|avif|xml|txt|html?|css|json|md|mdx|m?js|ts|io|ai|com|net)$/i.test(name)) continue;
    const key = name.toLowerCase();
    const pages = await pagesWith(key);
    if (!pages.length || pages.length > DOTTED_PAGES) continue;
    // Pagefind also answers a name it can read only in part (window.__pwned: a page with Windows),
    // so the page must write the name itself. Its text is fetched to show it anyway.
    const writes = await Promise.all(pages.map(async (page) => (await page.data()).content.toLowerCase().includes(key)));
    if (writes.every(Boolean)) return pages;
  }
  return undefined;
}

/** What a partial answer asks of the search (korean-search.ts), for the words of a question. */
export interface PartialSearch<W> {
  /** Pages about the word alone (as a topic, else anywhere); undefined when none honestly are. */
  alone(word: W): Promise<PagefindResult[] | undefined>;
  /** How many pages have the word anywhere, for a word in Latin letters or digits (a name, a code); Infinity for others. */
  pages(word: W): Promise<number>;
  /** For a code the vocabulary does not read: the pages with it in their title or tags, at most TITLED_PAGES; undefined for none or more. */
  titled(word: W): Promise<PagefindResult[] | undefined>;
  /** The pages with the word anywhere. */
  mentions(word: W): Promise<PagefindResult[]>;
  /** The best pages with every one of `words` somewhere. */
  everyWord(words: readonly W[]): Promise<PagefindResult[] | undefined>;
  /** Pages of the kind the wording asks for. */
  askedKind(): Promise<PagefindResult[] | undefined>;
  /** The words searched together: the results and their rank (tier, then score; lower is better). */
  together(kept: W[]): Promise<{ results: PagefindResult[]; rank: [number, number] } | undefined>;
  /** The results in the chosen node. */
  within(results: PagefindResult[]): PagefindResult[];
}

/**
 * The partial answer of a question no page answers whole: the pages with the most words, else
 * the best reading of all words but one. Each word alone, as a topic (which includes keyword
 * topics) or anywhere: a page about two of three words is a better partial answer than one with a
 * word in its title. Pages with every word somewhere, and pages of the kind the wording asks for,
 * count as about one word more (partialAnswer; 개발 서버 포트 번호: the CLI reference is about 개발
 * and 서버 and names the port; the setup tutorial, about 개발 and 번호, does not). Each word is also searched
 * anywhere: among pages past the bar, a page ranks higher for every other word it names in passing.
 */
export async function bestPartial<W extends { label: string; highlight: string[]; known: boolean; optional?: boolean; wide?: unknown; terms?: readonly string[] }>(words: readonly W[], search: PartialSearch<W>, withVerbs?: readonly W[]): Promise<PartialAnswer> {
  // A word the vocabulary reads (refund, coupon: its group word, marked ǁ, index-words.ts's
  // SYNONYM_MARK; imported here, it split the query JS's shared modules, +287 bytes) is another
  // word for a topic, no code.
  const read = words.map((w) => !!w.wide || !!w.terms?.some((t) => t.includes('ǁ')));
  // A code (a finite page count) may name the pages titled with it: asked as soon as its count is in.
  const counted = async (w: W, i: number) => {
    const pages = await search.pages(w);
    return { pages, titled: Number.isFinite(pages) && !read[i] ? await search.titled(w) : undefined };
  };
  const aloneOf = words.map(search.alone);
  const [alone, everyWord, askedKind, codes, mentioned] = await Promise.all([
    Promise.all(aloneOf),
    words.length >= 2 ? search.everyWord(words) : undefined,
    search.askedKind(),
    Promise.all(words.map(counted)),
    // Only a word some page has: Pagefind reads a word no index word starts with as a shorter one
    // (스킬ㅂ as 스킬), and would name pages that do not have it.
    Promise.all(words.map(async (w, i) => ((await aloneOf[i]) ? search.mentions(w) : undefined))),
  ]);
  const anywhere = codes.map((c) => c.pages);
  // Pages with every word are none when a word exists nowhere: then, pages with every other word.
  const found = words.filter((_, i) => alone[i]);
  const everyFound = found.length >= 2 && found.length < words.length ? await search.everyWord(found) : undefined;
  // A finite page count marks a Latin word or a code: pages() counts only those.
  const partial = partialAnswer(
    words.map((w, i) => ({ label: w.label, highlight: w.highlight, optional: !!(w.known && w.optional), results: alone[i] && search.within(alone[i]), name: anywhere[i]! > 0 && anywhere[i]! <= NAME_PAGES, code: Number.isFinite(anywhere[i]), titled: codes[i]!.titled, read: read[i], mentioned: mentioned[i] })),
    { everyWord, askedKind, joining: everyFound },
  );
  if (partial.best) return partial;
  const together = async (kept: W[]) => {
    const found = await search.together(kept);
    return found && { ...found, results: search.within(found.results) };
  };
  // A word no page has: the others searched together (택배사 이름이 엉뚱하게 나와요: the page with
  // 택배사 and 이름), said to leave the word out.
  const others = found.length >= 2 && found.length < words.length && (await together(found));
  if (others && others.results.length) {
    const dropped = words.filter((_, i) => !alone[i]).map((w) => w.label);
    return { unmatched: partial.unmatched, best: { results: others.results.slice(0, PARTIAL_LIMIT), dropped: dropped.join(', '), highlight: [...new Set(found.flatMap((w) => w.highlight))] } };
  }
  const best = partial.unmatched.length === 0 && (await allButOne(words, together));
  if (best) return { unmatched: [], best };
  // The nouns meet on no page: the verbs count too (마지막으로 고친 날짜 보여주기: the page about
  // 마지막 and 고치다), rather than no answer at all.
  const wider = withVerbs && withVerbs.length > words.length ? await bestPartial(withVerbs, search) : undefined;
  return wider?.best ? wider : { unmatched: partial.unmatched };
}

/**
 * Words that ask about two things together (뷰 전환이랑 프리페치 같이, 한 번에, 둘 다) or compare them
 * (… 차이, 비교): one page answers that, so the question is neither split in two (twoQuestions) nor
 * asked once per name (eachListed). Whole words, a particle allowed (차이가): 둘러보기 and 비교적 are not.
 */
const TOGETHER = /^(같이|함께|동시에|한꺼번에|한번에|번에|둘|차이|차이점|비교|vs)(가|는|를|이|도|요|점)?$/i;
/** Words that join two questions (환불 며칠 걸려요 그리고 어디서 확인해요). */
const JOINING_WORD = /^(그리고|아니면|또는|및)$/;
/**
 * Endings that join two: a verb's -고 (연결하고 … 배포하기, 옮기고, 만들고; 취소할 수 있고 …: one
 * gained on the dev sets, none lost; every verb's -고 lost precision on five, 지우고 다시 깔면 being
 * one task), a question's -지랑 (택배비는 누가 내는지랑 …), a task's -기랑 (데이터 불러오기랑 Heroku에 올리는 방법) and a how-to's
 * 법이랑 (재설정하는 법이랑 카드 지우는 방법). Not a noun's 이랑, which is as often "with"
 * (상담원이랑 통화하고 싶은데), nor 거랑 (주문한 거랑 다른 물건: measured, it lost an answer).
 */
const JOINING_ENDING = /(하고|되고|있고|[기들켜끄]고|[지기]랑|법이랑)$/;
/**
 * A noun that closes what a clause describes, joined to the next with 랑, 하고, 과 or 와 (쓰는
 * 방법이랑 …, 가입하는 방법하고 …, 안 됐다는 에러랑 …, 들어오는 문제랑 …; not 오류랑 경고 차이): a
 * list of two things, even where the word itself names nothing (방법 is a filler word) and so is
 * no word of the question. Measured on the dev sets (1–29, 2026-12-04): eight questions gained an
 * answer (documentation R@10 +0.003, precision +0.001, MRR +0.001; 누리마켓 R@10 +0.0008), none
 * lost one.
 */
const JOINING_NOUN = /^(방?법|오류|에러|문제|이유)(이?랑|하고|과|와)$/;
/**
 * A word that describes the noun after it: -는, -던, or a syllable ending in ㄴ or ㄹ (된, 쓸, 나는),
 * read from the code point (0xAC00: hangul.ts's SYLLABLE_FIRST; imported here, it split the query
 * JS's shared modules into one chunk more, +295 bytes).
 */
const describes = (word: string) => /[는던]$/.test(word) || [4, 8].includes((word.charCodeAt(word.length - 1) - 0xac00) % 28);

/**
 * Where one sentence ends and the next begins: a question or exclamation mark, or a full stop after
 * a Hangul syllable (not the dot of astro.config or 1.5).
 */
const SENTENCE_END = /[?!？！]+|(?<=[가-힣])\.+(?=\s)/;
/** A question's -는지 before a comma, which joins the next (포인트도 줄어드는지, 환불 금액은 …). */
const JOINING_COMMA = /(?<=[는은]지),(?=\s)/;
const BACKGROUND_ENDING = /(는데요|은데요|던데요|거든요|어서요|아서요|해서요)$/;
/** How a question ends: -나요, -가요, -까요, -니까, -죠 (되는 건가요, 있을까요, 맞죠). */
const QUESTION_ENDING = /(나요|가요|까요|니까|죠)$/;

/**
 * A question that asks two things, as the words of each: split where a joining word or ending (or
 * a -는지 and a comma: …줄어드는지, 환불 금액은 어디서 …), or
 * the end of a sentence (하나만 반품해도 되나요? 반품 배송비는 누가 내는지도요), stands between
 * words that name something. `sentence`: split at the end of a sentence. Undefined when there is
 * no such place, or when the two are asked together (뷰 전환이랑 프리페치 같이 쓸 때).
 */
export function twoQuestions<W extends { raw: string }>(typed: string, words: readonly W[]): { halves: [W[], W[]]; sentence: boolean } | undefined {
  const rawWords = splitWords(typed);
  if (rawWords.some((raw) => TOGETHER.test(raw))) return undefined;
  // The last word of each part but the last, where `between` splits the text.
  const lastWords = (between: RegExp) => {
    let count = -1;
    return new Set(typed.split(between).slice(0, -1).map((part) => (count += splitWords(part).length)));
  };
  const ends = lastWords(SENTENCE_END);
  const commas = lastWords(JOINING_COMMA);
  // A polite ending that closes what happened before the question (왔거든요, 안 들어갔었는데요).
  rawWords.forEach((raw, i) => BACKGROUND_ENDING.test(raw) && ends.add(i));
  // Where each word stands among the words as typed: a word joined with the next (500 개, 한 달)
  // or cut out of a longer one (안올라가요 → 올라가요, 웹훅이란 → 웹훅) is found there too.
  const at: number[] = [];
  for (const { raw } of words) {
    const from = (at.at(-1) ?? -1) + 1;
    const found = rawWords.findIndex((typed, i) => i >= from && (typed === raw || typed + (rawWords[i + 1] ?? '') === raw || (typed.length > raw.length && (typed.startsWith(raw) || typed.endsWith(raw)))));
    if (found < 0) return undefined;
    at.push(found);
  }
  for (const [i, raw] of rawWords.entries()) {
    // Not before a verb that helps the last one (통화하고 싶은데, 켜고 나서, 쓰고 있어요).
    const helped = /^(싶|있|나서|계|보|말|놓|두)/.test(rawWords[i + 1] ?? '');
    const joins = JOINING_WORD.test(raw) || commas.has(i) || (JOINING_NOUN.test(raw) && describes(rawWords[i - 1] ?? '')) || (at.includes(i) && JOINING_ENDING.test(raw) && !helped);
    const end = joins || ends.has(i) ? at.filter((position) => position <= i).length : -1;
    // A sentence of one word is a courtesy (답변 부탁드려요) or leans on the other (몇 시까지 보낼 수
    // 있는지: of what was just asked), not a question of its own.
    const least = joins ? 1 : 2;
    if (end >= least && words.length - end >= least) return { halves: [words.slice(0, end), words.slice(end)], sentence: !joins };
  }
  return undefined;
}

/** A name in Latin letters (Netlify, ImageKit, svelte.config.js, E2E), and what may join it to the next in a list. */
const LISTED_NAME = /^([A-Za-z][\w.+#-]*?)(,|랑|이랑|와|과|나|이나|하고)?$/;
const LIST_WORD = /^(및|또는|혹은|and|or|&)$/i;

/**
 * A question about each of a list of names (Netlify랑 Vercel 어댑터에서 CSP …, Cloudinary,
 * ImageKit, Mux에서 동영상 플레이어 …, PNG나 WebP로): the question once per name, the other names
 * left out, in the order typed; undefined without such a list of two names or more, or when the
 * question asks about them together (React랑 Preact 같이 쓸 때), at once (한 번에) or compares them
 * (… 차이). Each page is about one name, so none has every word, and the pages about more of the
 * other words crowd out the other names. Latin names only: a Korean noun's 이랑 or 과 is as often "with", or
 * part of the word (결과). Measured on the dev sets (1–29, 2026-12-04): six documentation questions
 * gained an answer or put one higher (R@10 +0.002, precision +0.0007, MRR +0.0015), none lost; no
 * 누리마켓 question changed.
 */
export function eachListed<W extends { raw: string }>(typed: string, words: readonly W[]): { halves: W[][]; sentence: boolean } | undefined {
  if (splitWords(typed).some((w) => TOGETHER.test(w))) return undefined;
  const raw = typed.split(/\s+/).filter(Boolean);
  for (let i = 0; i < raw.length; i++) {
    const names: string[] = [];
    for (let k = i; k < raw.length; k++) {
      // The last name may carry any particle (Mux에서); the others are joined to the next.
      const m = LISTED_NAME.exec(raw[k]!) ?? /^([A-Za-z][\w.+#-]*?)[가-힣]*$/.exec(raw[k]!);
      if (!m) break;
      names.push(m[1]!.toLowerCase());
      if (m[2] !== undefined) continue;
      if (!LIST_WORD.test(raw[k + 1] ?? '')) break;
      k++;
    }
    if (names.length < 2) continue;
    const of = names.map((name) => words.find((w) => w.raw.toLowerCase() === name));
    if (of.some((w) => !w) || new Set(of).size < of.length) return undefined;
    return { halves: of.map((name) => words.filter((w) => w === name || !of.includes(w))), sentence: false };
  }
  return undefined;
}

/**
 * A long question told as a story first (동생 생일 선물로 향수를 샀는데 … 받은 지는 닷새쯤 됐거든요
 * 이런 경우에도 반품이 되는 건가요): the word cap (query.ts) keeps the story's first words and cuts
 * the question asked last. The question again, as typed, with that sentence first and the story
 * after it; undefined when a word of the question was kept (the cap was not reached), or when
 * the question has fewer than two words that name something (어떻게 고쳐야 하나요 leans on the
 * error just quoted). Asked only when no page has every word, and once. Measured on the dev sets
 * (1–29, 2026-12-04): two 누리마켓 questions gained their answer (R@10 +0.0008, precision +0.0007,
 * MRR +0.0015), none lost one; no documentation question changed. Taking the last sentence, a
 * remark after the question (잘 몰라서요, 걱정돼요) included, lost three answers.
 */
export function questionFirst(typed: string, kept: readonly { raw: string }[], parse: typeof parseQuery): string | undefined {
  const tokens = typed.split(/\s+/).filter(Boolean);
  const lastWord = (token: string) => splitWords(token).at(-1) ?? '';
  // Where each sentence ends, as twoQuestions reads it: a question or exclamation mark, a full stop
  // after a syllable (SENTENCE_END), or a story's polite ending (…샀는데요, …됐거든요).
  const ends = tokens.flatMap((token, i) => (SENTENCE_END.test(`${token} `) || BACKGROUND_ENDING.test(lastWord(token)) || i === tokens.length - 1 ? [i] : []));
  // The question: the last sentence that asks (…건가요, …있을까요?), not a remark after it (잘
  // 몰라서요, 걱정돼요) nor the story before it.
  const asks = (end: number) => /[?？]$/.test(tokens[end]!) || QUESTION_ENDING.test(lastWord(tokens[end]!));
  const at = ends.findLastIndex((end, k) => k > 0 && asks(end));
  if (at < 1) return undefined;
  const question = tokens.slice(ends[at - 1]! + 1, ends[at]! + 1);
  // Its words that name something: after a word that does, so that a question of filler words
  // alone (어떻게 해요) is not kept whole as parseQuery keeps such a query.
  const asked = parse(`x ${question.join(' ')}`).words.slice(1);
  // None kept: the cap cut them all.
  const keptRaws = new Set(kept.map((w) => w.raw));
  if (asked.length < 2 || asked.some((w) => keptRaws.has(w.raw))) return undefined;
  return [...question, ...tokens.slice(0, ends[at - 1]! + 1)].join(' ');
}

/**
 * The answer to a question that asks two things, or one about each of a list of names (eachListed):
 * each half (each name's question) asked of `engine` on its own (over the whole site), its results
 * or else its partial answer, taken in turn (the first of each, then the second …, each page
 * once). Undefined unless every half finds pages, and, split at the end of a sentence, unless the
 * last has pages with every word: a question asked last that has none
 * leans on the sentence before it (…본인인증이 안 되는데요 그냥 다른 방법으로 인증할 수는
 * 없을까요), and the whole question's partial answer answers it better. Counted per
 * subcategory over the whole site, then kept to the chosen node and put in the order asked for.
 * Measured on the dev sets: six questions gained their second answer (Turso … 연결하고 Netlify에
 * 배포하기; 부분 환불 되나요 아니면 반품 신청해야 하나요), none lost one. Sentence ends: three
 * gained an answer (…다른 물건이 왔거든요 혹시 이거 반품하면 택배비는 제가 내야 되는 건가요?),
 * none lost one; without the guard on the last question, three lost precision (0.50–1.00 → 0.17–0.33).
 */
export async function answersInTurn(
  engine: Pick<KoreanSearch, 'search' | 'directory'>,
  words: readonly { raw: string }[],
  request: SearchRequest,
): Promise<Pick<SearchOutcome, 'total' | 'hits' | 'counts' | 'highlight' | 'match'> | undefined> {
  const two = twoQuestions(normalizeText(request.query), words) ?? eachListed(normalizeText(request.query), words);
  if (!two) return undefined;
  const [halves, at] = await Promise.all([Promise.all(two.halves.map((half) => engine.search({ query: half.map((w) => w.raw).join(' ') }))), engine.directory.locator()]);
  if (two.sentence && !halves[1]!.total) return undefined;
  // A half with a Latin word no page has asks about a tool or product the site does not cover
  // (Jenkins 파이프라인에서 Astro 빌드하고 서버에 자동 배포하기, Kafka, Crowdin): the other half's
  // pages answer no part of it, and the search says the word is not found. Measured on the dev
  // sets (2026-12-04, batches 1–33): three documentation no-result questions became empty (0.95 →
  // 0.98), no answer moved. With any word no page has (a Korean word too: 구성품 하나가 빠진 채로),
  // 누리마켓 R@10 −0.007 and documentation −0.003.
  if (halves.some((o) => !o.total && o.unmatched.some((w) => /^[a-z]/.test(w)))) return undefined;
  const lists = await Promise.all(halves.map((o) => (o.total ? o.hits(0, o.total) : (o.fallback?.hits(0, o.fallback.total) ?? []))));
  if (!lists.every((list) => list.length)) return undefined;
  const merged = new Map<string, FaqHit>();
  for (let i = 0; i < Math.max(...lists.map((list) => list.length)); i++) for (const list of lists) if (list[i] && !merged.has(list[i]!.key)) merged.set(list[i]!.key, list[i]!);
  const counts: Record<string, number> = {};
  for (const key of merged.keys()) counts[at.subcategory(key)] = (counts[at.subcategory(key)] ?? 0) + 1;
  const chosen = request.subcategories && new Set(request.subcategories);
  let hits = [...merged.values()].filter((h) => !chosen || chosen.has(at.subcategory(h.key)));
  if (request.sort === 'latest') hits.sort((a, b) => at.rank(a.key) - at.rank(b.key));
  if (request.sort === 'title') {
    const entries = new Map(await Promise.all(hits.map(async (h) => [h.key, await h.entry()] as const)));
    hits = hits.sort((a, b) => compareByTitle(entries.get(a.key)!, entries.get(b.key)!));
  }
  return { total: hits.length, hits: async (start, end) => hits.slice(start, end), counts, highlight: [...new Set(halves.flatMap((o) => o.highlight))], match: 'anywhere' };
}

/**
 * The vocabulary's time question (help-vocabulary.ts: 며칠, 얼마나 걸려, 얼마나 기다려 → 기간, 소요),
 * as its index word begins (synonymWord: the rule's first word, then its number).
 */
export const TIME_QUESTION = '며칠ǁ';

/**
 * The words a partial answer counts: the nouns (two or more), else every word. A time question
 * (얼마나 기다려야, 며칠) says how the question is asked, not what it is about: among two nouns or
 * more it is not counted (무통장으로 입금했는데 결제 완료로 바뀌려면 얼마나 기다려야: the page on
 * bank deposits says 10분 이내, not 기간, and is the one with every noun). Measured on the dev
 * sets: two questions gained their first answer, none lost one; two lost precision (one page more).
 */
export function countedWords<C extends { terms: readonly string[] }>(nouns: readonly C[], clauses: readonly C[]): readonly C[] {
  const things = nouns.filter((c) => !c.terms.some((t) => t.startsWith(TIME_QUESTION)));
  return things.length >= 2 ? things : nouns.length >= 2 ? nouns : clauses;
}

/**
 * -아야/-어야 contracted onto a stem without a final consonant (내야, 해야, 돼야, 봐야, 써야). Read
 * here, not by query.ts's verb forms: there, for every question, it gained one dev question and
 * lost two (2026-12-03); here, only when no page has every word, it gained two and lost one.
 */
const MUST_DO = /^[가-힣]*[내해돼봐줘와가써놔둬겨려워꿔]야$/;

/**
 * Words that end in -는 right before 법 or 방법 (주석 다는 법, 변수를 읽는 방법): the verb of a how-to,
 * whatever the stem (다는 is 달다, which the layer reads as the word 다). Not a noun made a verb by
 * 하다 or 되다 (표시하는 방법 asks about 표시). Measured on the dev sets: two questions gained
 * their first answer, one showed one page more.
 */
export function howToVerbs(query: string): Set<string> {
  return new Set([...query.matchAll(/(\S*[^\s하되]는) 방?법/g)].map((m) => m[1]!));
}

/** What search() has when no page has every word. */
export interface WithoutEveryWord {
  /** The words as parsed. */
  words: readonly QueryWord[];
  /** query.ts's parser, passed in: imported here, it split the query JS's shared modules into one chunk more (+300 bytes). */
  parse: typeof parseQuery;
  clauses: Clause[];
  /** The kind of page the wording asks for (intents.ts). */
  intent: Clause | undefined;
  request: SearchRequest;
  outcome: SearchOutcome;
  matchWith(kept: Clause[]): Promise<Matched | undefined>;
  respond(found: Matched, loose?: Clause[]): Promise<SearchOutcome>;
  /** korean-search.ts's own helpers, handed over rather than imported (see korean-search.ts). */
  tiers: readonly MatchTier[];
  inSubcategories: typeof inSubcategories;
  hitsOf: typeof hitsOf;
  requiredOf: typeof requiredOf;
}

/**
 * The answer when no page has every word (korean-search.ts, search). First, the question again
 * with a face or a number glued to a word written apart (tidied: two dev questions gained), with a
 * number's unit written apart from the word after it (unitApart: 1원인증; one gained), or with a
 * word no page has read without a syllable written onto a word pages are about (withoutAffix:
 * 배송중, 기사님이; four dev questions gained, none lost). Then the pages that say the
 * question word for word, as typed (한 달 사용 후기: 한 달 is read as 매달, which the review page
 * does not say), or all of it but the last word (쿠폰 조건 미달로 할인 금액 재계산: the page says
 * 재계산이라고). Measured on the dev sets: two gained their answer, none lost one. Then the one
 * page that writes a name with dots as the question does (writtenWithDots: server.allowedHosts).
 * Then two words written apart that pages are about as one (라우트 우선 순위), as one word. Then a
 * question that asks two things (Turso 데이터베이스 연결하고 Netlify에 배포하기): each answered on its own, the
 * answers taken in turn (answersInTurn). Else a verb never empties the answer while the nouns match
 * (앱 업데이트 꺼져요; also one with a contracted ending, MUST_DO: 새벽배송은 돈 따로 내야 돼요; two
 * dev questions gained, one lost its answer at 3rd): the nouns' pages are the results, ranked with the verb's words, and the
 * page says which words were left out; unless the verbs say more than
 * the nouns do (돈이 두 번 빠져나갔어요: two words of what went wrong, one of what about), then the
 * reading that keeps more words. Else the pages with most of the words, apart (bestPartial): one
 * word that no reading finds (카드할부개월수) gives its parts, the unknown one included; verbs do not
 * count towards "most of the words" unless the nouns meet on no page.
 */
export async function withoutEveryWord(engine: KoreanSearch, { words, clauses, intent, request, outcome, matchWith, respond, tiers, inSubcategories, hitsOf, requiredOf, parse }: WithoutEveryWord): Promise<SearchOutcome> {
  const query = normalizeText(request.query);
  // Asked again, as a whole: the words change, so every step below may answer differently.
  const unknown = clauses.filter((c) => !c.known).map((c) => c.label);
  const about = (word: string) => engine.about(word);
  const again = tidied(query) ?? (await unitApart(query, unknown, about)) ?? (await withoutAffix(query, unknown, about));
  if (again) return engine.search({ ...request, query: again });
  const first = !request.questionFirst && questionFirst(query, words, parse);
  if (first) return engine.search({ ...request, query: first, questionFirst: true });
  // The words as typed, for Pagefind to split as it splits the pages: the layer's own words part a
  // Latin word from its particle (CMS를 → cms, 를), which no page has in a row. Measured on the dev
  // sets (2026-12-04): ten documentation questions copied from a page (CMS를 사용하면 Markdown 파일
  // 대신 …, Promise에 await 또는 .catch() 핸들러가 …) gained their page, or lost the others shown with
  // it (R@10 +0.003, precision +0.008, MRR +0.004); none lost. A double quote would end the phrase.
  const typed = query.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  const saying = async (run: string[]) => (await engine.run(`"${run.join(' ')}"`, {})).results;
  let phrase = typed.length > 1 ? await saying(typed) : [];
  // Four words or more as typed but the last, which the page may write with a particle (…금액
  // 재계산이라고).
  if (!phrase.length && typed.length > 3) phrase = await saying(typed.slice(0, -1));
  if (phrase.length) return respond({ response: { results: phrase, unfilteredResultCount: phrase.length, tier: 'anywhere', terms: '' }, clauses });
  const dotted = await writtenWithDots(query, (name) => engine.run(name, {}).then((r) => r.results));
  if (dotted) return respond({ response: { results: dotted, unfilteredResultCount: dotted.length, tier: 'anywhere', terms: '' }, clauses });
  const spaced = await joinedSpaced(words, (w) => engine.about(w));
  const rejoined = spaced && (await matchWith(requiredOf(await engine.plan(spaced, request.typing === true))));
  if (rejoined) return respond(rejoined);
  const inTurn = await answersInTurn(engine, words, request);
  if (inTurn) return Object.assign(outcome, inTurn);
  // A verb the layer read as a word because its ending is contracted (내야, 해야, 봐야: 내 + 어야).
  const howTo = howToVerbs(query);
  const verbs = clauses.filter((c) => c.verb || MUST_DO.test(c.label) || howTo.has(c.label));
  const nouns = clauses.filter((c) => !verbs.includes(c));
  const byVerbs = verbs.length > nouns.length && nouns.length ? await matchWith(verbs) : undefined;
  if (byVerbs) return respond(byVerbs, nouns);
  const relaxed = verbs.length && nouns.length ? await matchWith(nouns) : undefined;
  if (relaxed) return respond(relaxed, verbs);
  const lone = clauses.length === 1 && !clauses[0]!.known ? clauses[0]! : undefined;
  let parts = lone && (await engine.split(lone.label, false, about));
  // An unspaced question that ends in its verb (설날새벽배송쉬나요): the longest start that splits,
  // the rest left out (쉬나요).
  let rest = '';
  for (let end = (lone?.label.length ?? 0) - 1; lone && !parts && end >= 4; end--) {
    parts = await engine.split(lone.label.slice(0, end), false, about);
    if (parts) rest = lone.label.slice(end);
  }
  const partialWords = parts ? [await engine.splitClause({ ...lone!, terms: parts, topic: true, known: true })].flat() : countedWords(nouns, clauses);
  const at = await engine.directory.locator();
  const { unmatched, best } = await bestPartial(
    partialWords,
    {
      alone: async (c) => (await engine.matchAll([{ ...c, noKeywordTier: true }]))?.response.results,
      // A single digit is a code too: a version (3으로 올렸더니: the page titled Astro v3, whose
      // title index-words.ts also gives the bare number). Measured on the dev sets (2026-12-04,
      // batches 1–32): documentation R@10 +0.0012, MRR +0.0014, 누리마켓 MRR +0.0004; four questions
      // gained, none lost.
      pages: async (c) => (/^([a-z\d][a-z\d]+|\d)$/.test(c.label) ? engine.count(c.label) : Infinity),
      titled: async (c) => {
        const found = await engine.matchAll([c]);
        return found?.response.tier === 'keyword' && !found.response.results[TITLED_PAGES] ? found.response.results : undefined;
      },
      // Searched as written (a 초성 key, which no page writes, names none), every page with the word:
      // only the best of them (the layer's mentions, engine.honest) found fewer answers (measured
      // before bestPartial asked only for words some page has: documentation R@10 +0.0051 against +0.0068).
      mentions: async (c) => (await engine.run(c.terms.join(' '), {})).results,
      everyWord: async (some) => (await engine.honest(some, true))?.results,
      // And error pages for a question about an error (error-pages.ts). Measured on the dev sets
      // (2026-12-05, batches 1–36): documentation R@10 +0.0048, precision +0.0007, MRR +0.0043;
      // fifteen questions gained (…다는 오류가 나요, 어댑터미설치서버렌더링오류), none lost; 누리마켓 has no
      // error section and is unchanged. Troubleshooting pages for them too: 누리마켓 +0.0006, documentation −0.0004.
      askedKind: async () => {
        const kind = intent ? (await engine.run(intent.terms[0]!, {})).results : [];
        return asksAboutError(query) ? [...kind, ...(await engine.run(ERROR_PAGE_WORD, {})).results] : kind;
      },
      together: async (kept) => {
        const found = await engine.matchAll(kept);
        return found && { results: found.response.results, rank: [tiers.indexOf(found.response.tier), -found.response.results[0]!.score] };
      },
      within: (results) => inSubcategories(results, request.subcategories, at),
    },
    clauses,
  );
  outcome.unmatched = unmatched;
  if (best) {
    const hits = hitsOf(best.results);
    // The best page may have every word searched: then what was left out is the end of the word
    // (설날새벽배송쉬나요: 쉬나요) or the verbs, which partial answers do not count.
    const left = [rest, ...clauses.filter((c) => c !== lone && !partialWords.includes(c)).map((c) => c.label)].filter(Boolean).join(', ');
    outcome.fallback = { dropped: best.dropped || left, total: hits.length, hits: async (start, end) => hits.slice(start, end) };
    outcome.highlight = best.highlight;
  }
  return outcome;
}
