/**
 * doum's Content Security Policy, in one place: Astro writes it as a <meta> tag (with hashes of
 * anything it inlines) and the security-headers integration writes the same policy to _headers.
 * No 'unsafe-inline' and no 'unsafe-eval' anywhere. 'wasm-unsafe-eval' because search runs
 * Pagefind's WebAssembly on the page itself (every page has the header search box); no page starts
 * a worker (Pagefind runs with noWorker), so workers are refused outright.
 */

/** Directives shared by the meta tag and the header. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'none'",
] as const;

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/** The full policy for an HTTP header (a meta tag cannot carry frame-ancestors). */
export function headerPolicy(): string {
  return [...CSP_DIRECTIVES, "frame-ancestors 'none'", `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`].join('; ');
}
