/**
 * What an FAQ written in MDX may contain, checked on its syntax tree before it compiles: the writer
 * components with literal props, a few inline HTML tags, Markdown. Every problem carries its line,
 * so the build, `astro dev` and `npm run check` all say `file:line: what is wrong, what is valid`.
 *
 * FAQs are content, not programs: JavaScript expressions, import and export are refused unless a
 * team opts into full MDX (`allowCode`), which then leaves non-literal props to the components.
 */
import { draftFaqMessage, isWriterComponent, missingAltMessage, missingFaqMessage, propProblems, tabsProblem, WRITER_COMPONENT_NAMES, type PropValue } from '../../components/mdx/props.ts';
import { closeMatches } from '../../schemas/field-errors.ts';

/** The slice of the mdast + MDX tree shape the rules read. */
export interface MdxTreeNode {
  type: string;
  name?: string | null;
  value?: string | null;
  attributes?: readonly MdxTreeAttribute[];
  children?: readonly MdxTreeNode[];
  position?: { start: { line: number } } | null;
  ordered?: boolean | null;
  alt?: string | null;
  url?: string | null;
}

export interface MdxTreeAttribute {
  type: string;
  name?: string;
  value?: string | null | { value: string };
}

export interface FaqRulesOptions {
  /** Ids of every FAQ, for <FaqLink>; `wanted` is the id a link asks for (a cache may refresh on a miss). */
  faqIds(wanted?: string): ReadonlySet<string>;
  /** Ids of drafts, which a published FAQ cannot link to (the public site leaves them out). */
  draftIds?: () => ReadonlySet<string>;
  /** Full MDX: expressions, import/export and non-literal props are allowed. */
  allowCode?: boolean;
}

export interface RuleProblem {
  line: number;
  message: string;
}

/** Lower-case tags a writer may type inline, without attributes; everything else needs a component. */
const INLINE_HTML = ['abbr', 'br', 'kbd', 'mark', 'small', 'sub', 'sup', 'u', 'wbr'];

const JSX_ELEMENT = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const COMMENT_ONLY = /^\s*(\/\*[\s\S]*?\*\/\s*)*$/;

/** A prop's value when it is a literal ("글자", {3}, {true}, {"글자"}); undefined for code. */
function literalOf(attribute: MdxTreeAttribute): PropValue | undefined {
  const { value } = attribute;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const expression = value.value.trim();
  if (/^-?\d+(\.\d+)?$/.test(expression)) return Number(expression);
  if (expression === 'true' || expression === 'false') return expression === 'true';
  return /^(["'`])([^"'`\\]*)\1$/.exec(expression)?.[2];
}

/** Names an `import`/`export` statement binds (full MDX: those components are the file's own). */
function boundNames(esm: string): string[] {
  const names: string[] = [];
  for (const m of esm.matchAll(/\b(?:import|export\s+(?:const|let|var|function|class))\s+([A-Za-z_$][\w$]*)/g)) names.push(m[1]!);
  for (const m of esm.matchAll(/\{([^}]*)\}/g)) for (const part of m[1]!.split(',')) names.push(part.trim().split(/\s+as\s+/).at(-1)!);
  for (const m of esm.matchAll(/\*\s+as\s+([A-Za-z_$][\w$]*)/g)) names.push(m[1]!);
  return names.filter(Boolean);
}

const isTab = (node: MdxTreeNode) => JSX_ELEMENT.has(node.type) && node.name === 'Tab';
const isBlankText = (node: MdxTreeNode) => node.type === 'text' && !node.value?.trim();

/** <Tab>s directly inside <Tabs>, looking through the paragraph MDX makes when they share a line. */
function tabsChildren(tabs: MdxTreeNode): { tabs: number; strays: number } {
  let children = tabs.children ?? [];
  if (children.length === 1 && children[0]!.type === 'paragraph') children = children[0]!.children ?? [];
  const content = children.filter((child) => !isBlankText(child));
  const count = content.filter(isTab).length;
  return { tabs: count, strays: content.length - count };
}

/** Every problem in one FAQ's tree, in document order. */
export function faqRuleProblems(root: MdxTreeNode, options: FaqRulesOptions): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const report = (node: MdxTreeNode, message: string) => problems.push({ line: node.position?.start.line ?? 1, message });
  const own = new Set<string>();
  if (options.allowCode) for (const node of root.children ?? []) if (node.type === 'mdxjsEsm') boundNames(node.value ?? '').forEach((n) => own.add(n));

  const checkElement = (node: MdxTreeNode, parent: string | undefined) => {
    const name = node.name ?? '';
    const attributes = node.attributes ?? [];
    if (!isWriterComponent(name)) {
      if (own.has(name.split('.')[0]!)) return;
      const inlineTag = INLINE_HTML.includes(name) && attributes.length === 0;
      const anyTag = options.allowCode && /^[a-z]/.test(name);
      if (inlineTag || anyTag) return;
      const near = closeMatches(name, WRITER_COMPONENT_NAMES);
      report(
        node,
        `<${name}>은(는) 쓸 수 없는 태그입니다. ${near.length ? `비슷한 컴포넌트: ${near.join(', ')}. ` : ''}` +
          `쓸 수 있는 컴포넌트: ${WRITER_COMPONENT_NAMES.join(', ')}. ` +
          (options.allowCode ? '다른 컴포넌트는 import로 가져와 쓰세요.' : '꺾쇠(<)를 글자로 쓰려면 \\<처럼 적어 주세요.'),
      );
      return;
    }
    const props: Record<string, PropValue> = {};
    const unchecked: string[] = [];
    for (const attribute of attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        if (!options.allowCode) report(node, `<${name}>: {...} 형태의 속성은 쓸 수 없습니다.`);
        continue;
      }
      const value = literalOf(attribute);
      if (value !== undefined) props[attribute.name] = value;
      else if (options.allowCode) unchecked.push(attribute.name);
      else report(node, `${attribute.name}={${(attribute.value as { value: string }).value}}: 속성 값에는 "글자", 숫자, true/false만 쓸 수 있습니다.`);
    }
    for (const problem of propProblems(name, props, unchecked)) report(node, problem);

    if (name === 'Tab' && parent !== 'Tabs') report(node, '<Tab>은 <Tabs> 안에만 쓸 수 있습니다.');
    if (name === 'Tabs') {
      const { tabs, strays } = tabsChildren(node);
      const problem = tabsProblem(tabs, strays > 0);
      if (problem) report(node, problem);
    }
    if (name === 'Steps' && !(node.children ?? []).some((child) => child.type === 'list' && child.ordered)) {
      report(node, '<Steps> 안에는 번호 목록(1. 2. 3.)이 있어야 합니다. 각 단계를 "1. "로 시작하는 줄로 적고, <Steps> 다음과 </Steps> 앞에 빈 줄을 두세요.');
    }
    if (name === 'FaqLink' && typeof props.id === 'string' && props.id.trim()) {
      const ids = options.faqIds(props.id);
      if (options.draftIds?.().has(props.id) && !ids.has(props.id)) report(node, draftFaqMessage(props.id));
      else if (!ids.has(props.id)) report(node, missingFaqMessage(props.id, ids));
    }
  };

  const walk = (node: MdxTreeNode, parent: string | undefined) => {
    switch (node.type) {
      case 'mdxjsEsm':
        if (!options.allowCode) report(node, 'import/export는 쓸 수 없습니다. 컴포넌트는 가져오지 않아도 바로 쓸 수 있습니다.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* 메모 */} comments are fine; real expressions are code, not content.
        if (!options.allowCode && !COMMENT_ONLY.test(node.value ?? '')) {
          report(node, `{${node.value}}: 도움말에는 자바스크립트 식을 쓸 수 없습니다. 중괄호를 글자로 쓰려면 \\{ \\}처럼 적어 주세요.`);
        }
        return;
      case 'image':
        if (!node.alt?.trim()) report(node, missingAltMessage(node.url ?? ''));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, parent);
        for (const child of node.children ?? []) walk(child, node.name ?? undefined);
        return;
      default:
        for (const child of node.children ?? []) walk(child, parent);
    }
  };
  walk(root, undefined);
  return problems;
}

/**
 * Why an .mdx FAQ cannot compile: its rule problems, or its MDX syntax error, one line each as
 * `file:line: message`. `line`/`column` point Astro's error overlay at the first problem.
 */
export class FaqMdxError extends Error {
  override name = 'FaqMdxError';
  readonly file: string;
  readonly problems: readonly RuleProblem[];
  readonly line: number;
  readonly column: number | undefined;

  constructor(file: string, problems: readonly RuleProblem[], column?: number) {
    super(problems.map((p) => `${file}:${p.line}${column === undefined ? '' : `:${column}`}: ${p.message}`).join('\n'));
    this.file = file;
    this.problems = problems;
    this.line = problems[0]?.line ?? 1;
    this.column = column;
  }
}

/** The parser's "7:1: Expected a closing tag …" as a writer message for `file`; undefined for other errors. */
export function mdxSyntaxError(file: string, error: unknown): FaqMdxError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+): /.exec(message);
  if (!at) return undefined;
  return new FaqMdxError(file, [{ line: Number(at[1]), message: `MDX 문법 오류: ${message.slice(at[0].length)}` }], Number(at[2]));
}
