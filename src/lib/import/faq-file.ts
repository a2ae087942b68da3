/** The MDX file an imported record becomes. */
import { isoDay } from '../format.ts';
import type { ImportRecord } from './jsonl.ts';
import { demoteHeadings, markdownToMdx } from './markdown-to-mdx.ts';

/** YAML scalar: JSON strings are valid YAML double-quoted strings. */
const yamlString = (s: string) => JSON.stringify(s);

export function importedFaqFile(record: ImportRecord, categoryId: string): string {
  const lines = ['---', `id: ${yamlString(record.id)}`, `title: ${yamlString(record.title)}`, `category: ${categoryId}`, `updated: ${isoDay(record.updated)}`];
  if (record.tags?.length) lines.push(`tags: [${record.tags.map(yamlString).join(', ')}]`);
  lines.push('---', '', markdownToMdx(demoteHeadings(record.body)).trim(), '');
  return lines.join('\n');
}
