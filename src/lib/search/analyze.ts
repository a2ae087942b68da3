/**
 * Build-time analysis of the whole corpus: which stems are real words (evidence for stemming),
 * and the terms of each document with the fields they occur in.
 */
import { choseongOf, isHangulWord, syllableCount } from './hangul.ts';
import { suffixSplits, stemWord, takesSuffixes, type StemEvidence } from './morphology.ts';
import { foldCase, normalizeText, splitWords } from './normalize.ts';

/** Where a term occurs in a document (bit flags). */
export const FIELD_TITLE = 1;
export const FIELD_TAG = 2;
export const FIELD_CRUMB = 4;
export const FIELD_BODY = 8;

/** Words of a text as both sides see them: normalised, lower-cased, split. */
export function wordsOf(text: string): string[] {
  return splitWords(foldCase(normalizeText(text)));
}

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
  /** FIELD_* bits. */
  flags: number;
  /** Body occurrences. */
  count: number;
}

/** The terms of one word: its stem, and a number's unit word (2단계 → 단계). */
export function termsOfWord(word: string, stem: (w: string) => string): string[] {
  const s = takesSuffixes(word) ? stem(word) : word;
  // 500개 / 2단계: the unit word is also a word of its own (2단계 인증 → 단계).
  const unit = /^\d+([\uac00-\ud7a3]{2,})$/.exec(s);
  return unit ? [s, unit[1]!] : [s];
}

/** Terms of one document with the fields they occur in and their count in the answer. */
export function documentTerms(doc: DocWords, stem: (w: string) => string): Map<string, DocTerm> {
  const terms = new Map<string, DocTerm>();
  const add = (words: readonly string[], field: number) => {
    for (const word of words) {
      for (const term of termsOfWord(word, stem)) {
        let t = terms.get(term);
        if (!t) terms.set(term, (t = { flags: 0, count: 0 }));
        t.flags |= field;
        if (field === FIELD_BODY) t.count++;
      }
    }
  };
  add(doc.title, FIELD_TITLE);
  for (const tag of doc.tags) add(tag, FIELD_TAG);
  for (const crumb of doc.crumbs) add(crumb, FIELD_CRUMB);
  add(doc.body, FIELD_BODY);
  return terms;
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
