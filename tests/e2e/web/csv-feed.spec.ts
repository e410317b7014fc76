/** A spreadsheet programme (the shipped CSV template) read by the web edition in the browser, as an attendee sees it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { useFeedInSettings } from './feed-server';

const FEED_URL = 'https://feeds.golocal.test/programme.csv';
const template = readFileSync(resolve(import.meta.dirname, '../../../assets/programme/template.csv'), 'utf8');

test.use({ timezoneId: 'America/New_York' });

test('the CSV template replaces the sample programme, in the attendee\u2019s zone and in Graz time', async ({ page }) => {
  // Google Sheets serves published CSV as text/csv; detection goes by content, not by the label.
  await page.route(FEED_URL, (route) => route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: template }));
  await useFeedInSettings(page, FEED_URL);
  await expect(page.getByText('Sample programme.')).toHaveCount(0);
  await page.getByRole('link', { name: 'Programme' }).click();
  const opening = page.getByRole('listitem').filter({ hasText: 'Opening of the Academy' });
  await expect(opening).toBeVisible();
  await expect(opening).toContainText('5:30');
  await expect(opening).toContainText('11:30');
  await expect(page.getByText('Working Group B: Designing Participatory Processes')).toBeVisible();
});
