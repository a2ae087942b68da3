/**
 * Renders an FAQ's MDX to HTML without a JavaScript module per file: Sätteri (Astro's own MDX
 * parser) builds the tree, and our writer components render to strings. Measured on the
 * 5,765-page corpus, Astro's per-file MDX modules cost 22 s and 2.9–3.4 GB of build memory; this
 * renders the same pages in a fraction of that (see README › Benchmark).
 *
 * FAQs are content, not programs: JavaScript expressions and import/export are refused with a
 * message naming the line, and only the writer components (and a few inline HTML tags) exist.
 */
import { mdxToHast } from 'satteri';
import { withBase } from '../paths.ts';
import { closeTag, escapeHtml, openTag, textOf, type ElementNode, type JsxElementNode, type MdxNode } from './hast.ts';

export class MdxRenderError extends Error {
  override name = 'MdxRenderError';
}

export interface MdxContext {
  /** File being rendered (for messages). */
  file: string;
  /** Site base, for root-relative links and images. */
  base: string;
  /** Title of another FAQ, or undefined when the id does not exist. */
  faqTitle(id: string): string | undefined;
  /** All FAQ ids (for "did you mean"). */
  faqIds(): readonly string[];
}

export interface ComponentCall {
  props: Record<string, string | number | boolean>;
  /** The element's children, still as nodes (Tabs reads its <Tab>s). */
  children: MdxNode[];
  /** Renders any nodes with the same context. */
  render(nodes: MdxNode[]): string;
  /** `file:line` of the element, for messages. */
  where: string;
  ctx: MdxContext;
}

export type MdxComponent = (call: ComponentCall) => string;

/** Lower-case tags a writer may type inline; everything else needs a component. */
const INLINE_HTML = new Set(['br', 'kbd', 'sub', 'sup', 'abbr', 'small', 'u', 'mark', 'wbr']);

/** Reads a JSX attribute value: strings, numbers, true/false; anything else is refused. */
function literal(value: unknown, where: string, name: string): string | number | boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const expression = (value as { value: string }).value.trim();
  if (/^-?\d+(\.\d+)?$/.test(expression)) return Number(expression);
  if (expression === 'true' || expression === 'false') return expression === 'true';
  const quoted = /^(["'`])([^"'`\\]*)\1$/.exec(expression);
  if (quoted) return quoted[2]!;
  throw new MdxRenderError(`${where}: ${name}={${expression}}: 속성 값에는 "글자", 숫자, true/false만 쓸 수 있습니다.`);
}

function slugId(text: string): string {
  return (
    text
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s+/g, '-') || 'section'
  );
}

/** Renders `source` (a whole .mdx file, frontmatter included so line numbers match). */
export function renderMdx(source: string, components: Record<string, MdxComponent>, ctx: MdxContext): string {
  let tree: MdxNode;
  try {
    tree = mdxToHast(source) as MdxNode;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+): /.exec(message);
    throw new MdxRenderError(`${ctx.file}:${at ? `${at[1]}:${at[2]}` : '1'}: MDX 문법 오류: ${at ? message.slice(at[0].length) : message}`);
  }
  const headingIds = new Set<string>();
  const whereOf = (node: { position?: { start: { line: number } } }) => `${ctx.file}:${node.position?.start.line ?? 1}`;

  const render = (nodes: MdxNode[]): string => nodes.map(renderNode).join('');

  const renderElement = (node: ElementNode): string => {
    const properties = { ...node.properties };
    for (const key of ['href', 'src'] as const) {
      const value = properties[key];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) properties[key] = withBase(ctx.base, value);
    }
    if (/^h[2-4]$/.test(node.tagName) && !properties.id) {
      // Unique against every id issued so far (## 소개, ## 소개, ## 소개-1 → 소개, 소개-2, 소개-1).
      const slug = slugId(textOf(node));
      let id = slug;
      for (let n = 1; headingIds.has(id); n++) id = `${slug}-${n}`;
      headingIds.add(id);
      properties.id = id;
    }
    if (node.tagName === 'img' && !properties.alt) {
      throw new MdxRenderError(`${whereOf(node)}: 이미지에 대체 텍스트가 없습니다. ![이미지 설명](주소)처럼 설명을 적어 주세요.`);
    }
    return openTag(node.tagName, properties) + render(node.children) + closeTag(node.tagName);
  };

  const renderJsx = (node: JsxElementNode): string => {
    const where = whereOf(node);
    const name = node.name ?? '';
    const props: Record<string, string | number | boolean> = {};
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) throw new MdxRenderError(`${where}: <${name}>: {...} 형태의 속성은 쓸 수 없습니다.`);
      props[attribute.name] = literal(attribute.value, where, attribute.name);
    }
    const component = components[name];
    if (component) return component({ props, children: node.children, render, where, ctx });
    if (INLINE_HTML.has(name) && node.attributes.length === 0) return `<${name}>${render(node.children)}${closeTag(name)}`;
    const known = Object.keys(components).join(', ');
    throw new MdxRenderError(`${where}: <${name}>은(는) 쓸 수 없는 태그입니다. 쓸 수 있는 컴포넌트: ${known}. 꺾쇠(<)를 글자로 쓰려면 \\<처럼 적어 주세요.`);
  };

  const renderNode = (node: MdxNode): string => {
    switch (node.type) {
      case 'text':
        return escapeHtml(node.value);
      case 'element':
        return renderElement(node);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return renderJsx(node);
      case 'root':
        return render(node.children ?? []);
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* 메모 */} comments are fine; real expressions are code, not content.
        if (/^\s*(\/\*[\s\S]*\*\/\s*)*$/.test(node.value ?? '')) return '';
        throw new MdxRenderError(`${whereOf(node)}: {${node.value}}: 도움말에는 자바스크립트 식을 쓸 수 없습니다. 중괄호를 글자로 쓰려면 \\{ \\}처럼 적어 주세요.`);
      case 'mdxjsEsm':
        throw new MdxRenderError(`${whereOf(node)}: import/export는 쓸 수 없습니다. 컴포넌트는 가져오지 않아도 바로 쓸 수 있습니다.`);
      default:
        return '';
    }
  };

  return render([tree]);
}
