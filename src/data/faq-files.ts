/** Finding FAQ files and their ids outside the content collection (import, check, new, MDX rules). */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { FAQ_FILE_PATTERN, faqIdOf } from './faq-id.ts';

/** Every .md and .mdx file under `dir`, sorted, optionally skipping one subtree. */
export function faqFiles(dir: string, skip?: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile() && FAQ_FILE_PATTERN.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !skip || !file.startsWith(skip + path.sep))
    .sort();
}

/** Frontmatter of an FAQ file: parsed data, its YAML, and where the body starts; undefined if absent. */
export function frontmatterOf(source: string): { data: unknown; yaml: string; bodyStart: number; error?: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return undefined;
  try {
    return { data: parse(m[1]!) as unknown, yaml: m[1]!, bodyStart: m[0].length };
  } catch (error) {
    return { data: undefined, yaml: m[1]!, bodyStart: m[0].length, error: (error as Error).message };
  }
}

/** The id a file's FAQ gets, read from its source (see faqIdOf). */
export function faqIdOfSource(file: string, source: string): string {
  return faqIdOf(file, frontmatterOf(source)?.data as Record<string, unknown> | undefined);
}

/** id → file of the FAQs under `dir`. */
export function existingFaqIds(dir: string, skip?: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of faqFiles(dir, skip)) ids.set(faqIdOfSource(file, fs.readFileSync(file, 'utf8')), path.relative(process.cwd(), file));
  return ids;
}

/**
 * FAQ ids under `dir` for <FaqLink> checks, read once per process. Asked for an id it does not
 * know, it reads the folder again first: in `astro dev` the writer may just have added that FAQ.
 */
export function faqIdLookup(dir: string): (wanted?: string) => ReadonlySet<string> {
  let ids: Set<string> | undefined;
  return (wanted) => {
    if (!ids || (wanted !== undefined && !ids.has(wanted))) ids = new Set(existingFaqIds(dir).keys());
    return ids;
  };
}
