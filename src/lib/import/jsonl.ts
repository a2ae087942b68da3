/** Reads import JSONL: every problem is reported with its line number; nothing is half-read. */
import { importRecordSchema, type ImportRecordInput } from '../../schemas/import-record.ts';

export interface ImportRecord extends ImportRecordInput {
  /** 1-based line number in the file. */
  line: number;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export function parseImportLines(text: string): { records: ImportRecord[]; problems: ImportProblem[] } {
  const records: ImportRecord[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, message: `JSON 한 줄로 읽을 수 없습니다 (${(error as Error).message}).` });
      return;
    }
    const result = importRecordSchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ line, message: `${issue.path.join('.') || '(줄 전체)'}: ${issue.message}` });
      return;
    }
    const first = seen.get(result.data.id);
    if (first !== undefined) {
      problems.push({ line, message: `id: "${result.data.id}"는 ${first}행에서 이미 쓰였습니다. id는 줄마다 달라야 합니다.` });
      return;
    }
    seen.set(result.data.id, line);
    records.push({ ...result.data, line });
  });
  return { records, problems };
}
