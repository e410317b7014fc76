/**
 * README screenshots, taken from the built web edition in Chromium as an
 * attendee in New York would see it during the Academy. Run `npm run screenshots`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'assets/screenshots');
const port = 4190;
const base = `http://127.0.0.1:${port}/`;
/** 12:45 in Graz on the second Academy day: live and upcoming sessions, the now marker. */
const DURING_THE_ACADEMY = new Date('2024-02-06T11:45:00Z');

interface Shot {
  file: string;
  hash: string;
  colorScheme?: 'light' | 'dark';
  width?: number;
  height?: number;
  /** The browser's language and zone: a US English attendee in New York unless a shot says otherwise. */
  locale?: string;
  timezoneId?: string;
  prepare?: (page: Page) => Promise<void>;
}

const bookmarkSome = async (page: Page): Promise<void> => {
  await page.goto(`${base}#/day/2024-02-06`);
  for (const title of ['Good Morning and Recap', 'Working Group B: Designing Participatory Processes', 'Next Generation Strand', 'Wrap-up of Day 2']) {
    // The star's name holds the title in every language ("Bookmark “…”", "„…“ als Favorit markieren").
    const buttons = page.locator('.bookmark-button').and(page.getByRole('button', { name: title }));
    await buttons.first().click();
  }
};

const shots: Shot[] = [
  { file: 'programme.png', hash: '#/day/2024-02-06', prepare: bookmarkSome },
  { file: 'timeline.png', hash: '#/day/2024-02-06', prepare: async (page) => {
    await page.goto(`${base}#/day/2024-02-06`);
    await page.getByRole('button', { name: 'Timeline' }).click();
  } },
  { file: 'session.png', hash: '#/session/glc24-043' },
  { file: 'my-schedule.png', hash: '#/my', prepare: bookmarkSome },
  { file: 'search.png', hash: '#/', prepare: async (page) => {
    await page.goto(base);
    await page.getByRole('searchbox').fill('monitoring');
  } },
  { file: 'programme-dark.png', hash: '#/day/2024-02-08', colorScheme: 'dark' },
  { file: 'programme-narrow.png', hash: '#/day/2024-02-06', width: 390, height: 844 },
  { file: 'programme-de.png', hash: '#/day/2024-02-06', locale: 'de-AT', timezoneId: 'Europe/Berlin', prepare: bookmarkSome },
  { file: 'programme-ar.png', hash: '#/day/2024-02-06', locale: 'ar', timezoneId: 'Asia/Amman', prepare: bookmarkSome },
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
        locale: shot.locale ?? 'en-US',
        timezoneId: shot.timezoneId ?? 'America/New_York',
        colorScheme: shot.colorScheme ?? 'light',
        viewport: { width: shot.width ?? 1280, height: shot.height ?? 860 },
      });
      await page.clock.setFixedTime(DURING_THE_ACADEMY);
      await page.goto(base);
      await shot.prepare?.(page);
      if (!page.url().endsWith(shot.hash) && shot.hash !== '#/') await page.goto(base + shot.hash);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.mouse.wheel(0, -100_000);
      await page.waitForTimeout(200);
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
