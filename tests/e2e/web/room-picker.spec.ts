/**
 * The screen-share picker page (built into out/renderer/rooms by `npm run build`) in Chromium, with a
 * stand-in for its preload bridge: main sends its words (in the attendee's language, with lang and dir)
 * before the sources, and again when the language changes while it is open.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { PickerSource } from '../../../core/room-picker-channels';
import { pickerTexts } from '../../../main/rooms/picker-texts';
import { ROOM_PAGES, ROOM_PAGES_BASE, languageAs, serveRoomPages } from './room-pages';

const SOURCES: PickerSource[] = [
  { id: 'screen:1:0', name: 'Screen 1', kind: 'screen', thumbnail: '' },
  { id: 'window:7:0', name: 'Slides', kind: 'window', thumbnail: '' },
];

test.skip(!existsSync(join(ROOM_PAGES, 'picker.html')), 'the room pages are not built (npm run build)');

/** Opens the picker as main would: its words in this language, then the sources. */
async function openPicker(page: Page, code: string): Promise<void> {
  await serveRoomPages(page);
  // What preload/room-picker.ts exposes; "ready" (onSources) is answered with the texts, then the sources.
  await page.addInitScript(
    ({ texts, sources }) => {
      let showTexts: ((next: unknown) => void) | null = null;
      const host = window as unknown as Record<string, unknown>;
      host['__texts'] = (next: unknown) => showTexts?.(next);
      host['sourcePicker'] = {
        choose: () => undefined,
        cancel: () => undefined,
        onTexts: (listener: (next: unknown) => void) => {
          showTexts = listener;
        },
        onSources: (listener: (next: unknown) => void) => {
          showTexts?.(texts);
          listener(sources);
        },
      };
    },
    { texts: pickerTexts(languageAs(code)), sources: SOURCES },
  );
  await page.goto(`${ROOM_PAGES_BASE}picker.html`);
}

test.describe('screen-share picker: in the attendee’s language', () => {
  test('in Arabic: lang and dir on <html>, its title, headings and Cancel in Arabic, laid out right to left', async ({ page }) => {
    await openPicker(page, 'ar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page).toHaveTitle('اختيار ما ستتم مشاركته');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('اختيار ما ستتم مشاركته');
    await expect(page.getByRole('heading', { name: 'الشاشات' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'النوافذ' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Screen 1' })).toBeFocused();
    // Right to left: Cancel, at the end of its row, sits at the left; the heading starts at the right.
    const cancel = (await page.getByRole('button', { name: 'إلغاء' }).boundingBox())!;
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    const width = page.viewportSize()!.width;
    expect(cancel.x).toBeLessThan(width / 2);
    expect(heading.x + heading.width).toBeGreaterThan(width / 2);
  });

  test('switches to German live, keeping the sources and the focus', async ({ page }) => {
    await openPicker(page, 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose what to share');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Slides' })).toBeFocused();
    await page.evaluate((texts) => (window as unknown as { __texts(next: unknown): void }).__texts(texts), pickerTexts(languageAs('de')));
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Auswählen, was geteilt wird');
    await expect(page.getByRole('button', { name: 'Abbrechen' })).toBeVisible();
    await expect(page.getByText('Pfeiltasten wechseln die Auswahl, Enter oder Leertaste teilt, Esc bricht ab.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Slides' })).toBeFocused();
  });
});
