/**
 * Synonym groups. Each rule is one group: at build time every page with a phrase of the group gets
 * the group's index word; at query time words that trigger the rule are searched as that word.
 * A `same` rule works both ways (any phrase finds every phrase); a from/to rule one way (a `from`
 * phrase also finds the `to` phrases, not the reverse).
 */
import { disassemble, removeLastCharacter } from 'es-hangul';
import { wordsOf } from './analyze.ts';
import { isSuffix, suffixSplits } from './morphology.ts';

export interface SynonymRule {
  from: string[];
  to: string[];
  twoWay: boolean;
}

/** From the YAML shape ({same} or {from, to}) to rules. */
export function toSynonymRules(raw: readonly ({ same: string[] } | { from: string[]; to: string[] })[]): SynonymRule[] {
  return raw.map((r) => ('same' in r ? { from: r.same, to: r.same, twoWay: true } : { from: r.from, to: r.to, twoWay: false }));
}

/** Rules as doum.json keeps them: [from phrases, to phrases or 0 for a `same` rule], in group order. */
export type SynonymGroups = [string[], string[] | 0][];

export function synonymGroupsOf(rules: readonly SynonymRule[]): SynonymGroups {
  return rules.map((rule) => [rule.from, rule.twoWay ? 0 : rule.to]);
}

/** Back from doum.json's shape to rules. */
export function synonymRulesOf(groups: SynonymGroups): SynonymRule[] {
  return groups.map(([from, to]) => (to === 0 ? { from, to: from, twoWay: true } : { from, to, twoWay: false }));
}

/**
 * A phrase word's stem: the typed or written word is this stem plus any suffix (돌려받기 → 돌려, so
 * 돌려받으려면 matches). Only unambiguous endings are cut: no corpus is at hand to tell 결과 from 결+과;
 * and never down to one syllable (쓰는 stays whole: 쓰 would put every page with 쓰레기 in the group).
 */
export function stemLite(word: string): string {
  const split = suffixSplits(word).find((s) => !s.ambiguous && s.stem.length >= 2);
  if (split) return split.stem;
  // Writers list verbs as dictionary forms: 바꾸다, 바꾸기 → 바꾸 (so 바꾸고, 바꾸려면 match).
  return /^[\uac00-\ud7a3]{2,}[다기]$/.test(word) ? word.slice(0, -1) : word;
}

/** A phrase as stems of its words. */
function phraseStems(phrase: string): string[] {
  return wordsOf(phrase).map(stemLite);
}

/**
 * The typed word is the phrase word, or the phrase word plus a particle or ending (탈퇴하려면), or a
 * verb stem made a noun with 기 (만들기, 지우기: how-to queries are typed that way).
 */
function sameWord(typed: string, phraseStem: string, verbs?: boolean): boolean {
  return typed === phraseStem || suffixSplits(typed).some((split) => split.stem === phraseStem) || typed === `${phraseStem}기` || (!!verbs && fused(typed, phraseStem));
}

/** A rule of verbs: one that lists a dictionary form (옮기다). Only its stems fuse (모드 + ㄴ is no 모든). */
export const isVerbRule = (rule: SynonymRule) => rule.from.some((phrase) => /다$/.test(phrase));

/**
 * 옮길, 바꾼, 지울까요: an ending's ㄹ or ㄴ fused into the stem's last syllable. Not after the 아/어
 * forms' ㅓ, ㅕ, ㅝ (지워 + ㄴ is no 지원).
 */
export function fused(typed: string, stem: string): boolean {
  const head = typed.slice(0, stem.length);
  const rest = typed.slice(stem.length);
  return stem.length > 1 && /[ㄴㄹ]$/.test(disassemble(head)) && removeLastCharacter(head) === stem && !/[ㅓㅕ]$/.test(disassemble(stem)) && (!rest || isSuffix(rest));
}

/** Index side: group number → the phrases (as stems) that put a page in the group. */
export function groupTriggers(rules: readonly SynonymRule[]): Map<number, string[][]> {
  return new Map(rules.map((rule, group) => [group, [...new Set([...rule.from, ...rule.to])].map(phraseStems).filter((p) => p.length > 0)]));
}

/** Every word of a group's phrases, for marking matches on the page (환급 → 환불 too). */
export function groupWords(rule: SynonymRule): string[] {
  return [...new Set([...rule.from, ...rule.to].flatMap(phraseStems))];
}

export interface SynonymMatch {
  /** Index of the first query word the phrase covers. */
  start: number;
  /** Number of query words covered. */
  length: number;
  /** The rule (group) it triggers. */
  group: number;
}

/** The trigger phrases of a set of rules, as stems, longest first (matchSynonyms). */
const TRIGGERS = new WeakMap<readonly SynonymRule[], { words: string[]; group: number; verbs: boolean }[]>();

/**
 * Finds trigger phrases in the query words (longest phrase first, left to right, no overlaps):
 * the `from` phrases of every rule (for `same` rules that is every phrase), spaced or not.
 */
export function matchSynonyms(queryWords: readonly string[], rules: readonly SynonymRule[]): SynonymMatch[] {
  let triggers = TRIGGERS.get(rules);
  // Once per set of rules: cutting every phrase to stems took about 4 ms, and every query asks.
  if (!triggers) {
    triggers = rules
      .flatMap((rule, group) => rule.from.map((phrase) => ({ words: phraseStems(phrase), group, verbs: isVerbRule(rule) })))
      .filter((t) => t.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length);
    TRIGGERS.set(rules, triggers);
  }
  const matches: SynonymMatch[] = [];
  for (let i = 0; i < queryWords.length; i++) {
    const spaced = triggers.find((t) => i + t.words.length <= queryWords.length && t.words.every((w, k) => sameWord(queryWords[i + k]!, w, t.verbs)));
    // A phrase typed without its spaces (상담원연결 for 상담원 연결) is the phrase.
    const unspaced = spaced ? undefined : triggers.find((t) => t.words.length > 1 && sameWord(queryWords[i]!, t.words.join(''), t.verbs));
    if (spaced) matches.push({ start: i, length: spaced.words.length, group: spaced.group });
    else if (unspaced) matches.push({ start: i, length: 1, group: unspaced.group });
    if (spaced) i += spaced.words.length - 1;
  }
  return matches;
}
