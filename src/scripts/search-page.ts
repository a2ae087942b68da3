/**
 * The search page: reads the URL, runs the query, draws the total, results and pages, hands the
 * counts to the category filter (search-filter.ts), and keeps the URL in step (typing replaces
 * the entry, choices push one).
 */
import type { FaqEntry, SearchOutcome } from '../lib/search/korean-search.ts';
import type { SearchTree } from '../lib/search/search-tree.ts';
import { excerpt, markSegments } from '../lib/search/highlight.ts';
import { parseSearchState, searchStateToQuery, type SearchState } from '../lib/search/url-state.ts';
import { isFirstKeystroke } from '../lib/search/query.ts';
import { PAGE_ITEM_CLASS, pageCount, pageLinks, SEARCH_PAGE_SIZE } from '../lib/pagination.ts';
import { formatDate } from '../lib/format.ts';
import { searchText, ui } from '../lib/ui-text.ts';
import { getSearch, h, marked, resultLink, type SearchRuntime } from './search-runtime.ts';
import { startSearchFilter, type SearchFilter } from './search-filter.ts';

/** Searching is fast enough to run on every keystroke; stale answers are dropped, not awaited. */
const TYPING_DEBOUNCE_MS = 0;

type Update = 'push' | 'replace' | 'none';

/** The query as typed, shortened for headings (a pasted essay must not fill the screen). */
function shortQuery(q: string): string {
  const trimmed = q.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 80)}…` : trimmed;
}

export function startSearchPage(): void {
  const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
  const app = $('[data-search-app]');
  const heading = $('[data-search-heading]');
  const form = $<HTMLFormElement>('form[role="search"]');
  const input = $<HTMLInputElement>('#search-page-input');
  const filterEl = $('[data-search-filter]');
  const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
  const context = $('[data-search-context]');
  const status = $('[data-search-status]');
  const results = $('[data-search-results]');
  const pages = $('[data-search-pages]');
  const empty = $('[data-search-empty]');
  const emptyTitle = $('[data-search-empty-title]');
  const unmatched = $('[data-search-unmatched]');
  const fallback = $('[data-search-fallback]');
  const fallbackNote = $('[data-search-fallback-note]');
  const fallbackResults = $('[data-search-fallback-results]');
  const suggestions = $('[data-search-suggestions]');
  const prompt = $('[data-search-prompt]');
  const resultsTitle = $('[data-results-title]');

  let runtime: SearchRuntime;
  let tree: SearchTree;
  let filter: SearchFilter;
  let state: SearchState;
  let sequence = 0;
  let shown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  app.hidden = false;

  const hrefFor = (s: SearchState) => `${location.pathname}${searchStateToQuery(s)}`;

  /** One result; fallback items (일부 단어만 일치) are marked apart so they never count as results. */
  function resultItem(doc: FaqEntry, highlight: string[], browse: boolean, fallbackItem = false): HTMLLIElement {
    const { marks, href } = resultLink(doc, highlight);
    return h(
      'li',
      { class: 'py-5', [fallbackItem ? 'data-search-fallback-result' : 'data-search-result']: true },
      h('p', { class: 'text-sm text-muted' }, tree.trailLabel(doc.subcategory)),
      // On phones the title link is a 44 px tap target (padding instead of the margins around it).
      h('h3', { class: 'text-lg font-bold md:mt-1' }, h('a', { href, class: 'block py-2 underline-offset-4 hover:underline md:inline md:py-0' }, marked(markSegments(doc.title, marks)))),
      h('p', { class: 'text-[0.9375rem] leading-relaxed md:mt-1', 'data-result-excerpt': true }, marked(browse ? [{ text: doc.text.slice(0, 150) + (doc.text.length > 150 ? '…' : ''), mark: false }] : excerpt(doc.text, marks))),
      h('p', { class: 'mt-1 text-sm text-muted' }, `${ui.updatedLabel} `, h('time', { datetime: doc.updated }, formatDate(new Date(`${doc.updated}T00:00:00Z`)))),
    );
  }

  function drawPages(total: number) {
    const count = pageCount(total, SEARCH_PAGE_SIZE);
    if (count <= 1) return pages.replaceChildren();
    const to = (page: number, label: string, extra: Record<string, string> = {}) =>
      h('a', { href: hrefFor({ ...state, page }), class: `${PAGE_ITEM_CLASS} hover:border-accent`, 'data-page': String(page), ...extra }, label);
    const list = h('ul', { class: 'flex flex-wrap items-center justify-center gap-1' });
    list.append(h('li', {}, state.page > 1 ? to(state.page - 1, ui.previousPage, { rel: 'prev' }) : h('span', { class: `${PAGE_ITEM_CLASS} opacity-60`, 'aria-disabled': 'true' }, ui.previousPage)));
    for (const p of pageLinks(state.page, count)) {
      list.append(
        h('li', {}, p === null ? h('span', { class: 'px-2 text-muted', 'aria-hidden': 'true' }, '…') : p === state.page ? h('span', { class: `${PAGE_ITEM_CLASS} bg-accent font-bold text-accent-ink`, 'aria-current': 'page' }, String(p)) : to(p, String(p), { 'aria-label': searchText.pageLabel(p) })),
      );
    }
    list.append(h('li', {}, state.page < count ? to(state.page + 1, ui.nextPage, { rel: 'next' }) : h('span', { class: `${PAGE_ITEM_CLASS} opacity-60`, 'aria-disabled': 'true' }, ui.nextPage)));
    pages.replaceChildren(list);
  }

  function setHeading(total: number | undefined) {
    if (total === undefined) return void (heading.textContent = searchText.landingHeading);
    heading.replaceChildren(`${searchText.resultsHeading} `, h('span', {}, '(총 ', h('span', { 'data-search-total': String(total) }, total.toLocaleString('ko-KR')), '건)'));
  }

  async function run(update: Update, options: { typing?: boolean; focus?: boolean } = {}) {
    const mine = ++sequence;
    const current = { ...state };
    const started = performance.now();
    let response: SearchOutcome;
    try {
      response = await runtime.search.search({ query: current.q, subcategories: current.category ? tree.subcategories(current.category) : undefined, sort: current.sort, typing: options.typing ?? false });
    } catch {
      if (mine === sequence) context.textContent = searchText.loadError;
      return;
    }
    const searched = performance.now();
    // Mid-IME (ends with a lone jamo) and nothing yet, or too little typed yet: keep what is on
    // screen instead of blinking.
    if (options.typing && (response.incomplete || (shown && response.total === 0 && /[\u3131-\u318e]$/.test(current.q.trim())))) {
      app.dataset.renderedQuery = current.q;
      return;
    }
    const landing = !current.q.trim() && !current.category;
    const total = response.total;
    const pageTotal = pageCount(total, SEARCH_PAGE_SIZE);
    if (current.page > pageTotal) current.page = 1; // out of range: back to the first page
    let docs: FaqEntry[];
    let fallbackDocs: FaqEntry[];
    try {
      const [pageHits, fallbackHits] = await Promise.all([
        landing ? [] : response.hits((current.page - 1) * SEARCH_PAGE_SIZE, current.page * SEARCH_PAGE_SIZE),
        response.fallback?.hits(0, SEARCH_PAGE_SIZE) ?? [],
      ]);
      [docs, fallbackDocs] = await Promise.all([Promise.all(pageHits.map((x) => x.entry())), Promise.all(fallbackHits.map((x) => x.entry()))]);
    } catch {
      if (mine === sequence) context.textContent = searchText.loadError;
      return;
    }
    if (mine !== sequence) return; // a newer query finished first or is on its way
    const loaded = performance.now();
    state = current;
    shown = true;

    const counts = tree.countAll(response.counts);
    filter.draw({
      counts,
      total: tree.children('').reduce((sum, id) => sum + (counts.get(id) ?? 0), 0),
      category: state.category,
      href: (category) => hrefFor({ ...state, category, page: 1 }),
    });
    sortSelect.value = state.sort;
    setHeading(landing ? undefined : total);
    resultsTitle.textContent = landing ? searchText.landingHeading : searchText.resultsHeading;
    const node = state.category ? tree.name(state.category) : undefined;
    context.textContent = response.browse && node ? searchText.browsing(node) : response.relaxed ? searchText.relaxedWords(response.relaxed.join(', ')) : '';
    results.replaceChildren(...docs.map((doc) => resultItem(doc, response.highlight, response.browse)));
    drawPages(landing ? 0 : total);

    const noResults = !landing && total === 0;
    empty.hidden = !noResults;
    if (noResults) {
      const q = shortQuery(state.q);
      emptyTitle.textContent = node ? searchText.noResultsInCategory(q, node) : searchText.noResultsTitle(q);
      unmatched.textContent = response.unmatched.length ? searchText.unmatchedWords(response.unmatched.join(', ')) : '';
    }
    fallback.hidden = !(noResults && fallbackDocs.length);
    if (!fallback.hidden) {
      fallbackNote.textContent = searchText.fallbackNote(response.fallback!.dropped);
      fallbackResults.replaceChildren(...fallbackDocs.map((doc) => resultItem(doc, response.highlight, false, true)));
    }
    suggestions.hidden = !(landing || noResults);
    prompt.hidden = !landing;
    status.textContent = landing ? '' : searchText.status(total);
    document.title = `${landing ? searchText.landingHeading : `‘${shortQuery(state.q) || (node ?? '')}’ ${searchText.resultsHeading}`} | ${ui.siteName}`;

    const url = hrefFor(state);
    if (update === 'push' && url !== location.pathname + location.search) history.pushState(null, '', url);
    else if (update !== 'none' || url !== location.pathname + location.search) history.replaceState(null, '', url);
    if (options.focus) heading.focus();
    // Marks what is on screen, for the benchmark and tests (keystroke → rendered timing).
    app.dataset.renderedQuery = state.q;
    app.dataset.renderedAt = String(performance.now());
    // Where the time went (benchmark): engine, document loading, drawing.
    app.dataset.timing = `${(searched - started).toFixed(1)} ${(loaded - searched).toFixed(1)} ${(performance.now() - loaded).toFixed(1)}`;
  }

  const navigate = (next: Partial<SearchState>, focus = false) => {
    clearTimeout(timer);
    state = { ...state, ...next };
    void run('push', { focus });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ q: input.value, page: 1 });
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // The first key of a word (a lone ㄷ) names thousands of words: wait for the next one.
    if (isFirstKeystroke(input.value)) {
      sequence++;
      app.dataset.renderedQuery = input.value;
      return;
    }
    timer = setTimeout(() => {
      state = { ...state, q: input.value, page: 1 };
      void run('replace', { typing: true });
    }, TYPING_DEBOUNCE_MS);
  });
  sortSelect.addEventListener('change', () => navigate({ sort: sortSelect.value as SearchState['sort'], page: 1 }));
  pages.addEventListener('click', (event) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate({ page: Number(a.dataset.page) }, true);
  });
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search, (id) => tree.has(id));
    input.value = state.q;
    void run('none');
  });

  context.textContent = searchText.loading;
  void getSearch()
    .then((r) => {
      runtime = r;
      tree = r.tree;
      filter = startSearchFilter(filterEl, tree, (category) => navigate({ category, page: 1 }));
      state = parseSearchState(location.search, (id) => tree.has(id));
      input.value = state.q;
      return run('none');
    })
    .catch(() => {
      context.textContent = searchText.loadError;
    });
}
