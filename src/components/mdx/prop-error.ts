/**
 * Errors for writers' MDX components. The message names the FAQ file (set by the article page in
 * Astro.locals), the component, the prop, what was expected and what was received.
 */
export class MdxComponentError extends Error {
  override name = 'MdxComponentError';
}

export function propError(source: string, component: string, prop: string, expected: string, received: unknown): MdxComponentError {
  const shown = received === undefined ? '없음' : JSON.stringify(received);
  return new MdxComponentError(`${source}: <${component}> ${prop}: ${expected}이어야 합니다. 받은 값: ${shown}`);
}

/** The file being rendered, for messages; falls back to the page URL outside FAQ pages. */
export function sourceOf(astro: { locals: App.Locals; url: URL }): string {
  return astro.locals.faqSource ?? astro.url.pathname;
}
