/** Loads content/synonyms.yaml (optional) for the search index. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { toSynonymRules, type SynonymRule } from '../lib/search/synonyms.ts';
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
