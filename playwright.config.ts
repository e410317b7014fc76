import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Two projects. web: the built web edition (out/web) in Chromium, Debian's here
 * (CHROMIUM_PATH or /usr/bin/chromium) and Playwright's own where it is installed.
 * electron: the built app (out/) through _electron.launch; it skips with one line
 * when no Electron binary is present.
 */
/** Debian's Chromium where it is installed (here and in CI); otherwise Playwright's own. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Electron's binary as its package records it (never require('electron') here: that would download it). */
const electronPathFile = 'node_modules/electron/path.txt';
const hasElectron = existsSync(electronPathFile) && existsSync(`node_modules/electron/dist/${readFileSync(electronPathFile, 'utf8').trim()}`);

/** The port the web edition is served on for the tests (E2E_PORT to run two suites side by side). */
const port = Number(process.env.E2E_PORT ?? 4178);

const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'node_modules/.playwright-results',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e/web',
      use: {
        baseURL: `http://127.0.0.1:${port}`,
        browserName: 'chromium',
        // The specs' times are written in 24-hour British English; a spec that tests other conventions sets its own.
        locale: 'en-GB',
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
    // Without a binary, one spec stands for the whole suite and prints the one "skipped: no Electron binary" line.
    { name: 'electron', testDir: 'tests/e2e/electron', workers: 1, ...(hasElectron ? {} : { testMatch: 'app.spec.ts' }) },
  ],
  webServer: {
    command: `npx tsx scripts/serve-web.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
  },
});
