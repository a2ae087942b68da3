/** A menu path such as <MenuPath path="관리자센터 > 나의 월렛 > 충전" />, shown as a styled trail. */
import { escapeHtml } from '../../lib/mdx/hast.ts';
import type { MdxComponent } from '../../lib/mdx/render-mdx.ts';
import { onlyProps, propError } from './props.ts';

export const MenuPath: MdxComponent = (call) => {
  onlyProps(call, 'MenuPath', ['path']);
  const path = call.props.path;
  const parts = typeof path === 'string' ? path.split('>').map((p) => p.trim()) : [];
  if (parts.length < 2 || parts.some((p) => !p)) throw propError(call, 'MenuPath', 'path', '"관리자센터 > 나의 월렛 > 충전"처럼 >로 나눈 두 단계 이상의 메뉴 이름');
  const items = parts.map((p) => `<span>${escapeHtml(p)}</span>`).join('<span class="text-muted"> &gt; </span>');
  return `<span class="menu-path inline-flex flex-wrap items-center gap-x-1 rounded-md border border-line bg-surface px-2 py-0.5 text-[0.9375em] font-semibold">${items}</span>`;
};
