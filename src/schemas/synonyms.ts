/** Schema of content/synonyms.yaml. */
import { z } from 'astro/zod';
import { expecting } from './field-errors.ts';

const words = z.array(z.string({ error: expecting('검색어(문자열)') }).trim().min(1, { error: '빈 검색어는 쓸 수 없습니다.' }), {
  error: expecting('검색어 목록(예: [탈퇴, 해지])'),
});

export const synonymRuleSchema = z.union(
  [z.strictObject({ same: words.min(2, { error: 'same에는 두 개 이상의 말이 있어야 합니다.' }) }), z.strictObject({ from: words.min(1), to: words.min(1) })],
  { error: '각 항목은 "same: [말, 말]" 또는 "from: [말]"과 "to: [말]"의 짝이어야 합니다.' },
);

export const synonymsSchema = z.array(synonymRuleSchema, { error: expecting('동의어 규칙 목록') });
