import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/browser';

// Each worktree or CI run can pick its own port (E2E_PORT) so parallel runs never collide.
const port = Number(process.env.E2E_PORT ?? 4400);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  // One retry: the machines that run CI are shared 2-core VMs, where a figure's hydration can
  // stall for seconds; a test that fails twice is a real failure (and Playwright reports
  // any test that needed its retry as flaky).
  retries: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Software WebGL in headless Chromium, and no background traffic on a closed network.
      args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
