/** An image with a caption: <Figure src="/images/x.svg" alt="…" caption="…" />. alt is required. */
import { escapeAttribute, escapeHtml } from '../../lib/mdx/hast.ts';
import type { MdxComponent } from '../../lib/mdx/render-mdx.ts';
import { withBase } from '../../lib/paths.ts';
import { onlyProps, propError, stringProp } from './props.ts';

export const Figure: MdxComponent = (call) => {
  onlyProps(call, 'Figure', ['src', 'alt', 'caption', 'width', 'height']);
  const src = stringProp(call, 'Figure', 'src', 'public/ 아래 경로("/images/…") 또는 https:// 주소', true)!;
  if (!/^(\/[^/]|https:\/\/)/.test(src)) throw propError(call, 'Figure', 'src', 'public/ 아래 경로("/images/…") 또는 https:// 주소');
  const alt = stringProp(call, 'Figure', 'alt', '이미지를 설명하는 대체 텍스트', true)!;
  const caption = stringProp(call, 'Figure', 'caption', '비어 있지 않은 설명', false);
  const size = (['width', 'height'] as const)
    .map((k) => {
      const v = call.props[k];
      if (v === undefined) return '';
      if (typeof v !== 'number' || v <= 0) throw propError(call, 'Figure', k, '양수(픽셀)');
      return ` ${k}="${v}"`;
    })
    .join('');
  const url = src.startsWith('/') ? withBase(call.ctx.base, src) : src;
  return (
    `<figure class="my-6"><img src="${escapeAttribute(url)}" alt="${escapeAttribute(alt)}"${size} loading="lazy" decoding="async" class="h-auto max-w-full rounded-lg border border-line">` +
    (caption ? `<figcaption class="mt-2 text-center text-sm text-muted">${escapeHtml(caption)}</figcaption>` : '') +
    `</figure>`
  );
};
