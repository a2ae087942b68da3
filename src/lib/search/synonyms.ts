/**
 * Writer-edited synonyms, applied at search time. A rule says: when the visitor's words match a
 * phrase in `from`, also accept documents with any phrase in `to` (both ways for `same` rules).
 */
import { wordsOf } from './analyze.ts';
import { suffixSplits } from './morphology.ts';

export interface SynonymRule {
  from: string[];
  to: string[];
  twoWay: boolean;
}

/** From the YAML shape ({same} or {from, to}) to rules. */
export function toSynonymRules(raw: readonly ({ same: string[] } | { from: string[]; to: string[] })[]): SynonymRule[] {
  return raw.map((r) => ('same' in r ? { from: r.same, to: r.same, twoWay: true } : { from: r.from, to: r.to, twoWay: false }));
}

/**
 * A phrase word matches a typed word when the typed word is the phrase word's stem plus any
 * suffix (돌려받기 → 돌려, so 돌려받으려면 matches). Stems here use only unambiguous endings, since
 * the dictionary is not at hand when synonyms are matched.
 */
function stemLite(word: string): string {
  const split = suffixSplits(word).find((s) => !s.ambiguous && s.stem.length >= 1);
  if (split) return split.stem;
  // Writers list verbs as dictionary forms: 바꾸다, 바꾸기 → 바꾸 (so 바꾸고, 바꾸려면 match).
  return /^[\uac00-\ud7a3]{2,}[다기]$/.test(word) ? word.slice(0, -1) : word;
}

/** The typed word is the phrase word, or the phrase word plus a particle or ending (탈퇴하려면). */
function sameWord(typed: string, phraseStem: string): boolean {
  return typed === phraseStem || suffixSplits(typed).some((split) => split.stem === phraseStem);
}

export interface SynonymMatch {
  /** Index of the first query word the phrase covers. */
  start: number;
  /** Number of query words covered. */
  length: number;
  /** Phrases to search for instead, each a list of words. */
  alternatives: string[][];
}

/**
 * Finds synonym phrases in the query words (longest phrase first, left to right, no overlaps).
 * `from` phrases of one-way rules and every phrase of two-way rules are triggers.
 */
export function matchSynonyms(queryWords: readonly string[], rules: readonly SynonymRule[]): SynonymMatch[] {
  const triggers: { words: string[]; targets: string[][] }[] = [];
  for (const rule of rules) {
    const targets = rule.to.map(wordsOf);
    for (const phrase of rule.from) {
      const words = wordsOf(phrase);
      if (words.length) triggers.push({ words: words.map(stemLite), targets: targets.filter((t) => t.join(' ') !== words.join(' ')) });
    }
  }
  triggers.sort((a, b) => b.words.length - a.words.length);
  const matches: SynonymMatch[] = [];
  const used = new Set<number>();
  for (let i = 0; i < queryWords.length; i++) {
    if (used.has(i)) continue;
    for (const trigger of triggers) {
      const n = trigger.words.length;
      if (i + n > queryWords.length) continue;
      const fits = trigger.words.every((w, k) => !used.has(i + k) && sameWord(queryWords[i + k]!, w));
      if (!fits || trigger.targets.length === 0) continue;
      const existing = matches.find((m) => m.start === i && m.length === n);
      if (existing) existing.alternatives.push(...trigger.targets);
      else matches.push({ start: i, length: n, alternatives: [...trigger.targets] });
    }
    const match = matches.find((m) => m.start === i);
    if (match) for (let k = 0; k < match.length; k++) used.add(i + k);
  }
  return matches;
}
