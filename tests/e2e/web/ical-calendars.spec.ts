/**
 * A shared calendar as the organisers' feed: an all-day entry shows as a
 * banner on each day it covers (list and timeline, never in the grid), a
 * cancelled session stays listed, struck and marked. SHOTS_DIR, when set,
 * receives screenshots at 1280 and 390 px in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { useFeedInSettings } from './feed-server';

const FEED_URL = 'https://feeds.golocal.test/academy.ics';
const ics = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-CALNAME:Go Local Academy', 'X-WR-TIMEZONE:Europe/Vienna',
  'BEGIN:VEVENT', 'UID:desk@google.com', 'SUMMARY:Registration desk open', 'DTSTART;VALUE=DATE:20240205', 'DTEND;VALUE=DATE:20240207', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:opening@google.com', 'SUMMARY:Welcome from Graz', 'DTSTART;TZID=Europe/Vienna:20240205T113000', 'DTEND;TZID=Europe/Vienna:20240205T120000',
  'DESCRIPTION:Join: https://bbb.golocal.test/rooms/wel-com-egr-azx/join', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:clinic@google.com', 'SUMMARY:Human rights clinic', 'DTSTART;TZID=Europe/Vienna:20240205T140000', 'DTEND;TZID=Europe/Vienna:20240205T150000',
  'RRULE:FREQ=DAILY;COUNT=2', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:clinic@google.com', 'RECURRENCE-ID;TZID=Europe/Vienna:20240205T140000', 'SUMMARY:Human rights clinic', 'STATUS:CANCELLED',
  'DTSTART;TZID=Europe/Vienna:20240205T140000', 'DTEND;TZID=Europe/Vienna:20240205T150000', 'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

async function useCalendar(page: Page): Promise<void> {
  await page.route(FEED_URL, (route) => route.fulfill({ status: 200, contentType: 'text/calendar', body: ics }));
  await page.clock.setFixedTime(new Date('2024-02-05T09:00:00Z'));
  await useFeedInSettings(page, FEED_URL);
  await page.goto('/#/day/2024-02-05');
}

async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

test.use({ timezoneId: 'America/New_York' });

test('an all-day entry is a banner on each day it covers, and a cancelled session is struck', async ({ page }) => {
  await useCalendar(page);
  const banner = page.getByRole('list', { name: 'All day' });
  await expect(banner).toContainText('Registration desk open');
  await expect(banner).toContainText('Mon 5 Feb – Tue 6 Feb');
  // Each day's tab counts what that day shows: its timed sessions and the all-day entries covering it.
  await expect(page.getByRole('link', { name: /^Mon 5 Feb/ })).toContainText('3 sessions');
  await expect(page.getByRole('link', { name: /^Tue 6 Feb/ })).toContainText('2 sessions');
  // Rows only: the list also holds the "Now" marker.
  const sessions = page.getByRole('list', { name: 'Sessions' }).locator('li[data-session-id]');
  await expect(sessions).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Sessions' })).not.toContainText('Registration desk open');
  const cancelled = sessions.filter({ hasText: 'Human rights clinic' });
  await expect(cancelled).toContainText('Cancelled');
  await expect(cancelled.getByRole('link', { name: 'Human rights clinic' })).toHaveCSS('text-decoration-line', 'line-through');

  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(banner).toContainText('Registration desk open');
  await expect(page.locator('.timeline')).not.toContainText('Registration desk open');
  await expect(page.locator('.timeline')).toContainText('Cancelled');
  // A cancelled block is drawn muted, not in the colour of the sessions that take place.
  const background = (title: string) =>
    page.locator('.timeline-block').filter({ hasText: title }).first().evaluate((block) => getComputedStyle(block).backgroundColor);
  expect(await background('Human rights clinic')).not.toBe(await background('Welcome from Graz'));

  await page.getByRole('button', { name: 'List' }).click();
  await page.goto('/#/day/2024-02-06');
  await expect(banner).toContainText('Registration desk open');
  await expect(page.getByRole('list', { name: 'Sessions' }).locator('li[data-session-id]')).toHaveCount(1);
});

test('the session page of a cancelled instance says so and offers no room', async ({ page }) => {
  await useCalendar(page);
  await page.getByRole('link', { name: 'Human rights clinic' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Human rights clinic' })).toBeVisible();
  await expect(page.getByText('The organisers cancelled this session.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Join/ })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the banner and the cancelled marks pass axe (WCAG 2.2 AA) in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await useCalendar(page);
    await expect(page.getByRole('list', { name: 'All day' })).toBeVisible();
    for (const step of ['list', 'timeline', 'session'] as const) {
      if (step === 'timeline') await page.getByRole('button', { name: 'Timeline' }).click();
      if (step === 'session') {
        await page.getByRole('button', { name: 'List' }).click();
        await page.getByRole('link', { name: 'Human rights clinic' }).click();
        await expect(page.getByText('The organisers cancelled this session.')).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${step} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    }
  });

  for (const width of [1280, 390]) {
    test(`screenshots, ${colorScheme}, ${width} px`, async ({ page }) => {
      test.skip(!process.env.SHOTS_DIR, 'screenshots only when SHOTS_DIR is set');
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await useCalendar(page);
      await expect(page.getByRole('list', { name: 'All day' })).toBeVisible();
      await shoot(page, `day-${colorScheme}-${width}`);
      await page.getByRole('button', { name: 'Timeline' }).click();
      await shoot(page, `timeline-${colorScheme}-${width}`);
      await page.getByRole('button', { name: 'List' }).click();
      await page.getByRole('link', { name: 'Human rights clinic' }).click();
      await shoot(page, `cancelled-${colorScheme}-${width}`);
      await page.goto('/#/day/2024-02-05');
      await page.getByRole('link', { name: 'Registration desk open' }).click();
      await expect(page.getByText('All day')).toBeVisible();
      await shoot(page, `all-day-${colorScheme}-${width}`);
    });
  }
}
