/**
 * npm run new — scaffolds an FAQ. Asks for what is missing, or takes flags:
 *   npm run new -- --title "환불은 언제 되나요?" --category refund --tags 환불,기간 [--id refund-when]
 * Writes content/faq/<id>.mdx as a draft with today's date, never overwrites, prints the path and URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { getCategoryTree } from '../data/category-tree.ts';
import { contentDir, displayPath } from '../data/content-dir.ts';
import { existingFaqIds } from '../data/faq-files.ts';
import { faqPath, withBase } from '../lib/paths.ts';
import { FAQ_ID_PATTERN } from '../schemas/faq.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const tree = getCategoryTree();
const faqDir = path.join(contentDir(), 'faq');
const taken = existingFaqIds(faqDir);
const interactive = process.stdin.isTTY && !argv.includes('--yes');
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const ask = async (question: string, fallback?: string): Promise<string> => {
  if (!rl) return fallback ?? '';
  const answer = (await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
  return answer || fallback || '';
};

let title = flag('title') ?? (await ask('질문(제목), 방문자가 묻는 말 그대로'));
if (!title.trim()) fail('제목이 필요합니다: --title "…나요?"');
title = title.trim();

let categoryId = flag('category');
if (!categoryId) {
  if (!rl) fail(`하위 카테고리가 필요합니다: --category <id> (${tree.subcategories.map((n) => n.id).join(', ')})`);
  tree.subcategories.forEach((node, i) => console.log(`${String(i + 1).padStart(3)}. ${node.trail.map((n) => n.name).join(' › ')} (${node.id})`));
  const answer = await ask('하위 카테고리 번호나 id');
  categoryId = /^\d+$/.test(answer) ? tree.subcategories[Number(answer) - 1]?.id : answer;
}
const category = categoryId ? tree.byId.get(categoryId) : undefined;
if (!category || category.level !== 3) fail(`"${categoryId ?? ''}"은(는) 하위 카테고리 id가 아닙니다. 쓸 수 있는 id: ${tree.subcategories.map((n) => n.id).join(', ')}`);

const tagsText = flag('tags') ?? (await ask('태그(쉼표로 구분, 없으면 Enter)', ''));
const tags = tagsText.split(/[,，]/).map((t) => t.trim()).filter(Boolean);

let suggested = `${category!.id}-1`;
for (let n = 2; taken.has(suggested); n++) suggested = `${category!.id}-${n}`;
const id = (flag('id') ?? (await ask('파일 이름(영문 소문자, 주소에 쓰입니다)', suggested))) || suggested;
rl?.close();
if (!FAQ_ID_PATTERN.test(id) || id.includes('/')) fail(`"${id}"은(는) 파일 이름으로 쓸 수 없습니다. 영문 소문자·숫자·하이픈만 써 주세요(예: refund-when).`);
if (taken.has(id)) fail(`"${id}"은(는) ${taken.get(id)}에서 이미 쓰고 있습니다. 다른 이름을 골라 주세요.`);
const file = path.join(faqDir, `${id}.mdx`);
if (fs.existsSync(file)) fail(`${displayPath(file)}이(가) 이미 있습니다. 덮어쓰지 않았습니다.`);

// Today in Korea, whatever the machine's time zone.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
const yaml = (s: string) => JSON.stringify(s);
const source = [
  '---',
  `title: ${yaml(title)}`,
  `category: ${category!.id}`,
  `updated: ${today}`,
  ...(tags.length ? [`tags: [${tags.map(yaml).join(', ')}]`] : []),
  'draft: true',
  '---',
  '',
  '질문에 대한 답을 첫 문장에 바로 적어 주세요. 다 쓰면 위의 draft: true 줄을 지워야 사이트에 나옵니다.',
  '',
].join('\n');
fs.mkdirSync(faqDir, { recursive: true });
fs.writeFileSync(file, source, { flag: 'wx' });

const site = process.env.DOUM_SITE || 'http://127.0.0.1:4321';
const url = new URL(withBase(process.env.DOUM_BASE || '/', faqPath(id)), site).href;
console.log(`만들었습니다: ${displayPath(file)}`);
console.log(`주소: ${url} (초안이라 npm run dev에서만 보입니다)`);
