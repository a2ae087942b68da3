/**
 * The writers' lint (npm run check): every FAQ's frontmatter, body and links, checked the way the
 * build will check them, reported as `file:line: message` so an editor can jump there.
 */
import path from 'node:path';
import { frontmatterOf } from '../data/faq-files.ts';
import { faqMdxCompiler } from '../integrations/faq-markdown.ts';
import { faqSchema } from '../schemas/faq.ts';
import type { CategoryTree } from './category-tree.ts';
import { FaqMdxError } from './mdx/faq-rules.ts';
import { mdxOnlySyntax } from './mdx/mdx-only.ts';
import { missingAltMessage } from '../components/mdx/props.ts';

export interface FaqSource {
  /** Path shown in messages (relative to the project). */
  file: string;
  source: string;
  /** Id the file gets (frontmatter id or file name). */
  id: string;
}

export interface CheckOptions {
  /** Full MDX (src/lib/mdx/policy.ts): expressions, import/export and computed props allowed. */
  allowCode?: boolean;
}

export interface Problem {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Line (1-based, in the file) of `key:` inside the frontmatter, or 1. */
function fieldLine(source: string, key: string | number | undefined): number {
  if (typeof key !== 'string') return 1;
  const lines = source.split('\n');
  const at = lines.findIndex((l, i) => i > 0 && l.startsWith(`${key}:`));
  return at >= 0 ? at + 1 : 1;
}

/** Titles that read as statements are allowed for reference pages ending like these. */
const STATEMENT_TITLE = /(안내|정리|목록|기준|방법|요약|차이)$/;

export async function checkFaqs(faqs: readonly FaqSource[], tree: CategoryTree, treeFile = 'content/categories.yaml', options: CheckOptions = {}): Promise<Problem[]> {
  const problems: Problem[] = [];
  const error = (file: string, line: number, message: string) => problems.push({ file, line, message, severity: 'error' });
  const warn = (file: string, line: number, message: string) => problems.push({ file, line, message, severity: 'warning' });
  const schema = faqSchema(tree.subcategories.map((n) => n.id), treeFile);
  const byId = new Map<string, FaqSource>();
  const byTitle = new Map<string, FaqSource>();
  const parsed: { faq: FaqSource; bodyStart: number }[] = [];
  const drafts = new Set<string>();

  for (const faq of faqs) {
    const front = frontmatterOf(faq.source);
    if (!front) {
      error(faq.file, 1, '머리말(frontmatter)이 없습니다. 파일 맨 위에 ---로 둘러싼 YAML(title, category, updated)을 적어 주세요.');
      parsed.push({ faq, bodyStart: 0 });
      continue;
    }
    if (front.error !== undefined) {
      error(faq.file, 1, `머리말 YAML 문법 오류: ${front.error}`);
      parsed.push({ faq, bodyStart: front.bodyStart });
      continue;
    }
    const result = schema.safeParse(front.data ?? {});
    if (result.success && result.data.draft) drafts.add(faq.id);
    if (!result.success) {
      for (const issue of result.error.issues) error(faq.file, fieldLine(faq.source, issue.path[0] as string), `${issue.path.join('.') || '(머리말)'}: ${issue.message}`);
    } else {
      const title = result.data.title.trim();
      if (!/[?？]$/.test(title) && !STATEMENT_TITLE.test(title)) {
        warn(faq.file, fieldLine(faq.source, 'title'), `title: "${title}"은(는) 질문 형태가 아닙니다. 방문자가 묻는 말 그대로 "…나요?"처럼 적어 주세요(참고 문서는 "… 안내"로 끝내도 됩니다).`);
      }
      const sameTitle = byTitle.get(title);
      if (sameTitle) error(faq.file, fieldLine(faq.source, 'title'), `title: "${title}"은(는) ${sameTitle.file}와(과) 제목이 같습니다. 검색 결과에서 구별되도록 제목을 다르게 적어 주세요.`);
      else byTitle.set(title, faq);
    }
    const sameId = byId.get(faq.id);
    if (sameId) error(faq.file, fieldLine(faq.source, 'id'), `id: "${faq.id}"은(는) ${sameId.file}에서 이미 쓰고 있습니다. FAQ id(파일 이름 또는 id 항목)는 서로 달라야 합니다.`);
    else byId.set(faq.id, faq);
    const body = faq.source.slice(front.bodyStart);
    if (!body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim()) error(faq.file, lineAt(faq.source, front.bodyStart), '본문이 비어 있습니다. 질문에 대한 답을 적어 주세요.');
    parsed.push({ faq, bodyStart: front.bodyStart });
  }

  // .mdx bodies: through the build's own MDX processor and writer rules; .md bodies are Markdown.
  // A published FAQ links only to published ones: drafts are not on the public site, and the
  // build would fail on the link with the file's name but not the line.
  const ids = new Set(byId.keys());
  const published = new Set([...ids].filter((id) => !drafts.has(id)));
  let linkable: ReadonlySet<string> = ids;
  const compile = await faqMdxCompiler({ base: '/', allowCode: options.allowCode ?? false, faqIds: () => linkable, draftIds: () => drafts });
  for (const { faq, bodyStart } of parsed) {
    linkable = drafts.has(faq.id) ? ids : published;
    const isMdx = faq.file.endsWith('.mdx');
    if (isMdx) {
      try {
        await compile(faq.source, path.resolve(faq.file));
      } catch (e) {
        if (!(e instanceof FaqMdxError)) throw e;
        for (const p of e.problems) error(faq.file, p.line, p.message);
      }
    } else {
      for (const use of mdxOnlySyntax(faq.source.slice(bodyStart))) {
        error(faq.file, lineAt(faq.source, bodyStart) + use.line - 1, `${use.found}은(는) .mdx 파일에서만 동작하고, .md 파일에서는 글자 그대로 보입니다. MDX로 쓰려면 파일 이름을 ${path.basename(faq.file, '.md')}.mdx로 바꾸세요.`);
      }
    }
    faq.source.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(/\]\((?:\/|\.\.\/)*faq\/([a-z0-9_./-]+?)\/?(?:#[^)]*)?\)/g)) {
        if (!byId.has(m[1]!)) error(faq.file, i + 1, `링크: /faq/${m[1]}/ 도움말이 없습니다. 다른 도움말로 연결할 때는 <FaqLink id="…" />를 쓰면 빌드가 확인해 줍니다.`);
      }
      // In .mdx the writer rules above already refuse images without alt text.
      if (!isMdx) for (const m of line.matchAll(/!\[\s*\]\(([^)]*)\)/g)) error(faq.file, i + 1, missingAltMessage(m[1]!));
    });
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** The 1-based line of `source` that character `offset` is on. */
function lineAt(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}
