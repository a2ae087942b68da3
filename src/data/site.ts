/**
 * Build-wide settings that come from the environment (documented in the README; every name is in
 * build-env.ts): DOUM_SITE (absolute origin for canonical URLs), DOUM_BASE (sub-path), DOUM_PREVIEW
 * (noindex, banner, changes page), DOUM_PREVIEW_LABEL and DOUM_PREVIEW_BASE (what the preview shows).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildEnv } from './build-env.ts';
import { contentDir } from './content-dir.ts';

/** A preview deployment must never be indexed by search engines. */
export function isPreviewBuild(): boolean {
  return ['1', 'true', 'yes'].includes((buildEnv('DOUM_PREVIEW') ?? '').toLowerCase());
}

/** What the preview banner names, e.g. "PR #12 · a1b2c3d"; undefined when the build was not told. */
export function previewLabel(): string | undefined {
  return buildEnv('DOUM_PREVIEW_LABEL');
}

/** The git ref a preview's changes page compares against, e.g. "origin/main". */
export function previewBaseRef(): string | undefined {
  return buildEnv('DOUM_PREVIEW_BASE');
}

export interface ContentSource {
  name: string;
  url: string;
  license: string;
  note?: string;
}

/** Third-party content the site ships (content/sources.yaml, written by `npm run import`). */
export function contentSources(): ContentSource[] {
  const file = path.join(contentDir(), 'sources.yaml');
  if (!fs.existsSync(file)) return [];
  const raw = parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(raw)) return [];
  return raw.filter((s): s is ContentSource => typeof s?.name === 'string' && typeof s?.url === 'string' && typeof s?.license === 'string');
}
