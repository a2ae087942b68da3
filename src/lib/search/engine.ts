/**
 * The search runtime: plans a query against the chunked index, fetches only the chunks it needs,
 * and ranks, counts and (on request) loads documents. Runs in the browser and, for tests and the
 * evaluation, in Node over the same files.
 */
import { convertQwertyToHangul } from 'es-hangul';
import { isHangulWord, prefixRange, syllableCount, typingRanges, type KeyRange } from './hangul.ts';
import {
  chunkFor,
  chunksForRange,
  decodeChoseongChunk,
  FIELD_BODY,
  FIELD_CRUMB,
  FIELD_TAG,
  FIELD_TITLE,
  PART_ONLY,
  TERM_WHOLE,
  TermChunk,
  decodeTf,
  type ChoseongEntry,
  type DocRecord,
  type SearchManifest,
} from './index-format.ts';
import { nounHeads, stemWord, suffixSplits, takesSuffixes } from './morphology.ts';
import { parseQuery, type QueryWord } from './query.ts';
import { matchSynonyms, type SynonymRule } from './synonyms.ts';

/** Fetches one index file (already decompressed) by its path under the index root. */
export type IndexLoader = (path: string) => Promise<Uint8Array>;

export type SearchSort = 'relevance' | 'latest' | 'title';

export interface SearchOptions {
  /** Node id (service, category or subcategory) to restrict results to. */
  category?: string | undefined;
  sort?: SearchSort;
  /** Keep passing mentions too (analysis and benchmarks: "every page that contains the word"). */
  keepTail?: boolean;
}

export interface Hit {
  doc: number;
  score: number;
  /** Every query word is a topic of the page (title, tags, category, or repeated in the body). */
  strong: boolean;
}

export interface SearchResponse {
  /** Words that took part (fillers removed), as typed after normalisation. */
  words: string[];
  /** All matching documents in the selected node, in the requested order. */
  hits: Hit[];
  /** Number of matches per manifest node (for the category filter), over the whole site. */
  counts: number[];
  /** Strings to mark in titles and excerpts. */
  highlight: string[];
  /** Query words that matched nothing anywhere. */
  unmatched: string[];
  /** Looser results (all words but one), shown apart and labelled; only when `hits` is empty. */
  fallback?: { dropped: string; hits: Hit[] };
  /** True when the query had no words: `hits` then lists the selected node (browse). */
  browse: boolean;
}

interface DocScore {
  score: number;
  /** Did the match occur in the title? */
  title: boolean;
  /** Is the page about the word: title, tags, category names, or the body more than once? */
  strong: boolean;
}

type DocScores = Map<number, DocScore>;

/** One query word (or synonym phrase) and every way it may match. */
interface Clause {
  label: string;
  /** Union over alternatives (max score). */
  scores: DocScores;
  highlight: string[];
  /**
   * A one-syllable word the index does not know (답을 → 답, 번에 → 번) says too little to veto a
   * page; it is left out of the match instead of emptying it.
   */
  optional?: boolean;
}

// How much a match counts, by how far it is from what was typed.
const EXACT = 1;
const PREFIX = 0.7;
const SEGMENTS = 0.85;
const SYNONYM = 0.8;
const CHOSEONG = 0.75;
const TYPING = 0.6;
const SLIP = 0.9;
/** Body occurrences from which a page counts as being about a word (not a passing mention). */
const STRONG_TF = 3;
/**
 * The tail cut: a result stays when it scores at least KEEP_RATIO of the best one, or when every
 * query word is prominent in it (title, tags, category, repeated in the body) and it scores at
 * least KEEP_STRONG_RATIO of the best. Pages that only mention the words in passing, next to pages
 * about them, are not results.
 */
const KEEP_RATIO = 0.7;
const KEEP_STRONG_RATIO = 0.2;
/** Longest unspaced word we try to split into known words (longer input is not a compound). */
const MAX_COMPOUND = 12;
/** Prefix and 초성 expansions considered per word, most frequent first. */
const MAX_EXPANSIONS = 40;

export class SearchEngine {
  private manifestPromise?: Promise<SearchManifest>;
  private readonly termChunks = new Map<number, Promise<TermChunk>>();
  private readonly choChunks = new Map<number, Promise<ChoseongEntry[]>>();
  private readonly docs = new Map<number, Promise<DocRecord>>();
  private sortPromise?: Promise<Uint16Array>;

  private readonly load: IndexLoader;

  constructor(load: IndexLoader) {
    this.load = load;
  }

  manifest(): Promise<SearchManifest> {
    this.manifestPromise ??= this.load('manifest.bin').then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as SearchManifest);
    return this.manifestPromise;
  }

  // Each cache entry is set before anything is awaited, so concurrent lookups share one fetch.
  private termChunk(i: number): Promise<TermChunk> {
    let p = this.termChunks.get(i);
    if (!p) {
      p = this.manifest()
        .then((m) => this.load(`${m.dir}/t${i}.bin`))
        .then((bytes) => new TermChunk(bytes));
      this.termChunks.set(i, p);
    }
    return p;
  }

  private choChunk(i: number): Promise<ChoseongEntry[]> {
    let p = this.choChunks.get(i);
    if (!p) {
      p = this.manifest()
        .then((m) => this.load(`${m.dir}/c${i}.bin`))
        .then(decodeChoseongChunk);
      this.choChunks.set(i, p);
    }
    return p;
  }

  /** One document's record (title, subcategory, date, text). */
  doc(id: number): Promise<DocRecord> {
    let p = this.docs.get(id);
    if (!p) {
      p = this.manifest().then((m) => this.load(`${m.dir}/d/${id}.bin`)).then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as DocRecord);
      p.catch(() => this.docs.delete(id));
      this.docs.set(id, p);
    }
    return p;
  }

  private sortKeys(): Promise<Uint16Array> {
    this.sortPromise ??= this.manifest()
      .then((m) => this.load(`${m.dir}/sort.bin`))
      .then((bytes) => new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    return this.sortPromise;
  }

  // ——— dictionary access ———

  private async lookup(term: string): Promise<{ chunk: TermChunk; index: number } | undefined> {
    const m = await this.manifest();
    if (!m.terms.length) return undefined;
    const chunk = await this.termChunk(chunkFor(m.terms, term));
    const index = chunk.find(term);
    return index < 0 ? undefined : { chunk, index };
  }

  private async rangeLookup(range: KeyRange): Promise<{ chunk: TermChunk; index: number }[]> {
    const m = await this.manifest();
    if (!m.terms.length) return [];
    const chunks = await Promise.all(chunksForRange(m.terms, range.from, range.to).map((i) => this.termChunk(i)));
    return chunks.flatMap((chunk) => chunk.range(range.from, range.to).map((index) => ({ chunk, index })));
  }

  private async isWhole(term: string): Promise<boolean> {
    const hit = await this.lookup(term);
    return !!hit && (hit.chunk.flags[hit.index]! & TERM_WHOLE) !== 0;
  }

  // ——— scoring ———

  private scoresOf(refs: { chunk: TermChunk; index: number }[], factor: number, n: number): DocScores {
    const out: DocScores = new Map();
    for (const { chunk, index } of refs) {
      const idf = Math.log(1 + n / chunk.df[index]!);
      for (const p of chunk.postings(index)) {
        const s = factor * idf * fieldWeight(p.flags, p.titleLength);
        const prev = out.get(p.doc);
        const title = (p.flags & FIELD_TITLE) !== 0;
        const strong = (p.flags & (FIELD_TITLE | FIELD_TAG | FIELD_CRUMB)) !== 0 || decodeTf(p.flags) >= STRONG_TF;
        if (!prev) out.set(p.doc, { score: s, title, strong });
        else {
          if (s > prev.score) prev.score = s;
          prev.title ||= title;
          prev.strong ||= strong;
        }
      }
    }
    return out;
  }

  // ——— resolving one word ———

  /** Every way one query word can match, merged into one score map. */
  private async resolveWord(word: QueryWord, last: boolean, depth = 0): Promise<Clause> {
    const m = await this.manifest();
    const clause: Clause = { label: word.text, scores: new Map(), highlight: [] };
    const add = (scores: DocScores, highlight: string[]) => {
      if (!scores.size) return;
      mergeMax(clause.scores, scores);
      for (const h of highlight) if (!clause.highlight.includes(h)) clause.highlight.push(h);
    };

    if (word.kind === 'choseong' && !(last && word.text.length === 1)) {
      await this.resolveChoseong(word.text, last, add, m.n);
      return clause;
    }

    const text = word.text;
    const hasJamoTail = /[\u3131-\u318e]$/.test(text);
    const stem = hasJamoTail || !takesSuffixes(text) ? text : await this.stem(text, m);
    if (!hasJamoTail) {
      const exact = await this.lookup(stem);
      if (exact) add(this.scoresOf([exact], EXACT, m.n), [stem]);
      // Prefixes: 등록 → 등록기간; short words only while typing (too broad otherwise).
      if (stemLength(stem) >= 2 || (last && stemLength(stem) >= 1 && word.kind !== 'hangul')) {
        const refs = topByDf((await this.rangeLookup(prefixRange(stem))).filter((r) => r.chunk.terms[r.index] !== stem));
        add(this.scoresOf(refs, PREFIX, m.n), [stem]);
      }
      // Unspaced compounds: 부분환불 → 부분 + 환불, so "부분 환불" is found too.
      if (isHangulWord(stem) && stem.length >= 3 && stem.length <= MAX_COMPOUND) {
        const parts = await this.segment(stem);
        if (parts) {
          const partScores = await Promise.all(parts.map(async (part) => this.scoresOf(await this.withPrefix(part), SEGMENTS, m.n)));
          add(intersectAverage(partScores), parts);
        }
      }
    }
    // The last word may be half-typed (환ㅂ → 환불, 계조 → 계좌, API ㅋ → API 키): tried only when
    // the word as typed matches nothing, so a finished word like 봇 is not widened to 보상.
    if (last && (hasJamoTail || (isHangulWord(text) && clause.scores.size === 0))) {
      const seen = new Set<string>();
      const found = (await Promise.all(typingRanges(text).map((r) => this.rangeLookup(r)))).flat().filter((r) => !seen.has(r.chunk.terms[r.index]!) && seen.add(r.chunk.terms[r.index]!));
      // One unfinished syllable could be thousands of words: keep the most common readings.
      const refs = topByDf(found, syllableCount(text) <= 1 ? MAX_EXPANSIONS / 2 : MAX_EXPANSIONS);
      add(this.scoresOf(refs, TYPING, m.n), refs.slice(0, 5).map((r) => r.chunk.terms[r.index]!));
    }
    if (clause.scores.size === 0 && word.kind === 'hangul' && isOneSyllableWord(text)) clause.optional = true;
    // Typed with the keyboard in English mode: ghksqnf → 환불, only when the Latin finds nothing.
    if (clause.scores.size === 0 && word.kind === 'latin' && depth === 0 && /^[a-zA-Z]+$/.test(word.raw)) {
      const hangul = convertQwertyToHangul(word.raw);
      if (hangul !== word.raw && /[\uac00-\ud7a3]/.test(hangul)) {
        const inner = await this.resolveWord({ text: hangul, raw: hangul, kind: isHangulWord(hangul) ? 'hangul' : 'mixed' }, last, depth + 1);
        for (const s of inner.scores.values()) s.score *= SLIP;
        add(inner.scores, inner.highlight);
      }
    }
    return clause;
  }

  /**
   * Stem with the dictionary as evidence: a stem counts if the index has it as a word, or (for a
   * verb: 바꾸고 → 바꾸) as the start of words it has. A word no ending explains may still be a
   * known noun plus an unlisted ending (삭제해버렸어요 → 삭제).
   */
  private async stem(word: string, m: SearchManifest): Promise<string> {
    // Stems are prefixes of the word, so these lookups mostly share one chunk.
    const candidates = new Set(suffixSplits(word).map((s) => s.stem));
    for (let cut = 2; cut <= word.length; cut++) candidates.add(word.slice(0, cut));
    const known = new Map<string, boolean>();
    await Promise.all(
      [...candidates].map(async (c) => {
        // One syllable could start thousands of words, so it must be a word itself; longer
        // candidates read their prefix range once, which holds the candidate too.
        if (syllableCount(c) < 2) return known.set(c, await this.isWhole(c));
        const refs = await this.rangeLookup(prefixRange(c));
        known.set(c, refs.some((r) => (r.chunk.flags[r.index]! & TERM_WHOLE) !== 0));
      }),
    );
    const mono = new Set(m.mono);
    const isKnown = (s: string) => known.get(s) ?? false;
    const stem = stemWord(word, { attested: isKnown, mono: (s) => mono.has(s) });
    if (isKnown(stem) || (await this.isWhole(word))) return stem;
    for (const head of nounHeads(word, isKnown)) if (!(await this.isWhole(word.slice(head.length)))) return head;
    return stem;
  }

  /** Exact term plus its prefix expansions, for compound parts. */
  private async withPrefix(part: string) {
    return topByDf(await this.rangeLookup(prefixRange(part)));
  }

  /**
   * Splits an unspaced compound into words the index knows (each ≥ 2 syllables), fewest parts
   * first: 챗봇관리자센터 → 챗봇 + 관리자센터. Undefined when no full split exists.
   */
  private async segment(word: string): Promise<string[] | undefined> {
    // Left to right, longest piece first; pieces starting at one position share a chunk, so only
    // the positions actually reached are fetched.
    const memo = new Map<number, string[] | null>();
    const from = async (i: number): Promise<string[] | null> => {
      if (i === word.length) return [];
      if (memo.has(i)) return memo.get(i)!;
      const pieces: string[] = [];
      for (let j = word.length; j >= i + 2; j--) if (i > 0 || j < word.length) pieces.push(word.slice(i, j));
      const known = await Promise.all(pieces.map((p) => this.isWhole(p)));
      let best: string[] | null = null;
      for (let k = 0; k < pieces.length && !(best && best.length <= 2); k++) {
        if (!known[k]) continue;
        const rest = await from(i + pieces[k]!.length);
        if (rest && (!best || rest.length + 1 < best.length)) best = [pieces[k]!, ...rest];
      }
      memo.set(i, best);
      return best;
    };
    const parts = await from(0);
    return parts && parts.length >= 2 ? parts : undefined;
  }

  private async resolveChoseong(key: string, last: boolean, add: (s: DocScores, h: string[]) => void, n: number): Promise<void> {
    if (key.length < 2) return; // one consonant says too little
    const m = await this.manifest();
    if (!m.cho.length) return;
    const range = last ? prefixRange(key) : { from: key, to: `${key}\u0000` };
    const chunks = await Promise.all(chunksForRange(m.cho, range.from, range.to).map((i) => this.choChunk(i)));
    const terms = chunks
      .flat()
      .filter((e) => e.key >= range.from && e.key < range.to)
      .flatMap((e) => e.terms.map((t) => ({ ...t, exact: e.key === key })))
      .sort((a, b) => Number(b.exact) - Number(a.exact) || b.df - a.df);
    if (!terms.length) return;
    // Keep the dominant readings: ㅎㅂ is 환불 here, not every rare word with those consonants.
    const top = terms[0]!.df;
    const chosen = terms.filter((t) => t.exact === terms[0]!.exact && t.df * 5 >= top).slice(0, 3);
    const refs = (await Promise.all(chosen.map((t) => this.lookup(t.term)))).filter((r) => r !== undefined);
    add(this.scoresOf(refs, CHOSEONG, n), chosen.map((t) => t.term));
  }

  // ——— the query ———

  async search(input: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const m = await this.manifest();
    const parsed = parseQuery(input);
    // Ask for every word's chunk at once, before resolving words one lookup at a time.
    if (m.terms.length) for (const w of parsed.words) if (w.kind !== 'choseong') void this.termChunk(chunkFor(m.terms, w.text));
    const node = options.category ? m.nodes.findIndex((x) => x[0] === options.category) : -1;
    const [start, end] = node >= 0 ? [m.nodes[node]![3], m.nodes[node]![4]] : [0, m.n];
    const sort = options.sort ?? 'relevance';

    if (parsed.words.length === 0) {
      const all: Hit[] = [];
      for (let d = start; d < end; d++) all.push({ doc: d, score: 0, strong: true });
      return { words: [], hits: await this.order(all, sort === 'relevance' ? 'latest' : sort), counts: m.nodes.map((x) => x[4] - x[3]), highlight: [], unmatched: [], browse: true };
    }

    const all = await this.clauses(parsed.words, m.syn);
    const required = all.filter((c) => !c.optional);
    const clauses = required.length ? required : all;
    const matched = intersectSum(clauses.map((c) => c.scores), clauses.length);
    const kept = options.keepTail ? matched : cutTail(matched);
    const counts = countPerNode(m, kept);
    const inNode = [...kept].filter(([doc]) => doc >= start && doc < end).map(([doc, s]) => ({ doc, score: s.score, strong: s.strong }));
    const response: SearchResponse = {
      words: parsed.words.map((w) => w.text),
      hits: await this.order(inNode, sort),
      counts,
      highlight: [...new Set(clauses.flatMap((c) => c.highlight))],
      unmatched: all.filter((c) => c.scores.size === 0).map((c) => c.label),
      browse: false,
    };
    if (response.hits.length === 0 && clauses.length >= 2) {
      const fallback = this.fallback(clauses, start, end);
      if (fallback) response.fallback = { dropped: fallback.dropped, hits: await this.order(fallback.hits, sort) };
    }
    return response;
  }

  private async clauses(words: QueryWord[], rules: SearchManifest['syn']): Promise<Clause[]> {
    const synonymRules: SynonymRule[] = rules.map(([from, to, twoWay]) => ({ from, to, twoWay: twoWay === 1 }));
    const matches = matchSynonyms(words.map((w) => w.text), synonymRules);
    const out: Promise<Clause>[] = [];
    for (let i = 0; i < words.length; i++) {
      const last = i === words.length - 1;
      const match = matches.find((x) => x.start === i);
      if (!match) {
        out.push(this.resolveWord(words[i]!, last));
        continue;
      }
      const group = words.slice(i, i + match.length);
      out.push(this.resolveSynonymGroup(group, match.alternatives, last));
      i += match.length - 1;
    }
    return Promise.all(out);
  }

  /** A phrase with synonyms: its own words (all of them), or any alternative phrase. */
  private async resolveSynonymGroup(group: QueryWord[], alternatives: string[][], last: boolean): Promise<Clause> {
    const clause: Clause = { label: group.map((w) => w.text).join(' '), scores: new Map(), highlight: [] };
    const phrase = async (words: QueryWord[], factor: number) => {
      const parts = await Promise.all(words.map((w, k) => this.resolveWord(w, last && k === words.length - 1)));
      const scores = intersectAverage(parts.map((p) => p.scores));
      for (const s of scores.values()) s.score *= factor;
      if (scores.size) {
        mergeMax(clause.scores, scores);
        for (const p of parts) clause.highlight.push(...p.highlight);
      }
    };
    await phrase(group, EXACT);
    for (const alt of alternatives) await phrase(alt.map((text) => ({ text, raw: text, kind: isHangulWord(text) ? 'hangul' : /^[a-z0-9]+$/.test(text) ? 'latin' : 'mixed' })), SYNONYM);
    clause.highlight = [...new Set(clause.highlight)];
    return clause;
  }

  /**
   * Documents matching every word but one, shown apart as "일부 단어만 일치하는 결과". The word
   * left out is one that matches nothing when there is one, else the one whose absence leaves the
   * strongest match.
   */
  private fallback(clauses: Clause[], start: number, end: number): { dropped: string; hits: Hit[] } | undefined {
    let best: { dropped: string; hits: Hit[]; unmatched: boolean; top: number } | undefined;
    clauses.forEach((clause, i) => {
      const others = clauses.filter((_, k) => k !== i);
      const hits = [...cutTail(intersectSum(others.map((c) => c.scores), others.length))]
        .filter(([doc]) => doc >= start && doc < end)
        .map(([doc, s]) => ({ doc, score: s.score, strong: s.strong }));
      if (!hits.length) return;
      const unmatched = clause.scores.size === 0;
      const top = Math.max(...hits.map((h) => h.score));
      if (!best || (unmatched && !best.unmatched) || (unmatched === best.unmatched && top > best.top)) best = { dropped: clause.label, hits, unmatched, top };
    });
    return best && { dropped: best.dropped, hits: best.hits };
  }

  private async order(hits: Hit[], sort: SearchSort): Promise<Hit[]> {
    if (sort === 'relevance') return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const keys = await this.sortKeys();
    return sort === 'latest'
      ? hits.sort((a, b) => keys[b.doc * 2]! - keys[a.doc * 2]! || keys[a.doc * 2 + 1]! - keys[b.doc * 2 + 1]!)
      : hits.sort((a, b) => keys[a.doc * 2 + 1]! - keys[b.doc * 2 + 1]!);
  }
}

/** How strongly a posting's fields say "this page is about the word". */
const WEIGHTS = { title: 3, titleShort: 3, tag: 1.5, crumb: 1, body: 0.5, tf: 0.3, passing: 0.5, part: 0.85 };

export function fieldWeight(flags: number, titleLength: number): number {
  let w = 0;
  // A short title that contains the word is about it; a long one merely mentions it.
  if (flags & FIELD_TITLE) w += WEIGHTS.title + WEIGHTS.titleShort / Math.max(1, titleLength);
  if (flags & FIELD_TAG) w += WEIGHTS.tag;
  if (flags & FIELD_CRUMB) w += WEIGHTS.crumb;
  const tf = decodeTf(flags);
  if (flags & FIELD_BODY) w += WEIGHTS.body + WEIGHTS.tf * tf;
  // Mentioned once or twice in passing, nowhere prominent: the page is not about the word.
  if (!(flags & (FIELD_TITLE | FIELD_TAG | FIELD_CRUMB)) && tf < STRONG_TF) w *= WEIGHTS.passing;
  return flags & PART_ONLY ? w * WEIGHTS.part : w;
}

/** One syllable, bare or with a one-syllable ending: 답, 답을, 번에. */
function isOneSyllableWord(text: string): boolean {
  const n = syllableCount(text);
  return n === 1 || (n === 2 && suffixSplits(text).some((x) => syllableCount(x.stem) === 1));
}

function stemLength(stem: string): number {
  return isHangulWord(stem) ? syllableCount(stem) : stem.length >= 3 ? 2 : stem.length >= 2 ? 1 : 0;
}

function topByDf<T extends { chunk: TermChunk; index: number }>(refs: T[], limit = MAX_EXPANSIONS): T[] {
  return refs.length <= limit ? refs : [...refs].sort((a, b) => b.chunk.df[b.index]! - a.chunk.df[a.index]!).slice(0, limit);
}

function mergeMax(into: DocScores, from: DocScores): void {
  for (const [doc, s] of from) {
    const prev = into.get(doc);
    if (!prev) into.set(doc, { ...s });
    else {
      if (s.score > prev.score) prev.score = s.score;
      prev.title ||= s.title;
      prev.strong ||= s.strong;
    }
  }
}

/** Documents present in every map, with their scores summed and the flags of all matches. */
function intersect(maps: DocScores[]): Map<number, DocScore> {
  const out = new Map<number, DocScore>();
  if (!maps.length || maps.some((x) => x.size === 0)) return out;
  const [smallest, ...rest] = [...maps].sort((a, b) => a.size - b.size);
  for (const [doc, s] of smallest!) {
    const all: DocScore = { ...s };
    for (const other of rest) {
      const o = other.get(doc);
      if (!o) {
        all.score = Number.NaN;
        break;
      }
      all.score += o.score;
      all.title &&= o.title;
      all.strong &&= o.strong;
    }
    if (!Number.isNaN(all.score)) out.set(doc, all);
  }
  return out;
}

/** Documents in every map, with the average score (parts of one compound count as one word). */
function intersectAverage(maps: DocScores[]): DocScores {
  const out = intersect(maps);
  for (const s of out.values()) s.score /= maps.length;
  return out;
}

/** Documents matching every clause; score is the sum, plus a bonus when all match in the title. */
function intersectSum(maps: DocScores[], clauseCount: number): Map<number, { score: number; strong: boolean }> {
  const out = intersect(maps);
  for (const s of out.values()) if (s.title) s.score += 2 * clauseCount;
  return out;
}

/** Drops the passing mentions next to pages about the query (see KEEP_RATIO). */
function cutTail<T extends { score: number; strong: boolean }>(matched: Map<number, T>): Map<number, T> {
  let top = 0;
  for (const s of matched.values()) if (s.score > top) top = s.score;
  const out = new Map<number, T>();
  for (const [doc, s] of matched) if (s.score >= KEEP_RATIO * top || (s.strong && s.score >= KEEP_STRONG_RATIO * top)) out.set(doc, s);
  return out;
}

function countPerNode(m: SearchManifest, matched: Map<number, unknown>): number[] {
  const docs = [...matched.keys()].sort((a, b) => a - b);
  const below = (x: number) => {
    let lo = 0;
    let hi = docs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (docs[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return m.nodes.map(([, , , start, end]) => below(end) - below(start));
}

