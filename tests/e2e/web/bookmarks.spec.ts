import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { nativeFeed, startFeedServer, useFeedInSettings } from './feed-server';

test.use({ timezoneId: 'Europe/Vienna' });

const bookmark = (page: Page, title: string) => page.getByRole('button', { name: `Bookmark “${title}”`, exact: true });

test('bookmarks from the programme and the detail view survive a reload', async ({ page }) => {
  await page.goto('/#/day/2024-02-05');
  await bookmark(page, 'Opening of the Academy').click();
  await expect(bookmark(page, 'Opening of the Academy')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Counting What Counts: A First Look at Local Indicators' }).click();
  await bookmark(page, 'Counting What Counts: A First Look at Local Indicators').click();
  await page.reload();
  await expect(bookmark(page, 'Counting What Counts: A First Look at Local Indicators')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: 'My schedule (2)' })).toBeVisible();
  await page.getByRole('link', { name: /My schedule/ }).click();
  await page.getByLabel('Hide past sessions').uncheck();
  const mine = page.getByRole('list', { name: /My sessions on Monday, 5 February 2024/ }).getByRole('listitem');
  await expect(mine).toHaveCount(2);
  await expect(mine.nth(1)).toContainText('45 min free');
});

test('the keyboard alone can bookmark a session', async ({ page }) => {
  await page.goto('/#/day/2024-02-06');
  await bookmark(page, 'Good Morning and Recap').focus();
  await page.keyboard.press('Space');
  await expect(bookmark(page, 'Good Morning and Recap')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(bookmark(page, 'Good Morning and Recap')).toHaveAttribute('aria-pressed', 'false');
});

test('two bookmarked working groups at the same time are marked as a clash on both', async ({ page }) => {
  await page.goto('/#/day/2024-02-05');
  await bookmark(page, 'Working Group A: Anchoring Human Rights in Local Action Plans').click();
  await bookmark(page, 'Working Group B: Designing Participatory Processes').click();
  await page.goto('/#/my');
  await page.getByLabel('Hide past sessions').uncheck();
  const clashing = page.locator('.session-clashing');
  await expect(clashing).toHaveCount(2);
  await expect(clashing.first()).toContainText('Clash: overlaps Working Group B');
  await expect(clashing.nth(1)).toContainText('Clash: overlaps Working Group A');
});

test('My schedule explains how to start when empty', async ({ page }) => {
  await page.goto('/#/my');
  await expect(page.getByText('Nothing here yet. Press the star next to a session')).toBeVisible();
});

test('a bookmarked session that moves or disappears is flagged, never dropped', async ({ page }) => {
  const v1 = [
    { id: 'wg-a', title: 'Working Group A', start: '2024-02-05T13:20:00+01:00', end: '2024-02-05T15:00:00+01:00', room: 'Room A' },
    { id: 'keynote', title: 'Keynote', start: '2024-02-05T11:50:00+01:00', end: '2024-02-05T12:20:00+01:00', room: 'Plenary' },
  ];
  const server = await startFeedServer(nativeFeed(v1));
  try {
    await useFeedInSettings(page, server.url);
    await page.goto('/#/day/2024-02-05');
    await bookmark(page, 'Working Group A').click();
    await bookmark(page, 'Keynote').click();

    server.setBody(nativeFeed([{ ...v1[0]!, start: '2024-02-05T14:00:00+01:00', end: '2024-02-05T15:30:00+01:00', room: 'Room B' }]));
    await page.getByRole('button', { name: 'Refresh' }).click();
    const notice = page.getByRole('region', { name: 'Notices' });
    await expect(notice).toContainText('2 of your sessions changed');
    await expect(notice).toContainText('Working Group A has a new time and moved to another room');
    await expect(notice).toContainText('Keynote was removed from the programme');

    await page.goto('/#/my');
    await page.getByLabel('Hide past sessions').uncheck();
    await expect(page.locator('.flag-note')).toContainText(/was .*13:20–15:00 CET/);
    await expect(page.locator('.flag-note')).toContainText('was in Room A');
    const removed = page.getByRole('list', { name: 'Removed sessions' }).getByRole('listitem');
    await expect(removed).toHaveCount(1);
    await expect(removed).toContainText('Keynote');

    await notice.getByRole('button', { name: 'Got it' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Notices' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Removed sessions' }).getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByRole('list', { name: 'Removed sessions' })).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('a reminder appears before a bookmarked session, and clicking it opens the session', async ({ page }) => {
  // Record notifications instead of showing them: the page sees a granted Notification API.
  await page.addInitScript(() => {
    const shown: { title: string; body: string; click: () => void }[] = [];
    class RecordingNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body: string }) {
        shown.push({ title, body: options.body, click: () => this.onclick?.() });
      }
    }
    Object.assign(window, { Notification: RecordingNotification, shownNotifications: shown });
  });
  // 11:15 in Graz, fifteen minutes before the Academy opens.
  await page.clock.install({ time: new Date('2024-02-05T10:15:00Z') });
  await page.goto('/#/day/2024-02-05');
  await bookmark(page, 'Opening of the Academy').click();
  await page.clock.runFor('04:00');
  const count = () => page.evaluate(() => (window as unknown as { shownNotifications: unknown[] }).shownNotifications.length);
  expect(await count()).toBe(0);
  await page.clock.runFor('01:30');
  await expect.poll(count).toBe(1);
  const shown = await page.evaluate(() => {
    const [first] = (window as unknown as { shownNotifications: { title: string; body: string }[] }).shownNotifications;
    return { title: first?.title, body: first?.body };
  });
  expect(shown).toEqual({ title: 'In 10 min: Opening of the Academy', body: '11:30 your time (CET) · Plenary Hall' });
  await page.evaluate(() => (window as unknown as { shownNotifications: { click: () => void }[] }).shownNotifications[0]?.click());
  await expect(page).toHaveURL(/#\/session\/glc24-001$/);
});

test('bookmarks move between computers as a file, and favourites come in from an .ics', async ({ page }) => {
  await page.goto('/#/day/2024-02-05');
  await bookmark(page, 'Opening of the Academy').click();
  await page.goto('/#/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save bookmarks to a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('go-local-bookmarks.json');

  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//FOSDEM Companion//EN',
    'BEGIN:VEVENT',
    'UID:glc24-043@companion.example',
    'DTSTAMP:20240101T000000Z',
    'DTSTART:20240208T130500Z',
    'SUMMARY:Presentation of the Graz Outcome Document',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:elsewhere-1',
    'DTSTAMP:20240101T000000Z',
    'DTSTART:20240208T170000Z',
    'SUMMARY:Conference dinner',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  await page.getByLabel('Import bookmarks or .ics…').setInputFiles({ name: 'favourites.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 bookmark' })).toContainText('1 not in this programme (Conference dinner)');
  await expect(page.getByRole('link', { name: 'My schedule (2)' })).toBeVisible();
});
