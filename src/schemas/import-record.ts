/** One line of an import JSONL file (the format of the corpora in shared/corpus/). */
import { z } from 'astro/zod';
import { expecting } from './field-errors.ts';
import { FAQ_ID_PATTERN, isoDate } from './faq.ts';

const name = z.string({ error: expecting('분류 이름(문자열)') }).trim().min(1, { error: '분류 이름이 비어 있습니다.' });

export const importRecordSchema = z.object({
  /** Becomes the FAQ id and the end of its URL. */
  id: z.string({ error: expecting('id(문자열)') }).regex(FAQ_ID_PATTERN, { error: (issue) => `id는 영문 소문자·숫자·_.-와 /만 쓸 수 있습니다. 받은 값: "${String(issue.input)}"` }),
  title: z.string({ error: expecting('제목(문자열)') }).trim().min(1, { error: '제목이 비어 있습니다.' }),
  /** [service, category, subcategory] display names. */
  path: z.tuple([name, name, name], { error: expecting('세 단계 분류 이름 목록(예: ["서비스", "카테고리", "하위"])') }),
  updated: isoDate,
  tags: z.array(z.string({ error: expecting('태그(문자열)') }), { error: expecting('태그 목록') }).optional(),
  body: z.string({ error: expecting('본문 Markdown(문자열)') }),
});

export type ImportRecordInput = z.output<typeof importRecordSchema>;
