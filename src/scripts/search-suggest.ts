/**
 * The suggestion list under a search box (header, home, 404): the top 5 FAQs as you type.
 * Keyboard: ↓/↑ choose, Enter opens the chosen FAQ (or the full results page), Esc closes.
 */
import { searchText } from '../lib/ui-text.ts';
import { markSegments } from '../lib/search/highlight.ts';
import { getSearch, h, marked, resultLink } from './search-runtime.ts';
import { isFirstKeystroke } from '../lib/search/query.ts';

const LIMIT = 5;
/** As on the search page: every keystroke searches, late answers to old keystrokes are dropped. */
const DEBOUNCE_MS = 0;

export function attachSuggestions(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const popup = form.querySelector<HTMLElement>('[data-suggest-popup]');
  const list = form.querySelector<HTMLElement>('[data-suggestions]');
  const note = form.querySelector<HTMLElement>('[data-suggest-note]');
  if (!input || !popup || !list || !note) return;
  let options: HTMLElement[] = [];
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', options[index]!.id);
    else input.removeAttribute('aria-activedescendant');
  };

  const run = async () => {
    const query = input.value;
    const mine = ++sequence;
    if (!query.trim()) return close();
    if (isFirstKeystroke(query)) return; // a lone ㄷ: keep what is shown until the next key
    let response;
    let tree;
    try {
      const runtime = await getSearch();
      tree = runtime.tree;
      response = await runtime.search.search({ query, typing: true });
    } catch {
      if (mine === sequence) {
        list.replaceChildren();
        note.textContent = searchText.loadError;
        popup.hidden = false;
      }
      return;
    }
    if (response.incomplete) return; // a syllable on the way to a word: keep the list until the next key
    const docs = await Promise.all((await response.hits(0, LIMIT)).map((hit) => hit.entry()));
    if (mine !== sequence) return; // a newer keystroke won
    options = docs.map((doc, i) => {
      const { marks, href } = resultLink(doc, response.highlight);
      const option = h(
        'div',
        { role: 'option', id: `${list.id}-${i}`, 'aria-selected': 'false', 'data-href': href, class: 'block cursor-pointer px-3 py-2 aria-selected:bg-accent-soft hover:bg-surface' },
        h('span', { class: 'block text-xs text-muted' }, tree.trailLabel(doc.subcategory)),
        h('span', { class: 'block font-semibold' }, marked(markSegments(doc.title, marks))),
      );
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => location.assign(href));
      return option;
    });
    list.replaceChildren(...options);
    note.textContent = options.length ? searchText.seeAll(query.trim()) : searchText.noSuggestions;
    popup.hidden = false;
    input.setAttribute('aria-expanded', String(options.length > 0));
    setActive(-1);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (popup.hidden || !options.length) return;
      event.preventDefault();
      // Positions cycle through the options and back to the box itself (-1).
      let next = active + (event.key === 'ArrowDown' ? 1 : -1);
      if (next >= options.length) next = -1;
      else if (next < -1) next = options.length - 1;
      setActive(next);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.assign(options[active]!.dataset.href!);
    } else if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.preventDefault();
        close();
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('focus', () => {
    if (input.value.trim()) void run();
  });
  if (input.value.trim() && document.activeElement === input) void run();
}
