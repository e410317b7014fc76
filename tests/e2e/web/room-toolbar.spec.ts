/**
 * The room window's toolbar page (built into out/renderer/rooms by `npm run build`) in Chromium, with a
 * stand-in for its preload bridge: the consent bar names the host, takes the focus, and is answered with
 * the keyboard. The Electron suite covers the same page inside the app where a binary exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

const ROOM_PAGES = join(process.cwd(), 'out', 'renderer', 'rooms');
const BASE = 'https://toolbar.test/rooms/';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

interface Answer {
  id: number;
  allow: boolean;
  remember: boolean;
}

test.skip(!existsSync(join(ROOM_PAGES, 'toolbar.html')), 'the room pages are not built (npm run build)');

async function openToolbar(page: Page): Promise<void> {
  await page.route(`${BASE}**`, async (route) => {
    const path = normalize(new URL(route.request().url()).pathname.replace(/^\/rooms\//, ''));
    const file = join(ROOM_PAGES, path);
    if (path.startsWith('..') || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
  // What preload/room-toolbar.ts exposes, recording the answers; the test pushes states as main would.
  await page.addInitScript(() => {
    const answers: unknown[] = [];
    let listener: ((state: unknown) => void) | null = null;
    const host = window as unknown as Record<string, unknown>;
    host['__answers'] = answers;
    host['__push'] = (state: unknown) => listener?.(state);
    host['roomToolbar'] = {
      leave: () => undefined,
      openInBrowser: () => undefined,
      retry: () => undefined,
      answerConsent: (answer: unknown) => answers.push(answer),
      onState: (next: (state: unknown) => void) => {
        listener = next;
      },
    };
  });
  await page.goto(`${BASE}toolbar.html`);
}

const push = (page: Page, consent: { id: number; host: string; kind: 'media' | 'screen' } | null): Promise<void> =>
  page.evaluate((value) => (window as unknown as { __push(state: unknown): void }).__push({ title: 'Plenary', status: 'connected', label: 'Connected', problem: null, consent: value }), consent);

const answers = (page: Page): Promise<Answer[]> => page.evaluate(() => (window as unknown as { __answers: Answer[] }).__answers);

test.describe('room toolbar: the consent bar', () => {
  test('names the host, takes the focus and is answered with the keyboard, remembering when asked to', async ({ page }) => {
    await openToolbar(page);
    await push(page, null);
    const bar = page.getByRole('alertdialog', { name: 'bbb.example.org wants to use your microphone and camera' });
    await expect(bar).toBeHidden();
    await push(page, { id: 1, host: 'bbb.example.org', kind: 'media' });
    await expect(bar).toBeVisible();
    await expect(page.getByRole('button', { name: 'Allow' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('checkbox', { name: 'Remember for this host' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await answers(page)).toEqual([{ id: 1, allow: true, remember: true }]);
  });

  test('a new question starts unticked; Escape and Deny say no', async ({ page }) => {
    await openToolbar(page);
    await push(page, { id: 1, host: 'bbb.example.org', kind: 'media' });
    await page.getByRole('checkbox', { name: 'Remember for this host' }).check();
    await push(page, { id: 2, host: 'node1.bbb.example.org', kind: 'screen' });
    await expect(page.getByRole('alertdialog', { name: 'node1.bbb.example.org wants to share your screen' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Remember for this host' })).not.toBeChecked();
    await page.keyboard.press('Escape');
    await push(page, { id: 3, host: 'node1.bbb.example.org', kind: 'media' });
    await page.getByRole('button', { name: 'Deny' }).click();
    expect(await answers(page)).toEqual([
      { id: 2, allow: false, remember: false },
      { id: 3, allow: false, remember: false },
    ]);
    await push(page, null);
    await expect(page.getByRole('alertdialog')).toBeHidden();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe with a question showing, in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openToolbar(page);
      await push(page, { id: 1, host: 'bbb.example.org', kind: 'media' });
      await expect(page.getByRole('alertdialog')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
  }
});
