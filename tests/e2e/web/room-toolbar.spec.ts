/**
 * The room window's toolbar page (built into out/renderer/rooms by `npm run build`) in Chromium, with a
 * stand-in for its preload bridge: the consent bar names the host, takes the focus, and is answered with
 * the keyboard. Main sends every word already translated, with the language's lang and dir: the states
 * here are made from the same catalogues, and in Arabic the bar mirrors. The Electron suite covers the
 * same page inside the app where a binary exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { ToolbarState } from '../../../core/room-toolbar-channels';
import { toolbarTexts } from '../../../main/rooms/toolbar-texts';
import { ROOM_PAGES, ROOM_PAGES_BASE, languageAs, serveRoomPages } from './room-pages';

interface Answer {
  id: number;
  allow: boolean;
  remember: boolean;
}

test.skip(!existsSync(join(ROOM_PAGES, 'toolbar.html')), 'the room pages are not built (npm run build)');

async function openToolbar(page: Page): Promise<void> {
  await serveRoomPages(page);
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
  await page.goto(`${ROOM_PAGES_BASE}toolbar.html`);
}

type Question = { id: number; host: string; kind: 'media' | 'screen' };

/** A state as main sends it in this language (main/rooms/room-toolbar.ts translates the same keys). */
function stateIn(code: string, consent: Question | null): ToolbarState {
  const { t, dir } = languageAs(code);
  return {
    title: 'Plenary',
    lang: code,
    dir,
    status: 'connected',
    label: t('roomPage.status.connected'),
    problem: null,
    consent: consent === null ? null : { ...consent, question: t('roomPage.consent.question', { host: consent.host, kind: consent.kind }) },
    texts: toolbarTexts(t),
  };
}

const push = (page: Page, consent: Question | null, code = 'en'): Promise<void> =>
  page.evaluate((state) => (window as unknown as { __push(state: unknown): void }).__push(state), stateIn(code, consent));

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

test.describe('room toolbar: in the attendee’s language', () => {
  test('in Arabic: lang and dir on <html>, the words main sent, and the bar mirrored', async ({ page }) => {
    await openToolbar(page);
    await push(page, { id: 1, host: 'bbb.example.org', kind: 'media' }, 'ar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const bar = page.getByRole('alertdialog', { name: 'يطلب bbb.example.org استخدام الميكروفون والكاميرا' });
    await expect(bar).toBeVisible();
    await expect(page.getByRole('button', { name: 'السماح' })).toBeFocused();
    await expect(page.getByRole('checkbox', { name: 'حفظ الاختيار لهذا الخادم' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'المغادرة' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('تم الاتصال');
    // Right to left: the title starts at the right edge, Leave and Open in browser sit at the left.
    const title = (await page.locator('#title').boundingBox())!;
    const leave = (await page.getByRole('button', { name: 'المغادرة' }).boundingBox())!;
    expect(leave.x + leave.width).toBeLessThan(title.x);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await page.getByRole('button', { name: 'الرفض' }).click();
    expect(await answers(page)).toEqual([{ id: 1, allow: false, remember: false }]);
  });

  test('switches language live: the same waiting question in German, still unanswered and ticked as it was', async ({ page }) => {
    await openToolbar(page);
    await push(page, { id: 1, host: 'bbb.example.org', kind: 'screen' });
    await page.getByRole('checkbox', { name: 'Remember for this host' }).check();
    await push(page, { id: 1, host: 'bbb.example.org', kind: 'screen' }, 'de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('alertdialog', { name: 'bbb.example.org möchte Ihren Bildschirm freigeben' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Für diesen Host merken' })).toBeChecked();
    await page.getByRole('button', { name: 'Erlauben' }).click();
    expect(await answers(page)).toEqual([{ id: 1, allow: true, remember: true }]);
    await expect(page.getByRole('button', { name: 'Im Browser öffnen' })).toBeVisible();
  });
});
