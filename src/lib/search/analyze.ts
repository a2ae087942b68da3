/**
 * Build-time analysis of the whole corpus: which stems are real words (evidence for stemming),
 * and the terms of each document with the fields they occur in.
 */
import { choseongOf, isHangulWord, syllableCount } from './hangul.ts';
import { suffixSplits, stemWord, takesSuffixes, type StemEvidence } from './morphology.ts';
import { foldCase, normalizeText, splitWords } from './normalize.ts';
import { encodeTf, FIELD_BODY, FIELD_CRUMB, FIELD_TAG, FIELD_TITLE, PART_ONLY, tfBucket } from './index-format.ts';

/** Words of a text as both sides see them: normalised, lower-cased, split. */
export function wordsOf(text: string): string[] {
  return splitWords(foldCase(normalizeText(text)));
}

/** Longest word we cut into tails; longer Hangul runs are usually unspaced machine text. */
const MAX_TAIL_SOURCE = 10;

/**
 * Corpus evidence for stemming: a stem is attested when it occurs as a word of its own, with two
 * different suffixes, or with one unambiguous suffix (에서, 하려면 …).
 */
export function collectEvidence(allWords: Iterable<string>): StemEvidence {
  const words = new Set<string>();
  const variety = new Map<string, Set<string>>();
  const certain = new Set<string>();
  for (const word of allWords) {
    if (words.has(word)) continue;
    words.add(word);
    if (!takesSuffixes(word)) continue;
    for (const split of suffixSplits(word)) {
      let set = variety.get(split.stem);
      if (!set) variety.set(split.stem, (set = new Set()));
      set.add(split.suffix);
      if (!split.ambiguous) certain.add(split.stem);
    }
  }
  return {
    attested: (stem) => words.has(stem) || (variety.get(stem)?.size ?? 0) >= 2 || certain.has(stem),
    mono: (stem) => syllableCount(stem) === 1 && stem.length === 1 && words.has(stem) && (variety.get(stem)?.size ?? 0) >= 2,
  };
}

/** A document's fields, already cut into words (each text is split once per build). */
export interface DocWords {
  title: readonly string[];
  tags: readonly (readonly string[])[];
  crumbs: readonly (readonly string[])[];
  body: readonly string[];
}

export function docWords(doc: { title: string; tags: readonly string[]; crumbs: readonly string[]; body: string }): DocWords {
  return { title: wordsOf(doc.title), tags: doc.tags.map(wordsOf), crumbs: doc.crumbs.map(wordsOf), body: wordsOf(doc.body) };
}

export interface DocTerm {
  flags: number;
  /** Body occurrences (for the tf bucket). */
  count: number;
}

/** The index terms of one word: its stem, the stem's tails (부분환불 → 환불) and a number's unit word. */
export function termsOfWord(word: string, stem: (w: string) => string): { term: string; part: boolean }[] {
  const out: { term: string; part: boolean }[] = [];
  const s = takesSuffixes(word) ? stem(word) : word;
  out.push({ term: s, part: false });
  // 500개 / 2단계: the unit word is also a word of its own (2단계 인증 → 단계).
  const unit = /^\d+([\uac00-\ud7a3]{2,})$/.exec(s);
  if (unit) out.push({ term: unit[1]!, part: false });
  if (isHangulWord(s) && s.length >= 3 && s.length <= MAX_TAIL_SOURCE) {
    for (let i = 1; i <= s.length - 2; i++) out.push({ term: s.slice(i), part: true });
  }
  return out;
}

/** Terms of one document with field flags, tf bucket and whether they only occur inside words. */
export function documentTerms(doc: DocWords, stem: (w: string) => string): Map<string, DocTerm> {
  const terms = new Map<string, DocTerm & { whole: boolean }>();
  const add = (words: readonly string[], field: number) => {
    for (const word of words) {
      for (const { term, part } of termsOfWord(word, stem)) {
        let t = terms.get(term);
        if (!t) terms.set(term, (t = { flags: 0, count: 0, whole: false }));
        t.flags |= field;
        if (field === FIELD_BODY) t.count++;
        if (!part) t.whole = true;
      }
    }
  };
  add(doc.title, FIELD_TITLE);
  for (const tag of doc.tags) add(tag, FIELD_TAG);
  for (const crumb of doc.crumbs) add(crumb, FIELD_CRUMB);
  add(doc.body, FIELD_BODY);
  const out = new Map<string, DocTerm>();
  for (const [term, t] of terms) {
    out.set(term, { flags: t.flags | encodeTf(tfBucket(t.count)) | (t.whole ? 0 : PART_ONLY), count: t.count });
  }
  return out;
}

/** 초성 key for a keyword term, or undefined when the term is not a Hangul word of 2+ syllables. */
export function choseongKey(term: string): string | undefined {
  return isHangulWord(term) && term.length >= 2 ? choseongOf(term) : undefined;
}

/** Memoised stemmer over corpus evidence. */
export function corpusStemmer(evidence: StemEvidence): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) cache.set(word, (s = stemWord(word, evidence)));
    return s;
  };
}
