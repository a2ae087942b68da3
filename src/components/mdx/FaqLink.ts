/** A link to another FAQ by id: <FaqLink id="refund-account" />. A missing id fails the build. */
import { escapeAttribute, escapeHtml } from '../../lib/mdx/hast.ts';
import { MdxRenderError, type MdxComponent } from '../../lib/mdx/render-mdx.ts';
import { faqPath, withBase } from '../../lib/paths.ts';
import { closest } from '../../schemas/field-errors.ts';
import { onlyProps, stringProp } from './props.ts';

export const FaqLink: MdxComponent = (call) => {
  onlyProps(call, 'FaqLink', ['id']);
  const id = stringProp(call, 'FaqLink', 'id', '연결할 도움말의 id(파일 이름)', true)!;
  const title = call.ctx.faqTitle(id);
  if (title === undefined) {
    throw new MdxRenderError(`${call.where}: <FaqLink> id: "${id}"인 도움말이 없습니다. 비슷한 id: ${closest(id, call.ctx.faqIds(), 3).join(', ')}`);
  }
  const text = call.children.length ? call.render(call.children) : escapeHtml(title);
  return `<a href="${escapeAttribute(withBase(call.ctx.base, faqPath(id)))}" class="faq-link">${text}</a>`;
};
