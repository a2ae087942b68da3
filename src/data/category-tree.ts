/**
 * Loads content/categories.yaml once per process. Synchronous on purpose: the FAQ schema in
 * content.config.ts needs the valid subcategory ids before any collection loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildCategoryTree, CategoryTreeError, type CategoryTree } from '../lib/category-tree.ts';
import { categoryTreeSchema } from '../schemas/category-tree.ts';
import { formatIssues } from '../schemas/field-errors.ts';
import { contentDir, displayPath } from './content-dir.ts';

const cache = new Map<string, CategoryTree>();

/** Parses and validates a tree file; every failure names the file and the field. */
export function loadCategoryTreeFile(file: string): CategoryTree {
  const shown = displayPath(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CategoryTreeError(`${shown}: 분류 트리 파일이 없습니다. 서비스 › 카테고리 › 하위 카테고리를 YAML로 적어 주세요.`);
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new CategoryTreeError(`${shown}: YAML 문법 오류: ${(error as Error).message}`);
  }
  const result = categoryTreeSchema.safeParse(raw);
  if (!result.success) throw new CategoryTreeError(formatIssues(shown, result.error.issues));
  return buildCategoryTree(result.data, shown);
}

/** The site's tree (content/categories.yaml under the content directory). */
export function getCategoryTree(): CategoryTree {
  const file = path.join(contentDir(), 'categories.yaml');
  let tree = cache.get(file);
  if (!tree) {
    tree = loadCategoryTreeFile(file);
    cache.set(file, tree);
  }
  return tree;
}
