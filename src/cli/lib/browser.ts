/** Chromium for the CLI tools, chosen like playwright.config.ts: $CHROMIUM_PATH, Debian's, or Playwright's. */
import { chromium, type Browser } from '@playwright/test';
import fs from 'node:fs';

export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-background-networking'] });
}
