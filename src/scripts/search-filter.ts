/**
 * The search page's category filter: the tree with counts, as links that carry the URL state. By
 * default it shows only where the query has results (and the current choice); "모두 보기" shows
 * every node. On phones the tree folds behind one 카테고리 선택 button naming the choice and its count.
 */
import { nodesWithResults } from '../lib/filter-tree.ts';
import type { SearchTree } from '../lib/search/search-tree.ts';
import { searchText } from '../lib/ui-text.ts';
import { h } from './search-runtime.ts';

/** What one search gives the filter to draw. */
export interface FilterView {
  /** Matches per node id (every level), for the query over the whole site. */
  counts: Map<string, number>;
  /** Matches over the whole site (전체). */
  total: number;
  /** The chosen node, '' for 전체. */
  category: string;
  /** The search page's URL with this node chosen (query, sort kept; first page). */
  href: (category: string) => string;
}

interface TreeNode {
  li: HTMLLIElement;
  a: HTMLAnchorElement;
  count: HTMLSpanElement;
  kids?: HTMLUListElement;
}

export interface SearchFilter {
  draw(view: FilterView): void;
}

/** Wires the filter in `root` (the page's <nav>); `choose` runs a search with another node. */
export function startSearchFilter(root: HTMLElement, tree: SearchTree, choose: (category: string) => void): SearchFilter {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const treeEl = $('[data-search-tree]');
  const toggle = $<HTMLButtonElement>('[data-filter-toggle]');
  const choice = $('[data-filter-choice]');
  const panel = $('[data-filter-panel]');
  const showAllButton = $<HTMLButtonElement>('[data-tree-show-all]');

  const nodes = new Map<string, TreeNode>();
  let showAll = false;
  let last: FilterView | undefined;

  const build = (id: string, level: number): HTMLLIElement => {
    const count = h('span', { class: 'shrink-0 text-muted' });
    const a = h(
      'a',
      { class: `flex min-h-11 items-center justify-between gap-2 rounded-md px-2 md:min-h-0 md:py-1 ${level === 1 ? 'font-semibold' : ''}`, 'data-node': id },
      h('span', { class: 'min-w-0' }, id ? tree.name(id) : searchText.all),
      ' ',
      count,
    );
    const kids = id ? tree.children(id).map((kid) => build(kid, level + 1)) : [];
    const list = kids.length ? h('ul', { class: 'mt-1 ml-3 flex flex-col gap-1 border-l border-line pl-2' }, ...kids) : undefined;
    const li = h('li', {}, a, list);
    nodes.set(id, { li, a, count, kids: list });
    return li;
  };
  treeEl.replaceChildren(h('ul', { class: 'flex flex-col gap-1' }, build('', 1), ...tree.children('').map((id) => build(id, 1))));

  const phone = () => toggle.getClientRects().length > 0;
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('max-md:hidden', !open);
  };

  function draw(view: FilterView) {
    last = view;
    const { counts, total, category, href } = view;
    const withResults = nodesWithResults((id) => tree.children(id), counts, category);
    for (const [id, { li, a, count }] of nodes) {
      const n = id ? (counts.get(id) ?? 0) : total;
      const current = category === id;
      count.textContent = searchText.nodeCount(n);
      // Nodes without matches are hidden until 모두 보기; then they show disabled: not a link, not focusable.
      li.hidden = !showAll && !withResults.has(id);
      if (n === 0 && !current) {
        a.removeAttribute('href');
        a.setAttribute('aria-disabled', 'true');
      } else {
        a.href = href(id);
        a.removeAttribute('aria-disabled');
      }
      if (current) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
      a.classList.toggle('bg-accent-soft', current);
      a.classList.toggle('text-accent', current);
      a.classList.toggle('font-bold', current);
      a.classList.toggle('text-muted', n === 0 && !current);
      a.classList.toggle('cursor-not-allowed', n === 0 && !current);
      a.classList.toggle('hover:bg-surface', n > 0 || current);
    }
    // A branch whose nodes are all hidden takes no space either (its rule line included).
    for (const { kids } of nodes.values()) if (kids) kids.hidden = [...kids.children].every((li) => (li as HTMLElement).hidden);

    const withoutResults = nodes.size - withResults.size;
    showAllButton.hidden = withoutResults === 0;
    showAllButton.replaceChildren(
      ...(showAll ? [searchText.showNodesWithResults] : [searchText.showAllNodes, h('span', { class: 'font-normal text-muted' }, ` (${searchText.hiddenNodes(withoutResults)})`)]),
    );
    choice.textContent = `${category ? tree.name(category) : searchText.all} ${searchText.nodeCount(category ? (counts.get(category) ?? 0) : total)}`;
  }

  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !phone()) return;
    setOpen(false);
    toggle.focus();
  });
  showAllButton.addEventListener('click', () => {
    showAll = !showAll;
    if (last) draw(last);
  });
  treeEl.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('a[data-node][href]');
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    // On a phone the choice folds the tree away and focus returns to the button that names it.
    if (phone()) {
      setOpen(false);
      toggle.focus();
    }
    choose(a.dataset.node ?? '');
  });

  return { draw };
}
