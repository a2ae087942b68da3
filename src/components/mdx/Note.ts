/** ※ 참고 or 주의 callout: <Note>…</Note>, <Note type="warning" title="…">…</Note>. */
import { escapeAttribute, escapeHtml } from '../../lib/mdx/hast.ts';
import type { MdxComponent } from '../../lib/mdx/render-mdx.ts';
import { onlyProps, propError, stringProp } from './props.ts';

export const Note: MdxComponent = (call) => {
  onlyProps(call, 'Note', ['type', 'title']);
  const type = call.props.type ?? 'note';
  if (type !== 'note' && type !== 'warning') throw propError(call, 'Note', 'type', '"note" 또는 "warning"');
  const warning = type === 'warning';
  const heading = stringProp(call, 'Note', 'title', '비어 있지 않은 제목', false) ?? (warning ? '주의하세요' : '참고하세요');
  const box = warning ? 'border-warn bg-warn-soft' : 'border-accent bg-accent-soft';
  return (
    `<aside class="note my-5 rounded-lg border-l-4 px-4 py-3 ${box}" aria-label="${escapeAttribute(heading)}">` +
    `<p class="font-bold ${warning ? 'text-warn' : 'text-accent'}"><span aria-hidden="true">${warning ? '⚠' : '※'}</span> ${escapeHtml(heading)}</p>` +
    `<div class="note-body mt-1">${call.render(call.children)}</div></aside>`
  );
};
