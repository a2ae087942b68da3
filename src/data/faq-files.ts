/** Finding FAQ files and their ids outside Astro (import, check, new). */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** Every .mdx file under `dir`, sorted, optionally skipping one subtree. */
export function faqFiles(dir: string, skip?: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !skip || !file.startsWith(skip + path.sep))
    .sort();
}

/** Frontmatter of an MDX file: parsed data, its YAML, and where the body starts; undefined if absent. */
export function frontmatterOf(source: string): { data: unknown; yaml: string; bodyStart: number; error?: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!m) return undefined;
  try {
    return { data: parse(m[1]!) as unknown, yaml: m[1]!, bodyStart: m[0].length };
  } catch (error) {
    return { data: undefined, yaml: m[1]!, bodyStart: m[0].length, error: (error as Error).message };
  }
}

/** id → file of the FAQs under `dir` (frontmatter id, else the file name). */
export function existingFaqIds(dir: string, skip?: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of faqFiles(dir, skip)) {
    const data = frontmatterOf(fs.readFileSync(file, 'utf8'))?.data as { id?: unknown } | undefined;
    const id = typeof data?.id === 'string' ? data.id : path.basename(file, '.mdx');
    ids.set(id, path.relative(process.cwd(), file));
  }
  return ids;
}
