/**
 * On every page, and nothing more until needed: "/" jumps to the search box, and the suggestion
 * code (with the search engine) loads only when a search box is first focused.
 */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
  const input = document.querySelector<HTMLInputElement>('input[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form="suggest"]')) {
  const start = () => {
    form.removeEventListener('focusin', start);
    void import('./search-suggest.ts').then((m) => m.attachSuggestions(form));
  };
  form.addEventListener('focusin', start);
}
