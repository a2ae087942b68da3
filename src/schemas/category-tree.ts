/**
 * Schema of content/categories.yaml: services › categories › subcategories.
 * The YAML nests children under `categories` and `subcategories` so writers see the tree as it is.
 */
import { z } from 'astro/zod';
import { expecting } from './field-errors.ts';

/** Node ids appear in URLs (/<service>/<category>/<sub>/) and in search filters (?category=). */
export const NODE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids that would collide with the site's own top-level routes or path segments. */
export const RESERVED_NODE_IDS = ['faq', 'search', 'page', 'title', 'about', '404', 'pagefind', 'pagefind-plain', '_astro', 'images', 'preview-changes'];

const nodeFields = {
  /** Stable ASCII slug: lower-case letters, digits and single hyphens. Never rename once published. */
  id: z
    .string({ error: expecting('영문 소문자·숫자·하이픈으로 된 id(예: refund)') })
    .regex(NODE_ID_PATTERN, { error: (issue) => `id는 영문 소문자·숫자·하이픈만 쓸 수 있습니다(예: tax-invoice). 받은 값: "${String(issue.input)}"` })
    .refine((id) => !RESERVED_NODE_IDS.includes(id), {
      error: (issue) => `"${String(issue.input)}"은(는) 사이트 주소에 이미 쓰이는 예약어라 id로 쓸 수 없습니다. 예약어: ${RESERVED_NODE_IDS.join(', ')}`,
    }),
  /** Korean display name shown in breadcrumbs, filters and headings. */
  name: z.string({ error: expecting('한국어 이름(문자열)') }).trim().min(1, { error: '이름이 비어 있습니다.' }),
  /** Position among siblings; smaller first. Defaults to the position in the file. */
  order: z.number({ error: expecting('숫자') }).optional(),
  /** One sentence shown under the name on listing pages. */
  description: z.string({ error: expecting('설명(문자열)') }).optional(),
};

/** A Korean message for typos in key names (nmae:), listing the keys that exist. */
const unknownKeys = (allowed: string[]) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'unrecognized_keys' ? `알 수 없는 항목 ${issue.keys.map((k) => `"${k}"`).join(', ')}이(가) 있습니다. 쓸 수 있는 항목: ${allowed.join(', ')}` : undefined;

const NODE_KEYS = ['id', 'name', 'order', 'description'];

export const subcategorySchema = z.strictObject(nodeFields, { error: unknownKeys(NODE_KEYS) });

export const categorySchema = z.strictObject(
  {
    ...nodeFields,
    subcategories: z.array(subcategorySchema, { error: expecting('하위 카테고리 목록') }).min(1, { error: '하위 카테고리가 하나 이상 있어야 합니다.' }),
  },
  { error: unknownKeys([...NODE_KEYS, 'subcategories']) },
);

export const serviceSchema = z.strictObject(
  {
    ...nodeFields,
    categories: z.array(categorySchema, { error: expecting('카테고리 목록') }).min(1, { error: '카테고리가 하나 이상 있어야 합니다.' }),
  },
  { error: unknownKeys([...NODE_KEYS, 'categories']) },
);

export const categoryTreeSchema = z.array(serviceSchema, { error: expecting('서비스 목록') }).min(1, { error: '서비스가 하나 이상 있어야 합니다.' });

export type RawService = z.infer<typeof serviceSchema>;
