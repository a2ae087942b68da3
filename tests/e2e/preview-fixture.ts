import fs from 'node:fs';
import path from 'node:path';
import { git } from '../support/git.ts';

/**
 * The deploy-preview fixture: a git repository in `dir` whose main branch holds the sample content
 * and whose branch pr-1 adds an FAQ (in a new subcategory), changes another, removes a third,
 * renames a subcategory and edits the synonyms, all in one commit.
 */
export const ADDED = { id: 'card-charge-cancel', title: '카드로 충전한 캐시를 환불하면 카드 결제가 취소되나요?', trail: '누리봇 관리자센터 › 월렛과 결제 › 카드 결제 취소' };
export const CHANGED = { id: 'refund-amount', title: '환불 금액은 어떻게 계산되나요?', oldTitle: '환불받을 수 있는 금액은 어떻게 계산되나요?', trail: '누리봇 관리자센터 › 월렛과 결제 › 환불과 취소' };
export const REMOVED = { id: 'bonus-cash-refund', title: '무상으로 받은 보너스 캐시도 환불되나요?', oldTrail: '누리봇 관리자센터 › 월렛과 결제 › 환불' };

/** Replaces one exact piece of a file, failing loudly if the sample content no longer has it. */
function edit(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
  fs.writeFileSync(file, text.replace(from, to));
}

/** Makes the repository and returns the short id of the pr-1 commit. */
export function makeRepository(dir: string): string {
  fs.cpSync(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', '예시 콘텐츠');
  git(dir, 'checkout', '-q', '-b', 'pr-1');
  const content = path.join(dir, 'content');
  fs.copyFileSync(path.resolve('tests/fixtures/preview/card-charge-cancel.mdx'), path.join(content, 'faq/card-charge-cancel.mdx'));
  const changed = path.join(content, 'faq/refund-amount.mdx');
  edit(changed, `title: ${CHANGED.oldTitle}`, `title: ${CHANGED.title}`);
  edit(changed, 'updated: 2025-07-24', 'updated: 2026-11-20');
  edit(changed, 'tags: [환불, 환불 금액, 캐시]', 'tags: [환불, 환불 금액, 부가세]');
  fs.appendFileSync(changed, '\n카드로 충전한 지 7일이 지나지 않았다면 환불 대신 카드 결제 취소로 처리될 수 있습니다.\n');
  fs.rmSync(path.join(content, `faq/${REMOVED.id}.mdx`));
  edit(path.join(content, 'categories.yaml'), '{ id: refund, name: 환불, order: 3 }', '{ id: refund, name: 환불과 취소, order: 3 }');
  edit(path.join(content, 'categories.yaml'), '        - { id: tax-invoice, name: 세금계산서, order: 4 }\n', '        - { id: tax-invoice, name: 세금계산서, order: 4 }\n        - { id: card-cancel, name: 카드 결제 취소, order: 5 }\n');
  edit(path.join(content, 'synonyms.yaml'), '- from: [카톡]\n  to: [카카오톡]\n', '- same: [카드 취소, 결제 취소]\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', '카드 결제 취소 도움말 추가, 환불 금액 도움말 수정, 보너스 캐시 도움말 삭제');
  return git(dir, 'rev-parse', '--short=7', 'HEAD');
}

