import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test.use({ timezoneId: 'Europe/Vienna' });

test('search as you type across all days, with matches highlighted', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Search the programme' });
  await search.pressSequentially('monit');
  await expect(page.getByRole('status').filter({ hasText: /sessions match “monit”/ })).toBeVisible();
  const titles = page.locator('.session-title mark');
  await expect(titles.first()).toHaveText(/^Monit/i);
  // Speakers are searchable too, accents folded: "Elodie" finds "Élodie".
  await search.fill('elodie');
  await expect(page.locator('.session-persons mark').first()).toHaveText('Élodie');
  await search.fill('zzzz no such thing');
  await expect(page.getByText('No sessions match “zzzz no such thing”.')).toBeVisible();
  // The search survives opening a session and coming back.
  await search.fill('outcome document');
  await page.getByRole('link', { name: /Presentation of the Graz Outcome Document/ }).click();
  await page.goBack();
  await expect(search).toHaveValue('outcome document');
});

test('filters narrow the day; bookmarked-only shows just the attendee\u2019s sessions', async ({ page }) => {
  await page.goto('/#/day/2024-02-05');
  await page.getByRole('combobox', { name: 'Track' }).selectOption('Monitoring');
  const rows = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('link', { name: /Mon 5 Feb/ })).toContainText('2 sessions');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(11);
  await page.getByRole('button', { name: 'Bookmark “Wrap-up of Day 1”', exact: true }).click();
  await page.getByLabel('Bookmarked only').check();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Wrap-up of Day 1');
});

test('the timeline shows a column per room, and the choice is remembered', async ({ page }) => {
  await page.goto('/#/day/2024-02-06');
  await page.getByRole('button', { name: 'Timeline' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline of Tuesday, 6 February 2024' });
  await expect(timeline.getByRole('region', { name: /^Working Group Room A, \d+ sessions$/ })).toBeVisible();
  await expect(timeline.getByRole('region', { name: /^Plenary Hall, 5 sessions$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
  await timeline.getByRole('link', { name: /Nothing About Us Without Us/ }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Nothing About Us Without Us');
});

test('keyboard shortcuts move between views and days, and the help panel lists them', async ({ page }) => {
  await page.goto('/#/day/2024-02-06');
  // The day keys act on the days of a loaded programme: wait for it, or a key pressed during the start is lost.
  await expect(page.getByRole('link', { name: /Tue 6 Feb/ })).toHaveAttribute('aria-current', 'page');
  await page.locator('body').press(']');
  await expect(page).toHaveURL(/#\/day\/2024-02-07$/);
  await page.locator('body').press('[');
  await expect(page).toHaveURL(/#\/day\/2024-02-06$/);
  await page.keyboard.press('g');
  await page.keyboard.press('m');
  await expect(page.getByRole('heading', { name: 'My schedule' })).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the programme' })).toBeFocused();
  await page.keyboard.type('g');
  await expect(page.getByRole('searchbox', { name: 'Search the programme' })).toHaveValue('g');
  await page.getByRole('searchbox').blur();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Go to Now & next');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('calendar files for a session, a day and My schedule, and web calendar links', async ({ page }) => {
  await page.goto('/#/session/glc24-043');
  const opened: string[] = [];
  await page.exposeFunction('recordOpen', (url: string) => opened.push(url));
  await page.evaluate(() => {
    window.open = ((url: string) => {
      void (window as unknown as { recordOpen: (u: string) => Promise<void> }).recordOpen(url);
      return null;
    }) as typeof window.open;
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Calendar file (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('presentation-of-the-graz-outcome-document.ics');
  const ics = await readFile(await file.path(), 'utf8');
  expect(ics).toContain('UID:glc24-043@golocal-companion.local');
  expect(ics).toContain('DTSTART;TZID=Europe/Vienna:20240208T140500');
  expect(ics).toContain('BEGIN:VTIMEZONE');
  await page.getByRole('button', { name: 'Google Calendar' }).click();
  await expect.poll(() => opened.at(-1) ?? '').toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=Presentation/);
  await page.getByRole('button', { name: 'Outlook.com' }).click();
  await expect.poll(() => opened.at(-1) ?? '').toMatch(/^https:\/\/outlook\.live\.com\/calendar\/0\/deeplink\/compose\?/);

  await page.goto('/#/day/2024-02-07');
  const day = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add this day to your calendar' }).click();
  expect((await day).suggestedFilename()).toBe('programme-2024-02-07.ics');
});
