/**
 * What the shared-calendar and room-permission work shows, on a phone-wide
 * window (390 px) in dark mode: long titles and long room hosts wrap inside
 * the page instead of squeezing their buttons or pushing the page sideways,
 * and the web edition explains room permissions as the web edition works.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { useFeedInSettings } from './feed-server';

test.use({ viewport: { width: 390, height: 844 }, colorScheme: 'dark', timezoneId: 'Europe/Vienna' });

const FEED_URL = 'https://feeds.golocal.test/long-titles.ics';
const LONG_TITLE = 'Registration desk open all day in the foyer of the Congress Graz, with coffee, tea and the conference bags';
const ics = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'X-WR-CALNAME:Go Local Academy', 'X-WR-TIMEZONE:Europe/Vienna',
  'BEGIN:VEVENT', 'UID:desk@test', 'DTSTAMP:20240101T000000Z', `SUMMARY:${LONG_TITLE}`, 'DTSTART;VALUE=DATE:20240205', 'DTEND;VALUE=DATE:20240206', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:talk@test', 'DTSTAMP:20240101T000000Z', 'SUMMARY:Panel', 'DTSTART;TZID=Europe/Vienna:20240205T120000', 'DTEND;TZID=Europe/Vienna:20240205T130000', 'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** A host with no hyphen to break at, as a node name of a hosting provider can be. */
const LONG_HOST = 'bbbnode17conferencehostingprovidereuropecentral.example.org';

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
}

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('an all-day entry with a long title: its page keeps the bookmark button round beside the wrapped title', async ({ page }) => {
  await page.route(FEED_URL, (route) => route.fulfill({ status: 200, contentType: 'text/calendar', body: ics }));
  await page.clock.setFixedTime(new Date('2024-02-05T09:00:00Z'));
  await useFeedInSettings(page, FEED_URL);
  await page.goto('/#/day/2024-02-05');
  await page.getByRole('list', { name: 'All day' }).getByRole('link', { name: LONG_TITLE }).click();
  await expect(page.getByRole('heading', { level: 2, name: LONG_TITLE })).toBeVisible();
  const star = await page.locator('.session-detail .bookmark-button').boundingBox();
  expect(star).not.toBeNull();
  // 2.5rem square: a flex item that shrinks beside the title becomes a narrow oval.
  expect(Math.round(star?.width ?? 0)).toBe(40);
  expect(Math.round(star?.height ?? 0)).toBe(40);
  await expectNoHorizontalOverflow(page);
  await expectNoViolations(page);
});

test('remembered room permissions with a long host wrap inside Settings, and the web edition says the browser asks', async ({ page }) => {
  await page.goto('/#/');
  await page.evaluate(
    (host) => localStorage.setItem('glc:room-permissions', JSON.stringify([{ host, kind: 'media', allowed: true }, { host: `${host}:8443`, kind: 'screen', allowed: false }])),
    LONG_HOST,
  );
  await page.goto('/#/settings');
  await page.reload();
  const allowed = page.getByRole('region', { name: 'Rooms you allowed' });
  await expect(allowed).toContainText(LONG_HOST);
  const revoke = allowed.getByRole('button', { name: `Revoke microphone and camera for ${LONG_HOST}` });
  await revoke.scrollIntoViewIfNeeded();
  const box = await revoke.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await expectNoHorizontalOverflow(page);
  const permissions = page.locator('.settings-group').filter({ has: page.getByRole('heading', { name: 'Room permissions' }) });
  await expect(permissions).toContainText('your browser asks');
  await expect(permissions).not.toContainText('the room window asks you first');
  await expectNoViolations(page);
});
