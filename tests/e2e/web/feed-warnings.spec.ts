/**
 * A feed that loads with rows or sessions left out: Settings says so and lists
 * what was left out and where (row, line), also after a reload, without
 * pushing a phone-wide page sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { useFeedInSettings } from './feed-server';

test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark', timezoneId: 'Europe/Vienna' });

const FEED_URL = 'https://feeds.golocal.test/programme.csv';
/** A cell with no space to break at, quoted in its note. */
const LONG_TIME = `neun${'h'.repeat(120)}`;
const csv = [
  'Titel;Datum;Beginn;Ende;Raum',
  'Eröffnung;05.02.2024;09:00;10:00;Saal A',
  `Kaputt;05.02.2024;${LONG_TIME};10:00;Saal B`,
  'Zweideutig;03/02/2024;11:00;12:00;Saal C',
].join('\r\n');

test('rows left out of a spreadsheet are listed in Settings with their row numbers', async ({ page }) => {
  await page.route(FEED_URL, (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: csv }));
  await useFeedInSettings(page, FEED_URL);
  const notes = page.getByRole('list', { name: 'What the app noticed in this feed' });
  // The spreadsheet names no zone (a note of its own), and two rows are left out.
  await expect(notes.getByRole('listitem')).toHaveCount(3);
  await expect(notes.getByRole('listitem').filter({ hasText: 'no time zone in feed' })).toHaveCount(1);
  await expect(notes.getByRole('listitem').filter({ hasText: "'neunhhh" })).toContainText('(at row 3)');
  await expect(notes.getByRole('listitem').filter({ hasText: "'03/02/2024' could be" })).toContainText('(at row 4)');
  await expect(page.getByText('3 notes from reading this feed')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('list', { name: 'What the app noticed in this feed' }).getByRole('listitem')).toHaveCount(3);
});

test('the built-in programme lists no notes', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByLabel('Feed address')).toBeVisible();
  await expect(page.getByRole('list', { name: 'What the app noticed in this feed' })).toHaveCount(0);
});
