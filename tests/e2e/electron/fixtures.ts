/**
 * Launches the built app (out/) with Playwright's _electron, one fresh
 * user-data-dir per test so no test sees another's settings or feed cache.
 * The Electron binary is found on disk; requiring the electron package would
 * try to download it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, test as base } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';

export { expect } from '@playwright/test';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SKIP_REASON = 'skipped: no Electron binary (run npx install-electron to fetch it)';
const MAIN_ENTRY = 'out/main/index.js';

/** node_modules/electron/dist/<path.txt>, or null when the binary was never downloaded. */
export function findElectronBinary(): string | null {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const electronBinary = findElectronBinary();

interface OpenedLinks {
  __openedExternally?: string[];
}

interface Fixtures {
  userDataDir: string;
  electronApp: ElectronApplication;
  appWindow: Page;
  /** Links the app handed to the system browser (recorded, never really opened). */
  openedExternally: () => Promise<string[]>;
}

export const test = base.extend<Fixtures>({
  userDataDir: async ({}, use) => {
    const directory = mkdtempSync(join(tmpdir(), 'glc-e2e-'));
    await use(directory);
    rmSync(directory, { recursive: true, force: true });
  },

  electronApp: async ({ userDataDir }, use) => {
    if (electronBinary === null) throw new Error(SKIP_REASON);
    if (!existsSync(join(repoRoot, MAIN_ENTRY))) throw new Error(`${MAIN_ENTRY} is missing: run npm run build first`);
    // The built app, never the dev server.
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
    }
    // Chromium refuses to run as root (CI containers) with its OS sandbox on; page sandboxing still applies.
    const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const app = await electron.launch({
      executablePath: electronBinary,
      args: [MAIN_ENTRY, `--user-data-dir=${userDataDir}`, ...rootOnly],
      cwd: repoRoot,
      env,
    });
    // Record links instead of launching the tester's browser.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as OpenedLinks).__openedExternally = opened;
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    await use(app);
    await app.close();
  },

  appWindow: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },

  openedExternally: async ({ electronApp }, use) => {
    await use(() => electronApp.evaluate(() => [...((globalThis as OpenedLinks).__openedExternally ?? [])]));
  },
});
