import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILD_ENV_NAMES } from '../../src/data/build-env.ts';

/**
 * The GitHub Actions workflows in .github/workflows/: every `npm run` they name exists, every
 * DOUM_* variable they set is one the build reads (src/data/build-env.ts, itself checked against
 * the code by build-env.test.ts), and each does what the README promises.
 */
interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
}
interface Job {
  env?: Record<string, unknown>;
  steps: Step[];
  needs?: string | string[];
}
interface Workflow {
  on: Record<string, unknown>;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const workflows = new Map(files.map((f) => [f, parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Workflow]));
const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

const stepsOf = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const runsOf = (w: Workflow) => stepsOf(w).flatMap((s) => (s.run ? [s.run] : []));

/** npm scripts a shell snippet runs: `npm run x`, and the `npm test` / `npm start` shorthands. */
function npmScripts(run: string): string[] {
  return [...run.matchAll(/\bnpm\s+(?:run(?:-script)?\s+([\w:.-]+)|(test|start)\b)/g)].map((m) => (m[1] ?? m[2])!);
}

/** DOUM_* names a workflow sets: env maps at every level, and NAME=… in scripts (e.g. into $GITHUB_ENV). */
function envNamesSet(w: Workflow): string[] {
  const maps = [w.env, ...Object.values(w.jobs).flatMap((job) => [job.env, ...job.steps.map((s) => s.env)])];
  const fromMaps = maps.flatMap((env) => Object.keys(env ?? {}));
  const fromRuns = runsOf(w).flatMap((run) => [...run.matchAll(/\b(DOUM_[A-Z0-9_]+)=/g)].map((m) => m[1]!));
  return [...new Set([...fromMaps, ...fromRuns])].filter((name) => name.startsWith('DOUM_'));
}

/** What a step sees: the workflow's, its job's and its own env (later wins). */
function envAt(w: Workflow, job: Job, step: Step): Record<string, string> {
  return Object.fromEntries(Object.entries({ ...w.env, ...job.env, ...step.env }).map(([k, v]) => [k, String(v)]));
}

function findStep(w: Workflow, what: string, test: (s: Step) => boolean): { job: Job; step: Step; index: number } {
  for (const job of Object.values(w.jobs)) {
    const index = job.steps.findIndex(test);
    if (index >= 0) return { job, step: job.steps[index]!, index };
  }
  throw new Error(`no step ${what}`);
}

describe('workflows', () => {
  it('there are a pull-request preview workflow and a main workflow', () => {
    expect(files.sort()).toEqual(['main.yml', 'preview.yml']);
  });

  for (const [file, workflow] of workflows) {
    it(`${file}: every npm script it runs exists in package.json`, () => {
      const named = runsOf(workflow).flatMap(npmScripts);
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((name) => !(name in scripts))).toEqual([]);
    });

    it(`${file}: every DOUM_* variable it sets is one the build reads`, () => {
      const names = envNamesSet(workflow);
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !(BUILD_ENV_NAMES as readonly string[]).includes(name))).toEqual([]);
    });

    it(`${file}: uses Node 24 wherever it sets up Node`, () => {
      const setups = stepsOf(workflow).filter((s) => s.uses?.startsWith('actions/setup-node@'));
      expect(setups.length).toBeGreaterThan(0);
      for (const s of setups) expect(String(s.with?.['node-version'])).toBe('24');
    });
  }

  it('preview.yml: on a pull request, checks and builds a preview under /preview/pr-<number>/ and uploads dist', () => {
    const w = workflows.get('preview.yml')!;
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    const checkout = findStep(w, 'checks out', (s) => s.uses?.startsWith('actions/checkout@') ?? false);
    expect(checkout.step.with?.['fetch-depth'], 'the changes page needs the base branch history').toBe(0);
    const install = findStep(w, 'installs', (s) => /\bnpm ci\b/.test(s.run ?? ''));
    const check = findStep(w, 'runs npm run check', (s) => npmScripts(s.run ?? '').includes('check'));
    const label = findStep(w, 'sets the label', (s) => /DOUM_PREVIEW_LABEL=.*>> "?\$GITHUB_ENV/.test(s.run ?? ''));
    const build = findStep(w, 'builds', (s) => npmScripts(s.run ?? '').includes('build'));
    const upload = findStep(w, 'uploads', (s) => s.uses?.startsWith('actions/upload-artifact@') ?? false);
    const host = findStep(w, 'is the hosting step', (s) => s.name?.includes('호스팅') ?? false);
    const steps = [install, check, label, build, upload, host];
    expect(steps.every((x) => x.job === build.job), 'one job does it all').toBe(true);
    const order = steps.map((x) => x.index);
    expect(order, 'install, check, label, build, upload, host in that order').toEqual([...order].sort((a, b) => a - b));
    expect(label.step.run).toContain('PR #${PR_NUMBER}');
    expect(envAt(w, build.job, build.step)).toMatchObject({
      DOUM_BASE: '/preview/pr-${{ github.event.pull_request.number }}/',
      DOUM_PREVIEW: '1',
      DOUM_PREVIEW_BASE: 'origin/${{ github.base_ref }}',
    });
    expect(upload.step.with?.path).toBe('dist/');
    expect(upload.step.with?.name).toBe('preview-pr-${{ github.event.pull_request.number }}');
  });

  it("main.yml: on main, runs the README's test command, then the production build, and uploads dist", () => {
    const w = workflows.get('main.yml')!;
    expect(w.on).toEqual({ push: { branches: ['main'] } });
    const readme = fs.readFileSync('README.md', 'utf8');
    expect(readme).toContain('```sh\nnpm install && npm test\n```');
    const tests = findStep(w, 'runs npm test', (s) => npmScripts(s.run ?? '').includes('test'));
    const build = findStep(w, 'builds', (s) => npmScripts(s.run ?? '').includes('build'));
    const buildJob = Object.entries(w.jobs).find(([, job]) => job === build.job)![0];
    const testJob = Object.entries(w.jobs).find(([, job]) => job === tests.job)![0];
    expect([build.job.needs].flat(), 'the production build waits for the tests').toContain(testJob);
    expect(buildJob).not.toBe(testJob);
    const env = envAt(w, build.job, build.step);
    expect(env.DOUM_PREVIEW).toBeUndefined();
    expect(env.DOUM_BASE).toBeUndefined();
    const upload = build.job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
  });
});
