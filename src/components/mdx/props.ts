/**
 * The writer components and their props, in one table that both checks read: the compile-time
 * check of every .mdx (src/lib/mdx/faq-rules.ts, with file:line) and each component's own check
 * when it renders (so a prop that reaches a component some other way is still refused).
 */
import { closeMatches, closest, describeValue } from '../../schemas/field-errors.ts';

/** A prop value as a writer can type it: "글자", {3}, {true}, or a bare flag (true). */
export type PropValue = string | number | boolean;

export interface PropRule {
  /** What the value must be, in the writer's words; messages add "이어야 합니다". */
  expected: string;
  required?: boolean;
  /** True when the value is acceptable. */
  accepts(value: PropValue): boolean;
}

export interface WriterComponent {
  /** Props in the order messages list them. */
  props: Record<string, PropRule>;
}

const text = (expected: string, required = false): PropRule => ({
  expected,
  required,
  accepts: (value) => typeof value === 'string' && value.trim() !== '',
});

const oneOf = (choices: readonly string[]): PropRule => ({
  expected: choices.map((c) => `"${c}"`).join(' 또는 '),
  accepts: (value) => typeof value === 'string' && choices.includes(value),
});

const pixels: PropRule = { expected: '양수(픽셀)', accepts: (value) => typeof value === 'number' && value > 0 };

/** The parts of a menu path: "관리자센터 > 나의 월렛 > 충전" → three names. */
export function menuPathParts(path: string): string[] {
  return path.split('>').map((part) => part.trim());
}

export const WRITER_COMPONENTS = {
  Note: { props: { type: oneOf(['note', 'warning']), title: text('비어 있지 않은 제목') } },
  Steps: { props: {} },
  MenuPath: {
    props: {
      path: {
        expected: '"관리자센터 > 나의 월렛 > 충전"처럼 >로 나눈 두 단계 이상의 메뉴 이름',
        required: true,
        accepts: (value) => {
          if (typeof value !== 'string') return false;
          const parts = menuPathParts(value);
          return parts.length >= 2 && parts.every(Boolean);
        },
      },
    },
  },
  Tabs: { props: { label: text('탭 묶음의 이름') } },
  Tab: { props: { label: text('탭 이름(예: "iOS")', true) } },
  Figure: {
    props: {
      src: {
        expected: 'public/ 아래 경로("/images/…") 또는 https:// 주소',
        required: true,
        accepts: (value) => typeof value === 'string' && /^(\/[^/]|https:\/\/)/.test(value),
      },
      alt: text('이미지를 설명하는 대체 텍스트', true),
      caption: text('비어 있지 않은 설명'),
      width: pixels,
      height: pixels,
    },
  },
  FaqLink: { props: { id: text('연결할 도움말의 id(파일 이름)', true) } },
} as const satisfies Record<string, WriterComponent>;

export type WriterComponentName = keyof typeof WRITER_COMPONENTS;

export const WRITER_COMPONENT_NAMES = Object.keys(WRITER_COMPONENTS).sort() as WriterComponentName[];

export function isWriterComponent(name: string): name is WriterComponentName {
  return Object.hasOwn(WRITER_COMPONENTS, name);
}

/** How a value reads in a message: strings quoted, as the writer typed them. */
function shownValue(value: PropValue | undefined): string {
  return value === undefined ? '없음' : JSON.stringify(value);
}

/**
 * Problems with one component's props, each as `<Note> title: …` (no location; callers add it).
 * `props` holds the literal values; names in `unchecked` are present but not literal (full MDX).
 */
export function propProblems(component: WriterComponentName, props: Record<string, PropValue>, unchecked: readonly string[] = []): string[] {
  const rules: Record<string, PropRule> = WRITER_COMPONENTS[component].props;
  const names = Object.keys(rules);
  const problems: string[] = [];
  for (const name of [...Object.keys(props), ...unchecked]) {
    if (Object.hasOwn(rules, name)) continue;
    const near = closeMatches(name, names);
    problems.push(
      `<${component}>에는 ${name} 속성이 없습니다. ${near.length ? `비슷한 속성: ${near.join(', ')}. ` : ''}쓸 수 있는 속성: ${names.join(', ') || '없음'}`,
    );
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (unchecked.includes(name)) continue;
    const value = props[name];
    if (value === undefined ? rule.required : !rule.accepts(value)) {
      problems.push(`<${component}> ${name}: ${rule.expected}이어야 합니다. 받은 값: ${shownValue(value)}`);
    }
  }
  return problems;
}

/** Thrown by a writer component that receives props the compile-time check would refuse. */
export class WriterComponentError extends Error {
  override name = 'WriterComponentError';
}

/**
 * A component's own check when it renders: `file` is the FAQ being rendered. The compile-time
 * check already names file:line, so this only fires when that check is off or bypassed.
 */
export function assertProps(component: WriterComponentName, props: object, file: string | undefined): void {
  const entries = Object.entries(props).filter((entry) => entry[1] !== undefined);
  const literal = Object.fromEntries(entries.filter((entry): entry is [string, PropValue] => ['string', 'number', 'boolean'].includes(typeof entry[1])));
  const other = entries.filter(([name]) => !(name in literal));
  const problems = propProblems(component, literal, other.map(([name]) => name));
  for (const [name, value] of other) {
    if (Object.hasOwn(WRITER_COMPONENTS[component].props, name)) problems.push(`<${component}> ${name}: 글자, 숫자 또는 true/false여야 합니다. 받은 값: ${describeValue(value)}`);
  }
  if (problems.length) throw writerError(file, problems);
}

/** A writer's mistake found while rendering `file`, one line per problem, each naming the file. */
export function writerError(file: string | undefined, problems: readonly string[]): WriterComponentError {
  return new WriterComponentError(problems.map((p) => `${file ?? '(도움말)'}: ${p}`).join('\n'));
}

/** <FaqLink> to an id no FAQ has; the compile-time check and the component say it alike. */
export function missingFaqMessage(id: string, ids: Iterable<string>): string {
  return `<FaqLink> id: "${id}"인 도움말이 없습니다. 비슷한 id: ${closest(id, [...ids], 3).join(', ')}`;
}

/** A published FAQ's <FaqLink> to a draft: the public site has no page to link to. */
export function draftFaqMessage(id: string): string {
  return `<FaqLink> id: "${id}" 도움말은 초안(draft: true)이라 공개 사이트에 나오지 않습니다. 그 도움말의 draft 줄을 지워 공개하거나, 이 링크를 빼 주세요.`;
}

/** A Markdown image without alt text; the writer rules (.mdx) and the content check (.md) say it alike. */
export function missingAltMessage(url: string): string {
  return `이미지 ${url}에 대체 텍스트가 없습니다. ![이미지 설명](주소)처럼 적어 주세요.`;
}

/**
 * What is wrong with a <Tabs> holding `tabs` <Tab>s (and content outside them when `strays`), if
 * anything: 2 to 6 tabs and nothing else. The compile-time check and the component say it alike.
 */
export function tabsProblem(tabs: number, strays: boolean): string | undefined {
  if (tabs >= 2 && tabs <= 6 && !strays) return undefined;
  return `<Tabs> 안에는 <Tab label="…">만 2~6개 있어야 합니다. 찾은 탭: ${tabs}개${strays ? ', 탭 밖의 내용이 있습니다' : ''}.`;
}
