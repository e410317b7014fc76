/**
 * Times and dates in the browser's conventions: 12-hour with AM/PM and US date
 * order in en-US, 24-hour and German names in de-AT, with zone names in the
 * language; a clock forced in Settings is remembered. The page clock is set
 * inside the 2024 Academy, so live sessions and the "now" marker show too.
 */
import { expect, test } from '@playwright/test';

const DURING = new Date('2024-02-05T10:40:00Z');

test.describe('US English', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('12-hour times with AM/PM, US date order, and the choice of a 24-hour clock survives a reload', async ({ page }) => {
    await page.clock.setFixedTime(DURING);
    await page.goto('/');
    const days = page.getByRole('navigation', { name: 'Days' });
    await expect(days.getByRole('link').first()).toContainText('Mon, Feb 5');
    await expect(page.locator('.now-marker')).toContainText(/5:40 AM EST/);
    const clocks = page.locator('.time-display .time-clock');
    await expect(clocks.first()).toHaveText(/^\d{1,2}:\d{2} [AP]M–\d{1,2}:\d{2} [AP]M$/);

    await page.goto('/#/settings');
    await page.getByLabel('Clock', { exact: true }).selectOption('h23');
    await page.reload();
    await expect(page.getByLabel('Clock', { exact: true })).toHaveValue('h23');
    await page.goto('/#/');
    await expect(page.locator('.time-display .time-clock').first()).toHaveText(/^\d{2}:\d{2}–\d{2}:\d{2}$/);
    await expect(page.locator('.now-marker')).toContainText('05:40 EST');
  });
});

test.describe('Austrian German', () => {
  test.use({ locale: 'de-AT', timezoneId: 'Europe/Vienna' });

  test('24-hour times, German day names and the zone named in German', async ({ page }) => {
    await page.clock.setFixedTime(DURING);
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Tage' }).getByRole('link').first()).toContainText('Mo., 5. Feb.');
    await expect(page.getByRole('heading', { level: 3, name: /Montag, 5\. Februar 2024/ })).toBeVisible();
    await expect(page.locator('.now-marker')).toContainText('11:40 MEZ');
    const zone = page.locator('.time-display abbr.time-zone').first();
    await expect(zone).toHaveText('MEZ');
    await expect(zone).toHaveAttribute('title', 'Mitteleuropäische Normalzeit');
  });
});
