import { expect, test } from '@playwright/test';
import { useFeedInSettings } from './feed-server';
import type { Page } from '@playwright/test';

/** The organisers' feed, served to the page by Playwright's router: a real https address, no network needed. */
const FEED_URL = 'https://feeds.golocal.test/schedule.xml';

function frabFeed(keynoteStart: string, extraTitle?: string): string {
  const event = (id: string, start: string, duration: string, room: string, title: string) => `
      <event guid="${id}" id="${id.slice(-3)}">
        <date>2024-02-05T${start}:00+01:00</date>
        <start>${start}</start><duration>${duration}</duration><room>${room}</room>
        <title>${title}</title><subtitle/><track>Plenary</track><type>Talk</type><language>en</language>
        <abstract>About ${title}.</abstract><persons><person id="1">Amina Diallo</person></persons>
      </event>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<schedule>
  <version>${extraTitle ? '2' : '1'}</version>
  <conference><title>Go Local Live Feed</title><acronym>golocal</acronym><start>2024-02-05</start><end>2024-02-05</end>
    <days>1</days><timeslot_duration>00:05</timeslot_duration><time_zone_name>Europe/Vienna</time_zone_name></conference>
  <day index="1" date="2024-02-05" start="2024-02-05T06:00:00+01:00" end="2024-02-06T03:00:00+01:00">
    <room name="Plenary Hall">
      ${event('00000000-0000-4000-8000-000000000001', '11:30', '00:30', 'Plenary Hall', 'Welcome from Graz')}
      ${event('00000000-0000-4000-8000-000000000002', keynoteStart, '00:45', 'Plenary Hall', 'Cities and Rights')}
      ${extraTitle ? event('00000000-0000-4000-8000-000000000003', '15:00', '00:30', 'Plenary Hall', extraTitle) : ''}
    </room>
  </day>
</schedule>`;
}

async function serveFeed(page: Page, body: () => string | null): Promise<void> {
  await page.route(FEED_URL, async (route) => {
    const text = body();
    if (text === null) await route.abort('internetdisconnected');
    else await route.fulfill({ status: 200, contentType: 'application/xml', body: text });
  });
}

async function useFeed(page: Page): Promise<void> {
  await useFeedInSettings(page, FEED_URL);
}

test.use({ timezoneId: 'Europe/Vienna' });

test('an organisers\u2019 feed replaces the sample programme', async ({ page }) => {
  await serveFeed(page, () => frabFeed('12:00'));
  await useFeed(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go Local Live Feed');
  await expect(page.getByText('Sample programme.')).toHaveCount(0);
  await page.getByRole('link', { name: 'Programme' }).click();
  const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.nth(1)).toContainText('12:00–12:45');
  await expect(page.getByRole('status').filter({ hasText: /^Updated/ })).toBeVisible();
});

test('a refresh shows what changed, and the change list survives a reload', async ({ page }) => {
  let version = 1;
  await serveFeed(page, () => (version === 1 ? frabFeed('12:00') : frabFeed('13:15', 'Closing Words')));
  await useFeed(page);
  version = 2;
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('link', { name: 'What changed (2)' })).toBeVisible();
  await page.getByRole('link', { name: /What changed/ }).click();
  const changes = page.getByRole('list', { name: 'Changed sessions' }).getByRole('listitem');
  await expect(changes).toHaveCount(2);
  await expect(changes.first()).toContainText('New time');
  await expect(changes.first()).toContainText('Cities and Rights');
  await expect(changes.first().locator('.change-compare')).toContainText('12:00–12:45');
  await expect(changes.first().locator('.change-compare')).toContainText('13:15–14:00');
  await expect(changes.nth(1)).toContainText('New');
  await expect(changes.nth(1)).toContainText('Closing Words');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Changed sessions' }).getByRole('listitem')).toHaveCount(2);
});

test('offline: the programme stays, the attendee is told, and a restart uses the saved copy', async ({ page }) => {
  let online = true;
  await serveFeed(page, () => (online ? frabFeed('12:00') : null));
  await useFeed(page);
  online = false;
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('alert')).toContainText('The feed is unreachable');
  await expect(page.getByRole('alert')).toContainText('The programme you had is still shown.');
  await page.getByRole('link', { name: 'Programme' }).click();
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(2);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go Local Live Feed');
  await expect(page.getByRole('status').filter({ hasText: /Saved copy from|Updated/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(2);
});

test('a broken feed is refused with the place of the problem, keeping the programme', async ({ page }) => {
  let body = frabFeed('12:00');
  await serveFeed(page, () => body);
  await useFeed(page);
  body = '<?xml version="1.0"?>\n<schedule>\n  <conference><title>Broken</title>\n</schedule>';
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('alert')).toContainText('The feed could not be read');
  await expect(page.getByRole('alert')).toContainText(/line \d+/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Go Local Live Feed');
});

test('switching back to the built-in programme', async ({ page }) => {
  await serveFeed(page, () => frabFeed('12:00'));
  await useFeed(page);
  await page.getByLabel('Feed address').fill('');
  await page.getByRole('button', { name: 'Use this feed' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Using the built-in programme.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Rights Go Local');
});

test('Settings names the loaded conference’s own zone and city for day grouping', async ({ page }) => {
  await serveFeed(page, () => frabFeed('12:00').replace('Europe/Vienna', 'Europe/Brussels'));
  await useFeed(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('the conference’s days (Brussels, Europe/Brussels)')).toBeVisible();
  await expect(page.getByText('(Graz)')).toHaveCount(0);
});
