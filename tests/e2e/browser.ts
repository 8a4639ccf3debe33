// Finds a Chromium for Playwright: its own download if there is one (a reader's laptop
// after `npx playwright install chromium`), else the system's (Debian: apt-get install
// chromium), else stops with one line saying what to install.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright finds its own browser.
  } catch {
    /* no bundled browser */
  }
  const system = systemCandidates.find((p) => existsSync(p));
  if (system) return system;
  throw new Error('No Chromium found: run "npx playwright install chromium", or on Debian "apt-get install chromium", or set CHROMIUM_PATH.');
}
