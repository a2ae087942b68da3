/** The search's synonym rules: the writers' content/synonyms.yaml (optional) and doum's built-in vocabulary. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { HELP_VOCABULARY, type VocabularyRule } from '../lib/search/help-vocabulary.ts';
import { toSynonymRules, type SynonymRule } from '../lib/search/synonyms.ts';
import { withContractedForms } from '../lib/search/verb-forms.ts';
import { formatIssues } from '../schemas/field-errors.ts';
import { synonymsSchema } from '../schemas/synonyms.ts';
import { contentDir, displayPath } from './content-dir.ts';

export class SynonymsError extends Error {
  override name = 'SynonymsError';
}

export function loadSynonyms(file = path.join(contentDir(), 'synonyms.yaml')): SynonymRule[] {
  if (!fs.existsSync(file)) return [];
  const shown = displayPath(file);
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8')) ?? [];
  } catch (error) {
    throw new SynonymsError(`${shown}: YAML 문법 오류: ${(error as Error).message}`);
  }
  const result = synonymsSchema.safeParse(raw);
  if (!result.success) throw new SynonymsError(formatIssues(shown, result.error.issues));
  return toSynonymRules(result.data);
}

/**
 * Every rule the search uses: the writers' first (where a typed phrase triggers both, theirs
 * wins), then the built-in help-centre vocabulary.
 */
export function searchSynonyms(file?: string): SynonymRule[] {
  return [...loadSynonyms(file), ...vocabularyRules()];
}

/**
 * The built-in vocabulary as the search uses it (and as its tests check it). Its verbs, listed in
 * their dictionary form, also match their -아/-어 form (그만두다: 그만둬도). Not the writers' rules:
 * a verb in a rule of words that mean the same (변경 = 바꾸다) is read as that word, required, where
 * the vocabulary's verb rule leaves it out when no page has it.
 */
export function vocabularyRules(vocabulary: readonly VocabularyRule[] = HELP_VOCABULARY): SynonymRule[] {
  // Never a form the rule keeps out (비우다: 비워 두면 is "leave empty", not "delete").
  return toSynonymRules(vocabulary.map((rule) => (rule.same ? { same: rule.same } : { from: withContractedForms(rule.from ?? [], rule.not), to: rule.to ?? [] })));
}
