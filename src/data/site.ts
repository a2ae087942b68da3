/**
 * Build-wide settings that come from the environment (documented in the README):
 * DOUM_SITE (absolute origin for canonical URLs), DOUM_BASE (sub-path), DOUM_PREVIEW (noindex).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './content-dir.ts';

/** A preview deployment must never be indexed by search engines. */
export function isPreviewBuild(): boolean {
  return ['1', 'true', 'yes'].includes((process.env.DOUM_PREVIEW ?? '').toLowerCase());
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
