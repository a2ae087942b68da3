/** The Markdown file (.md) an imported record becomes: frontmatter, then the body as written. */
import { isoDay } from '../format.ts';
import type { ImportRecord } from './jsonl.ts';
import { demoteHeadings } from './markdown-body.ts';

/** YAML scalar: JSON strings are valid YAML double-quoted strings. */
const yamlString = (s: string) => JSON.stringify(s);

export function importedFaqFile(record: ImportRecord, categoryId: string): string {
  const lines = ['---', `id: ${yamlString(record.id)}`, `title: ${yamlString(record.title)}`, `category: ${categoryId}`, `updated: ${isoDay(record.updated)}`];
  if (record.tags?.length) lines.push(`tags: [${record.tags.map(yamlString).join(', ')}]`);
  lines.push('---', '', demoteHeadings(record.body).trim(), '');
  return lines.join('\n');
}
