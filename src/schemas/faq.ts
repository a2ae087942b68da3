/**
 * Frontmatter of one FAQ (content/faq/**\/*.mdx). Built per tree because `category` must name a
 * subcategory that exists in content/categories.yaml.
 */
import { z } from 'astro/zod';
import { closest, describeValue, expecting } from './field-errors.ts';

/** An FAQ id is its URL slug (/faq/<id>/); imported ids may contain folders (docs/ide/build). */
export const FAQ_ID_PATTERN = /^[a-z0-9_][a-z0-9_.-]*(?:\/[a-z0-9_][a-z0-9_.-]*)*$/;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accepts a YAML date or a "YYYY-MM-DD" string; rejects impossible days like 2025-02-30. */
export const isoDate = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const match = DATE_PATTERN.exec(value.trim());
    if (!match) return value;
    const date = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
    // Month 13 gives an invalid date; day 30 of February rolls into March: both are refused.
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value.trim()) ? date : value;
  },
  z.date({
    error: (issue) =>
      issue.input === undefined
        ? '필수 항목이 없습니다. 마지막으로 고친 날짜를 YYYY-MM-DD 형식(예: 2025-03-14)으로 적어 주세요.'
        : `YYYY-MM-DD 형식의 실제 날짜(예: 2025-03-14)여야 합니다. 받은 값: ${describeValue(issue.input)}`,
  }),
);

export const FAQ_FIELDS = ['id', 'title', 'category', 'updated', 'tags', 'featured', 'order', 'draft', 'summary'] as const;

/** `treeFile` is named in messages so writers know where the valid ids live. */
export function faqSchema(subcategoryIds: readonly string[], treeFile = 'content/categories.yaml') {
  const valid = new Set(subcategoryIds);
  const choices = (input: string) => {
    const near = closest(input, subcategoryIds, 3);
    const all = subcategoryIds.length <= 40 ? subcategoryIds.join(', ') : `${subcategoryIds.slice(0, 40).join(', ')} 외 ${subcategoryIds.length - 40}개`;
    return `비슷한 id: ${near.join(', ')}. 쓸 수 있는 하위 카테고리 id: ${all}`;
  };
  return z.strictObject(
    {
      /** Optional explicit id; by default the file name (without .mdx) is the id. */
      id: z
        .string({ error: expecting('영문 소문자 id(문자열)') })
        .regex(FAQ_ID_PATTERN, { error: (issue) => `id는 영문 소문자·숫자·_.-와 폴더 구분 /만 쓸 수 있습니다. 받은 값: ${describeValue(issue.input)}` })
        .optional(),
      /** The question exactly as a visitor would ask it; shown as the page's h1. */
      title: z
        .string({ error: expecting('질문 형태의 제목(문자열)') })
        .trim()
        .min(2, { error: '제목이 너무 짧습니다. 질문 형태로 적어 주세요.' })
        .max(120, { error: (issue) => `제목은 120자 이내여야 합니다(지금 ${String(issue.input).length}자).` }),
      /** Id of a subcategory (third level) in content/categories.yaml. */
      category: z.string({ error: expecting('하위 카테고리 id(문자열)') }).refine((id) => valid.has(id), {
        error: (issue) => `"${String(issue.input)}"은(는) ${treeFile}에 없는 하위 카테고리 id입니다. ${choices(String(issue.input))}`,
      }),
      /** Date of the last meaningful change, YYYY-MM-DD; drives 최신순 and "최근 업데이트". */
      updated: isoDate,
      /** Extra search words and related-FAQ hints, e.g. [환불, 계좌]. */
      tags: z.array(z.string({ error: expecting('태그(문자열)') }).trim().min(1), { error: expecting('태그 목록(예: [환불, 계좌])') }).default([]),
      /** Shown on the home page under 자주 묻는 질문. */
      featured: z.boolean({ error: expecting('true 또는 false') }).default(false),
      /** Position within its subcategory when sorting by hand; smaller first. */
      order: z.number({ error: expecting('숫자') }).optional(),
      /** Drafts appear in `npm run dev` only, never in a production build or the search index. */
      draft: z.boolean({ error: expecting('true 또는 false') }).default(false),
      /** One sentence for listings and the page description; defaults to the start of the answer. */
      summary: z.string({ error: expecting('요약(문자열)') }).trim().max(200, { error: '요약은 200자 이내여야 합니다.' }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `알 수 없는 항목 ${issue.keys.map((k) => `"${k}"`).join(', ')}이(가) 있습니다. 쓸 수 있는 항목: ${FAQ_FIELDS.join(', ')}`
          : issue.input === undefined || issue.input === null || typeof issue.input !== 'object' || Array.isArray(issue.input)
            ? '머리말(frontmatter)이 없거나 형식이 잘못되었습니다. 파일 맨 위에 --- 로 둘러싼 YAML을 적어 주세요.'
            : undefined,
    },
  );
}

export type FaqData = z.output<ReturnType<typeof faqSchema>>;
