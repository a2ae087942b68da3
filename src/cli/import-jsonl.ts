/**
 * npm run import -- [--replace] [--content <dir>] [--source "이름|주소|라이선스"] <file.jsonl>
 *
 * Imports FAQs from JSONL (one {"id","title","path","updated","tags"?,"body"} per line) into
 * content/faq/imported/<file>/ and adds missing tree nodes. Every line is checked first; if any is
 * bad, the problems are listed with line numbers and nothing is written.
 * --replace swaps out all FAQs and the whole tree (benchmarks, evaluation).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { categoryTreeSchema, type RawService } from '../schemas/category-tree.ts';
import { parseImportLines, type ImportProblem } from '../lib/import/jsonl.ts';
import { mergePaths, slugForName } from '../lib/import/tree-merge.ts';
import { importedFaqFile } from '../lib/import/faq-file.ts';
import { existingFaqIds } from '../data/faq-files.ts';

/** Attribution of the corpora we know, so importing them keeps their licence notice. */
const KNOWN_SOURCES: Record<string, { name: string; url: string; license: string; note: string }> = {
  'vs-docs-ko.jsonl': {
    name: 'Visual Studio documentation (Korean)',
    url: 'https://github.com/MicrosoftDocs/visualstudio-docs.ko-kr',
    license: '© Microsoft Corporation and contributors, CC BY 4.0 (코드 예제: MIT)',
    note: 'JSONL로 변환하며 마크업을 걷어 내고 DocFX include를 펼쳤으며 이미지와 코드 조각 참조를 뺐습니다.',
  },
  'astro-docs-ko.jsonl': {
    name: 'Astro documentation, Korean translation by the Astro docs community',
    url: 'https://github.com/withastro/docs',
    license: 'MIT, Copyright (c) 2022 withastro',
    note: 'JSONL로 변환하며 MDX 컴포넌트와 HTML 태그를 걷어 냈습니다.',
  },
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const argv = process.argv.slice(2);
const replace = argv.includes('--replace');
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const contentRoot = path.resolve(option('--content') ?? process.env.DOUM_CONTENT_DIR ?? 'content');
const input = argv.filter((a, i) => !a.startsWith('--') && !['--content', '--source'].includes(argv[i - 1] ?? '')).at(0);
if (!input) fail('사용법: npm run import -- [--replace] [--content <폴더>] [--source "이름|주소|라이선스"] <파일.jsonl>');

const started = performance.now();
let text: string;
try {
  text = fs.readFileSync(input, 'utf8');
} catch {
  fail(`${input}: 파일을 읽을 수 없습니다.`);
}
const { records, problems } = parseImportLines(text);
const report = (list: ImportProblem[]) => list.map((p) => `${input}:${p.line}: ${p.message}`).join('\n');
if (problems.length) fail(`${report(problems)}\n\n잘못된 줄이 ${problems.length}개 있어 아무 파일도 쓰지 않았습니다.`);
if (!records.length) fail(`${input}: 가져올 줄이 없습니다.`);

const sourceSlug = slugForName(path.basename(input).replace(/\.jsonl$/i, ''));
const faqRoot = path.join(contentRoot, 'faq');
const importRoot = path.join(faqRoot, 'imported', sourceSlug);
const treeFile = path.join(contentRoot, 'categories.yaml');

let existing: RawService[] = [];
if (!replace && fs.existsSync(treeFile)) {
  const parsed = categoryTreeSchema.safeParse(parse(fs.readFileSync(treeFile, 'utf8')));
  if (!parsed.success) fail(`${treeFile}: 분류 트리가 올바르지 않아 가져오기를 멈췄습니다. npm run check로 먼저 확인하세요.`);
  existing = parsed.data;
}
if (!replace) {
  const taken = existingFaqIds(faqRoot, importRoot);
  const clashes = records.filter((r) => taken.has(r.id)).map((r) => ({ line: r.line, message: `id: "${r.id}"는 ${taken.get(r.id)}에서 이미 쓰고 있습니다.` }));
  if (clashes.length) fail(`${report(clashes)}\n\n이미 있는 도움말과 id가 겹쳐 아무 파일도 쓰지 않았습니다.`);
}

const merged = mergePaths(existing, records.map((r) => r.path));
fs.rmSync(replace ? faqRoot : importRoot, { recursive: true, force: true });
for (const record of records) {
  const file = path.join(importRoot, `${record.id}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, importedFaqFile(record, merged.subcategoryOf(record.path)));
}
fs.mkdirSync(contentRoot, { recursive: true });
fs.writeFileSync(treeFile, `# 분류 트리 (npm run import가 고쳐 썼습니다). id는 URL과 검색 필터에 쓰입니다.\n${stringify(merged.tree, { lineWidth: 0 })}`);

const flag = option('--source');
const [name, url, license] = flag?.split('|').map((s) => s.trim()) ?? [];
const source = name && url && license ? { name, url, license } : KNOWN_SOURCES[path.basename(input)];
const sourcesFile = path.join(contentRoot, 'sources.yaml');
if (source) {
  const previous = !replace && fs.existsSync(sourcesFile) ? ((parse(fs.readFileSync(sourcesFile, 'utf8')) as { url: string }[] | null) ?? []) : [];
  const sources = [...previous.filter((s) => s.url !== source.url), source];
  fs.writeFileSync(sourcesFile, `# 가져온 콘텐츠의 출처. 사이트의 '도움 소개' 페이지와 바닥글에 표시됩니다.\n${stringify(sources, { lineWidth: 0 })}`);
} else if (replace) fs.rmSync(sourcesFile, { force: true });
if (!source) console.warn(`출처 정보가 없습니다. 남의 문서를 가져왔다면 --source "이름|주소|라이선스"로 출처를 남겨 주세요.`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${records.length}개 도움말을 ${path.relative(process.cwd(), importRoot)}에 썼습니다. 새 분류 ${merged.added}개. (${seconds}초)`);
