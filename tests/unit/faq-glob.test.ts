import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { faqStore } from '../../src/data/faq-glob.ts';

type Store = LoaderContext['store'];
type Entry = Parameters<Store['set']>[0];

/** The entries a store was given, and a store that records them. */
function recording(): { saved: Entry[]; store: Store } {
  const saved: Entry[] = [];
  const store = { set: (entry: Entry) => (saved.push(entry), true), get: () => undefined, keys: () => [] } as unknown as Store;
  return { saved, store };
}

describe('faqStore: the content store keeps what pages use', () => {
  it('takes the start of the answer when the writer gave no summary, and drops the body', () => {
    const { saved, store } = recording();
    faqStore(store).set({ id: 'a', data: { title: 't' }, body: '## 소개\n\n<Note>**월렛** 잔액을 [환불](/faq/x/) 계좌로 돌려받습니다.</Note>', digest: '1' });
    expect(saved).toEqual([{ id: 'a', data: { title: 't', summary: '소개 월렛 잔액을 환불 계좌로 돌려받습니다.' }, digest: '1' }]);
  });

  it("keeps the writer's summary and passes the other methods through", () => {
    const { saved, store } = recording();
    const summarizing = faqStore(store);
    summarizing.set({ id: 'b', data: { summary: '직접 쓴 요약' }, body: '본문' });
    expect(saved[0]!.data.summary).toBe('직접 쓴 요약');
    expect(summarizing.get).toBe(store.get);
  });

  it('keeps rendered HTML and image paths, not the heading list or the frontmatter copy', () => {
    const { saved, store } = recording();
    const rendered = { html: '<h2 id="a">a</h2>', metadata: { headings: [{ depth: 2, slug: 'a', text: 'a' }], frontmatter: { title: 't' }, imagePaths: ['./x.png'] } };
    faqStore(store).set({ id: 'd', data: { title: 't' }, body: '## a', rendered, digest: '2' });
    expect(saved[0]!.rendered).toEqual({ html: '<h2 id="a">a</h2>', metadata: { imagePaths: ['./x.png'] } });
    faqStore(store).set({ id: 'e', data: { title: 't' }, body: 'x', deferredRender: true });
    expect(saved[1]).not.toHaveProperty('rendered');
  });

  it('cuts a long answer at a word near 110 characters', () => {
    const { saved, store } = recording();
    faqStore(store).set({ id: 'c', data: {}, body: '가나다 '.repeat(60) });
    expect(String(saved[0]!.data.summary)).toMatch(/^(가나다 ){20,}가나다…$/);
    expect(String(saved[0]!.data.summary).length).toBeLessThanOrEqual(111);
  });
});
