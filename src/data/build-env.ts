/**
 * Every environment variable the site build reads (astro.config.mjs and src/, not the CLI tools).
 * The README's table documents the same names; tests/unit/build-env.test.ts checks that build code
 * reads no DOUM_* name missing here and that no name here has gone unread, and the workflow test
 * checks the workflows set only these.
 */
export const BUILD_ENV_NAMES = [
  'DOUM_SITE',
  'DOUM_BASE',
  'DOUM_PREVIEW',
  'DOUM_PREVIEW_LABEL',
  'DOUM_PREVIEW_BASE',
  'DOUM_CONTENT_DIR',
  'DOUM_OUT_DIR',
  'DOUM_CACHE_DIR',
  'DOUM_PAGEFIND_PLAIN',
] as const;

export type BuildEnvName = (typeof BUILD_ENV_NAMES)[number];

/** The variable's value; undefined when it is unset or empty (an empty CI variable means "not given"). */
export function buildEnv(name: BuildEnvName): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}
