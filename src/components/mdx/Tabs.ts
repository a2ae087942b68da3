/**
 * Platform tabs (공통 / iOS / 안드로이드 / PC) that work without JavaScript: each tab is a radio
 * input and CSS shows the checked one's panel. Children must be <Tab label="…">…</Tab>.
 */
import { escapeAttribute, escapeHtml, type JsxElementNode } from '../../lib/mdx/hast.ts';
import { MdxRenderError, type MdxComponent } from '../../lib/mdx/render-mdx.ts';
import { onlyProps, stringProp } from './props.ts';

let groups = 0;

export const Tabs: MdxComponent = (call) => {
  onlyProps(call, 'Tabs', ['label']);
  const label = stringProp(call, 'Tabs', 'label', '탭 묶음의 이름', false) ?? '플랫폼 선택';
  const tabs = call.children.filter((n): n is JsxElementNode => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Tab');
  const strays = call.children.filter((n) => !(n.type === 'text' && !n.value.trim()) && !tabs.includes(n as JsxElementNode));
  if (tabs.length < 2 || tabs.length > 6 || strays.length) {
    throw new MdxRenderError(`${call.where}: <Tabs> 안에는 <Tab label="…">만 2~6개 있어야 합니다. 찾은 탭: ${tabs.length}개${strays.length ? ', 탭 밖의 내용이 있습니다' : ''}.`);
  }
  const group = `tabs-${++groups}`;
  let inputs = '';
  let panels = '';
  tabs.forEach((tab, i) => {
    const labelAttr = tab.attributes.find((a) => a.name === 'label');
    const name = typeof labelAttr?.value === 'string' ? labelAttr.value.trim() : '';
    if (!name || tab.attributes.length !== 1) throw new MdxRenderError(`${call.where}: <Tab> label: 탭 이름(예: "iOS") 하나만 적어야 합니다.`);
    const id = `${group}-${i}`;
    inputs += `<input type="radio" name="${group}" id="${id}"${i === 0 ? ' checked' : ''}><label for="${id}">${escapeHtml(name)}</label>`;
    panels += `<div class="tab-panel" data-tab-label="${escapeAttribute(name)}">${call.render(tab.children)}</div>`;
  });
  return `<div class="tabs my-5" role="group" aria-label="${escapeAttribute(label)}">${inputs}${panels}</div>`;
};

/** <Tab> only has meaning inside <Tabs>, which renders it. */
export const Tab: MdxComponent = (call) => {
  throw new MdxRenderError(`${call.where}: <Tab>은 <Tabs> 안에만 쓸 수 있습니다.`);
};
