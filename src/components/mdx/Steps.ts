/** Numbered steps: wrap a Markdown ordered list (1. 2. 3.) in <Steps>. */
import { MdxRenderError, type MdxComponent } from '../../lib/mdx/render-mdx.ts';
import { onlyProps } from './props.ts';

export const Steps: MdxComponent = (call) => {
  onlyProps(call, 'Steps', []);
  if (!call.children.some((node) => node.type === 'element' && node.tagName === 'ol')) {
    throw new MdxRenderError(`${call.where}: <Steps> 안에는 번호 목록(1. 2. 3.)이 있어야 합니다. 각 단계를 "1. "로 시작하는 줄로 적고, <Steps> 다음과 </Steps> 앞에 빈 줄을 두세요.`);
  }
  return `<div class="steps my-5">${call.render(call.children)}</div>`;
};
