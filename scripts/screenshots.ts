/**
 * README screenshots, taken from the built web edition in Chromium as an attendee
 * in New York would see it. Run `npm run screenshots` after `npm run build:web`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'assets/screenshots');
const port = 4190;
const base = `http://127.0.0.1:${port}/`;

const shots: { file: string; hash: string; colorScheme: 'light' | 'dark'; width: number; height: number }[] = [
  { file: 'programme.png', hash: '#/day/2024-02-06', colorScheme: 'light', width: 1280, height: 820 },
  { file: 'session.png', hash: '#/session/glc24-043', colorScheme: 'light', width: 1280, height: 820 },
  { file: 'programme-dark.png', hash: '#/day/2024-02-08', colorScheme: 'dark', width: 1280, height: 820 },
  { file: 'programme-narrow.png', hash: '#/day/2024-02-05', colorScheme: 'light', width: 390, height: 844 },
];

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/serve-web.ts'), '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready) => server.stdout.once('data', () => ready()));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'] });
  try {
    for (const shot of shots) {
      const page = await browser.newPage({
        timezoneId: 'America/New_York',
        colorScheme: shot.colorScheme,
        viewport: { width: shot.width, height: shot.height },
      });
      await page.goto(base + shot.hash);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: resolve(outDir, shot.file) });
      await page.close();
      console.log(`assets/screenshots/${shot.file}`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
