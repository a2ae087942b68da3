/**
 * FAQ ids: the file name without .md/.mdx unless frontmatter sets `id`. Two files claiming one id would
 * silently overwrite each other in the content store, so the second one fails the build instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FAQ_ID_PATTERN } from '../schemas/faq.ts';
import { displayPath } from './content-dir.ts';

export class FaqIdError extends Error {
  override name = 'FaqIdError';
}

const claimedBy = new Map<string, string>();

/** FAQ files are Markdown or MDX, by their lower-case extension, as the collection's glob finds them. */
export const FAQ_FILE_PATTERN = /\.mdx?$/;

/** The id a file claims: frontmatter `id`, else its name without .md/.mdx. Does not validate or claim it. */
export function faqIdOf(file: string, data: Record<string, unknown> | undefined): string {
  return typeof data?.id === 'string' ? data.id : path.basename(file).replace(FAQ_FILE_PATTERN, '');
}

/** `entry` is the file's path relative to `base` (content/faq). */
export function faqIdFor(entry: string, base: string, data: Record<string, unknown>): string {
  const file = path.join(base, entry);
  const explicit = typeof data.id === 'string' ? data.id : undefined;
  const id = faqIdOf(entry, data);
  if (!FAQ_ID_PATTERN.test(id)) {
    throw new FaqIdError(
      explicit !== undefined
        ? `${displayPath(file)}: id: "${id}"은(는) 쓸 수 없는 id입니다. 영문 소문자·숫자·_.-와 폴더 구분 /만 쓸 수 있습니다.`
        : `${displayPath(file)}: id: 파일 이름 "${id}"을(를) 주소로 쓸 수 없습니다. 파일 이름은 영문 소문자·숫자·_.-만 써 주세요(예: refund-account.mdx).`,
    );
  }
  const previous = claimedBy.get(id);
  if (previous && previous !== file && fs.existsSync(previous)) {
    throw new FaqIdError(
      `${displayPath(file)}: id: "${id}"은(는) ${displayPath(previous)}에서 이미 쓰고 있습니다. FAQ id(파일 이름 또는 id 항목)는 서로 달라야 합니다.`,
    );
  }
  claimedBy.set(id, file);
  return id;
}
