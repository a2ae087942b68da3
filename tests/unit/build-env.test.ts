import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_ENV_NAMES } from '../../src/data/build-env.ts';

/** The build's code: the Astro config and src/, without the command-line tools (they read their own variables). */
function buildSources(): string[] {
  const files = (fs.readdirSync('src', { recursive: true }) as string[])
    .map((f) => path.join('src', f))
    .filter((f) => /\.(ts|mjs|astro)$/.test(f) && !f.startsWith(path.join('src', 'cli') + path.sep));
  return ['astro.config.mjs', ...files];
}

/** Every DOUM_* name the build's code reads, through buildEnv() or process.env directly. */
function envNamesReadByBuild(): Set<string> {
  const names = new Set<string>();
  for (const file of buildSources()) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/process\.env(?:\.|\[['"])(DOUM_[A-Z0-9_]+)|buildEnv\(['"](DOUM_[A-Z0-9_]+)['"]\)/g)) names.add((m[1] ?? m[2])!);
  }
  return names;
}

describe('build environment variables', () => {
  it('BUILD_ENV_NAMES is exactly what the build reads', () => {
    const read = [...envNamesReadByBuild()].sort();
    expect(read.length).toBeGreaterThan(5);
    expect(read, 'build code reads a DOUM_* variable missing from src/data/build-env.ts, or the list names one nothing reads').toEqual([...BUILD_ENV_NAMES].sort());
  });

  it('the README table documents every one of them', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## 환경 변수'), readme.indexOf('\n## ', readme.indexOf('## 환경 변수') + 1));
    expect(BUILD_ENV_NAMES.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });
});
