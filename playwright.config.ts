import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';
import { PORTS } from './src/cli/lib/ports.ts';

/**
 * E2E tests run against production builds served on 127.0.0.1: one at the root and one under a
 * preview base path. Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's.
 */
const executablePath = process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const ROOT_PORT = PORTS.e2eRoot;
const PREVIEW_PORT = PORTS.e2ePreview;
export const PREVIEW_BASE = '/preview/pr-1/';
/** The preview banner's label in the e2e preview build (built without DOUM_PREVIEW_BASE). */
export const PREVIEW_LABEL = 'PR #1 · e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    locale: 'ko-KR',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-background-networking'],
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, testIgnore: /preview\.spec\.ts/ },
    { name: 'preview', use: { baseURL: `http://127.0.0.1:${PREVIEW_PORT}${PREVIEW_BASE}` }, testMatch: /(preview|links)\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `node src/cli/build-and-serve.ts --out dist-e2e --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node src/cli/build-and-serve.ts --out dist-e2e-preview --port ${PREVIEW_PORT} --base ${PREVIEW_BASE} --preview --label "${PREVIEW_LABEL}"`,
      url: `http://127.0.0.1:${PREVIEW_PORT}${PREVIEW_BASE}`,
      timeout: 300_000,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
