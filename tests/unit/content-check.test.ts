import { describe, expect, it } from 'vitest';
import { buildCategoryTree } from '../../src/lib/category-tree.ts';
import { checkFaqs, type CheckOptions, type FaqSource } from '../../src/lib/content-check.ts';

const tree = buildCategoryTree([
  { id: 'admin', name: '관리자센터', categories: [{ id: 'billing', name: '결제', subcategories: [{ id: 'refund', name: '환불' }, { id: 'wallet', name: '월렛' }] }] },
]);

const good = (id: string, title = `${id} 질문인가요?`, body = '답변입니다.'): FaqSource => ({
  file: `content/faq/${id}.mdx`,
  id,
  source: `---\ntitle: ${title}\ncategory: refund\nupdated: 2025-03-14\n---\n\n${body}\n`,
});

/** Messages for one broken file (.mdx unless named otherwise) checked next to a valid one. */
async function messages(source: string, file = 'broken.mdx', options: CheckOptions = {}): Promise<string[]> {
  const id = file.replace(/\.mdx?$/, '');
  return (await checkFaqs([good('ok'), { file: `content/faq/${file}`, id, source }], tree, undefined, options))
    .filter((p) => p.file.endsWith(file))
    .map((p) => `${p.file}:${p.line}: ${p.severity}: ${p.message}`);
}

describe('npm run check: one message per kind of mistake, naming file, line and field', () => {
  it('missing title', async () => {
    expect(await messages('---\ncategory: refund\nupdated: 2025-03-14\n---\n본문')).toMatchInlineSnapshot(`
      [
        "content/faq/broken.mdx:1: error: title: 필수 항목이 없습니다. 질문 형태의 제목(문자열)을(를) 적어 주세요.",
      ]
    `);
  });

  it('wrong type', async () => {
    expect(await messages('---\ntitle: 12345\ncategory: refund\nupdated: 2025-03-14\nfeatured: "yes"\n---\n본문')).toMatchInlineSnapshot(`
      [
        "content/faq/broken.mdx:2: error: title: 질문 형태의 제목(문자열)이어야 합니다. 받은 값: 12345 (숫자)",
        "content/faq/broken.mdx:5: error: featured: true 또는 false이어야 합니다. 받은 값: "yes"",
      ]
    `);
  });

  it('unknown category lists the close and the valid ids', async () => {
    expect(await messages('---\ntitle: 분류가 틀렸나요?\ncategory: refnd\nupdated: 2025-03-14\n---\n본문')).toMatchInlineSnapshot(`
      [
        "content/faq/broken.mdx:3: error: category: "refnd"은(는) content/categories.yaml에 없는 하위 카테고리 id입니다. 비슷한 id: refund, wallet. 쓸 수 있는 하위 카테고리 id: refund, wallet",
      ]
    `);
  });

  it('bad date', async () => {
    expect(await messages('---\ntitle: 날짜가 틀렸나요?\ncategory: refund\nupdated: 2025-13-01\n---\n본문')).toMatchInlineSnapshot(`
      [
        "content/faq/broken.mdx:4: error: updated: YYYY-MM-DD 형식의 실제 날짜(예: 2025-03-14)여야 합니다. 받은 값: "2025-13-01"",
      ]
    `);
  });

  it('duplicate id and duplicate title', async () => {
    const problems = (await checkFaqs([good('same'), { ...good('same', 'same 질문인가요?'), file: 'content/faq/other/same.mdx' }], tree)).map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/faq/other/same.mdx:1: id: "same"은(는) content/faq/same.mdx에서 이미 쓰고 있습니다. FAQ id(파일 이름 또는 id 항목)는 서로 달라야 합니다.",
        "content/faq/other/same.mdx:2: title: "same 질문인가요?"은(는) content/faq/same.mdx와(과) 제목이 같습니다. 검색 결과에서 구별되도록 제목을 다르게 적어 주세요.",
      ]
    `);
  });

  it('broken MDX', async () => {
    expect(await messages('---\ntitle: 태그가 안 닫혔나요?\ncategory: refund\nupdated: 2025-03-14\n---\n\n<Note>\n\n닫지 않았습니다.\n')).toMatchInlineSnapshot(`
      [
        "content/faq/broken.mdx:7: error: MDX 문법 오류: Expected a closing tag for \`<Note>\` (7:1) (mdx-jsx:unexpected-character)",
      ]
    `);
  });

  it('a component with a wrong prop', async () => {
    expect(await messages('---\ntitle: 속성이 틀렸나요?\ncategory: refund\nupdated: 2025-03-14\n---\n\n<Note type="info">참고</Note>\n')).toMatchInlineSnapshot(`
      [
        "content/faq/broken.mdx:7: error: <Note> type: "note" 또는 "warning"이어야 합니다. 받은 값: "info"",
      ]
    `);
  });

  it('links to FAQs that do not exist, by component and by Markdown link', async () => {
    expect(await messages('---\ntitle: 링크가 깨졌나요?\ncategory: refund\nupdated: 2025-03-14\n---\n\n[환불](/faq/nope/)을 보세요.\n\n<FaqLink id="gone" />\n')).toMatchInlineSnapshot(`
      [
        "content/faq/broken.mdx:7: error: 링크: /faq/nope/ 도움말이 없습니다. 다른 도움말로 연결할 때는 <FaqLink id="…" />를 쓰면 빌드가 확인해 줍니다.",
        "content/faq/broken.mdx:9: error: <FaqLink> id: "gone"인 도움말이 없습니다. 비슷한 id: ok, broken",
      ]
    `);
  });

  it('a published FAQ linking to a draft, which the public site leaves out; a draft may', async () => {
    const draft: FaqSource = { file: 'content/faq/draft.mdx', id: 'draft', source: '---\ntitle: 초안인가요?\ncategory: refund\nupdated: 2025-03-14\ndraft: true\n---\n\n<FaqLink id="ok" />\n' };
    const linking = (id: string, extra = ''): FaqSource => ({ file: `content/faq/${id}.mdx`, id, source: `---\ntitle: ${id}에 링크가 있나요?\ncategory: refund\nupdated: 2025-03-14\n${extra}---\n\n<FaqLink id="draft" />\n` });
    const problems = await checkFaqs([good('ok'), draft, linking('published'), linking('another-draft', 'draft: true\n')], tree);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'content/faq/published.mdx:7: <FaqLink> id: "draft" 도움말은 초안(draft: true)이라 공개 사이트에 나오지 않습니다. 그 도움말의 draft 줄을 지워 공개하거나, 이 링크를 빼 주세요.',
    ]);
  });

  it('images without alt text, in .mdx (the build rule) and .md, and empty bodies', async () => {
    const source = '---\ntitle: 이미지에 설명이 없나요?\ncategory: refund\nupdated: 2025-03-14\n---\n\n![](/images/a.png)\n';
    expect(await messages(source)).toEqual(['content/faq/broken.mdx:7: error: 이미지 /images/a.png에 대체 텍스트가 없습니다. ![이미지 설명](주소)처럼 적어 주세요.']);
    expect(await messages(source, 'broken.md')).toEqual(['content/faq/broken.md:7: error: 이미지 /images/a.png에 대체 텍스트가 없습니다. ![이미지 설명](주소)처럼 적어 주세요.']);
    expect(await messages('---\ntitle: 본문이 없나요?\ncategory: refund\nupdated: 2025-03-14\n---\n\n{/* 나중에 */}\n')).toEqual([
      'content/faq/broken.mdx:6: error: 본문이 비어 있습니다. 질문에 대한 답을 적어 주세요.',
    ]);
  });

  it('a .md file using what only works in .mdx', async () => {
    const source = '---\ntitle: 컴포넌트를 썼나요?\ncategory: refund\nupdated: 2025-03-14\n---\n\n<Note>참고</Note>\n\n`<Note>`는 코드라 괜찮고 {/* 메모 */}는 글자로 보입니다.\n';
    expect(await messages(source, 'imported.md')).toMatchInlineSnapshot(`
      [
        "content/faq/imported.md:7: error: <Note>은(는) .mdx 파일에서만 동작하고, .md 파일에서는 글자 그대로 보입니다. MDX로 쓰려면 파일 이름을 imported.mdx로 바꾸세요.",
        "content/faq/imported.md:9: error: {/* … */}은(는) .mdx 파일에서만 동작하고, .md 파일에서는 글자 그대로 보입니다. MDX로 쓰려면 파일 이름을 imported.mdx로 바꾸세요.",
      ]
    `);
    expect(await messages(source.replace('<Note>참고</Note>', '<div>글자</div> {중괄호}').replace(' {/* 메모 */}는 글자로 보입니다', ''), 'imported.md')).toEqual([]);
  });

  it('JavaScript, import and export: refused by default, allowed with full MDX', async () => {
    const source = '---\ntitle: 코드를 썼나요?\ncategory: refund\nupdated: 2025-03-14\n---\n\nexport const n = 2\n\n답은 {n}입니다.\n';
    expect(await messages(source)).toMatchInlineSnapshot(`
      [
        "content/faq/broken.mdx:7: error: import/export는 쓸 수 없습니다. 컴포넌트는 가져오지 않아도 바로 쓸 수 있습니다.",
        "content/faq/broken.mdx:9: error: {n}: 도움말에는 자바스크립트 식을 쓸 수 없습니다. 중괄호를 글자로 쓰려면 \\{ \\}처럼 적어 주세요.",
      ]
    `);
    expect(await messages(source, 'broken.mdx', { allowCode: true })).toEqual([]);
  });

  it('a title that is not a question is a warning, not an error', async () => {
    const problems = await checkFaqs([good('statement', '환불 규정')], tree);
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    expect(problems[0]!.message).toContain('질문 형태가 아닙니다');
    expect(await checkFaqs([good('reference', '환불 수수료 안내')], tree)).toEqual([]);
  });

  it('valid FAQs pass without messages', async () => {
    expect(await checkFaqs([good('a'), good('b')], tree)).toEqual([]);
  });
});
