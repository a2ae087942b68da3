/** The slice of the hast/MDX tree shape that Sätteri's mdxToHast returns and we render. */

export interface Position {
  start: { line: number; column: number };
}

export interface TextNode {
  type: 'text';
  value: string;
}

export interface ElementNode {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: MdxNode[];
  position?: Position;
}

export interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}

export interface JsxElementNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: MdxNode[];
  position?: Position;
}

export interface OtherNode {
  type: 'root' | 'comment' | 'raw' | 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm' | 'doctype';
  value?: string;
  children?: MdxNode[];
  position?: Position;
}

export type MdxNode = TextNode | ElementNode | JsxElementNode | OtherNode;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const PROPERTY_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

/** `name="value"` pairs for hast properties (arrays joined, booleans as bare attributes). */
export function attributesHtml(properties: Record<string, unknown>): string {
  let out = '';
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    const name = PROPERTY_NAMES[key] ?? key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (value === true) out += ` ${name}`;
    else out += ` ${name}="${escapeAttribute(Array.isArray(value) ? value.join(name === 'class' ? ' ' : ',') : String(value))}"`;
  }
  return out;
}

export function openTag(tagName: string, properties: Record<string, unknown>): string {
  return `<${tagName}${attributesHtml(properties)}>`;
}

export function closeTag(tagName: string): string {
  return VOID.has(tagName) ? '' : `</${tagName}>`;
}

/** Plain text of a subtree (heading ids, tab labels). */
export function textOf(node: MdxNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node && node.children ? node.children.map(textOf).join('') : '';
}
