import { describe, expect, it } from 'vitest';
import { buildCategoryTree } from '../../src/lib/category-tree.ts';
import { faqPath, nodePath, searchPath, withBase } from '../../src/lib/paths.ts';

describe('withBase', () => {
  it('joins the root base', () => {
    expect(withBase('/', 'faq/x/')).toBe('/faq/x/');
    expect(withBase('/', '/faq/x/')).toBe('/faq/x/');
    expect(withBase('/', '')).toBe('/');
  });

  it('joins a nested preview base with one slash between', () => {
    expect(withBase('/preview/pr-1/', 'faq/x/')).toBe('/preview/pr-1/faq/x/');
    expect(withBase('/preview/pr-1/', '//faq/x/')).toBe('/preview/pr-1/faq/x/');
    expect(withBase('/preview/pr-1/', '')).toBe('/preview/pr-1/');
  });

  it('adds the slash a base without one is missing', () => {
    expect(withBase('/preview/pr-1', 'faq/x/')).toBe('/preview/pr-1/faq/x/');
    expect(withBase('/preview/pr-1', '/search/?q=a')).toBe('/preview/pr-1/search/?q=a');
  });
});

describe('faqPath', () => {
  it('puts the id under faq/ with a trailing slash', () => {
    expect(faqPath('refund-account')).toBe('faq/refund-account/');
    expect(faqPath('docs/ide/build')).toBe('faq/docs/ide/build/');
    expect(withBase('/preview/pr-1/', faqPath('refund-account'))).toBe('/preview/pr-1/faq/refund-account/');
  });
});

describe('nodePath', () => {
  const tree = buildCategoryTree([
    { id: 'admin', name: '관리자센터', categories: [{ id: 'billing', name: '결제', subcategories: [{ id: 'refund', name: '환불' }] }] },
  ]);
  const admin = tree.byId.get('admin')!;
  const refund = tree.byId.get('refund')!;

  it('uses the trail of ids; 최신순 page 1 is the plain URL', () => {
    expect(nodePath(admin)).toBe('admin/');
    expect(nodePath(refund)).toBe('admin/billing/refund/');
    expect(nodePath(refund, 'latest', 1)).toBe('admin/billing/refund/');
  });

  it('adds title/ for 가나다순', () => {
    expect(nodePath(refund, 'title')).toBe('admin/billing/refund/title/');
  });

  it('adds page/<n>/ after page 1', () => {
    expect(nodePath(refund, 'latest', 2)).toBe('admin/billing/refund/page/2/');
    expect(nodePath(admin, 'title', 3)).toBe('admin/title/page/3/');
  });

  it('treats page 0 or below as page 1', () => {
    expect(nodePath(refund, 'latest', 0)).toBe('admin/billing/refund/');
  });
});

describe('searchPath', () => {
  it('is the bare search page without a query', () => {
    expect(searchPath('')).toBe('search/');
    expect(searchPath('', '')).toBe('search/');
  });

  it('encodes a Korean query', () => {
    expect(searchPath('환불')).toBe('search/?q=%ED%99%98%EB%B6%88');
    expect(searchPath('환불 계좌')).toBe('search/?q=%ED%99%98%EB%B6%88+%EA%B3%84%EC%A2%8C');
  });

  it('encodes characters that would break the query string', () => {
    expect(searchPath('a&b=c#d')).toBe('search/?q=a%26b%3Dc%23d');
  });

  it('adds the category filter', () => {
    expect(searchPath('환불', 'refund')).toBe('search/?q=%ED%99%98%EB%B6%88&category=refund');
    expect(searchPath('', 'refund')).toBe('search/?category=refund');
  });

  it('round-trips through URLSearchParams', () => {
    const q = '세금계산서 발행 & 취소';
    const params = new URLSearchParams(searchPath(q, 'tax-invoice').split('?')[1]);
    expect(params.get('q')).toBe(q);
    expect(params.get('category')).toBe('tax-invoice');
  });
});
