/**
 * The feed breaks after it worked, for real, from a misbehaving server on
 * 127.0.0.1 (tests/core/faults/fault-server.ts): the web edition keeps the
 * programme it had and the attendee's bookmarks, and the alert says why.
 * The full fault list, with timeouts and a slow drip, is tested below the UI
 * in tests/core/faults/feed-faults.test.ts.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { nativeFeed, useFeedInSettings } from './feed-server';
import { startFaultServer } from '../../core/faults/fault-server';
import type { Fault } from '../../core/faults/fault-server';

test.use({ timezoneId: 'Europe/Vienna' });

const SESSIONS = [
  { id: 'opening', title: 'Opening of the Faulty Conference', start: '2024-02-05T11:30:00+01:00', end: '2024-02-05T12:00:00+01:00', room: 'Plenary' },
  { id: 'keynote', title: 'Keynote on Broken Networks', start: '2024-02-05T12:00:00+01:00', end: '2024-02-05T12:45:00+01:00', room: 'Plenary' },
  { id: 'panel', title: 'Panel on Full Disks', start: '2024-02-05T14:00:00+01:00', end: '2024-02-05T15:00:00+01:00', room: 'Room B' },
];

const sessions = (page: Page) => page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
const bookmark = (page: Page, title: string) => page.getByRole('button', { name: `Bookmark “${title}”`, exact: true });

const FAULTS: [Fault, RegExp][] = [
  ['status-503', /The feed is unreachable: the server answered 503/],
  ['status-500', /the server answered 500/],
  ['truncated', /The feed is unreachable/],
  ['reset', /The feed is unreachable/],
  ['redirect-loop', /The feed is unreachable/],
  ['gzip-bomb', /larger than 20 MB/],
  ['wrong-type-html', /The feed could not be read/],
  ['empty', /the feed is empty/],
  ['no-sessions', /the feed now lists no sessions/],
];

test('when the feed breaks in every way, the programme and bookmarks stay and the alert says why', async ({ page }) => {
  test.setTimeout(120_000);
  const server = await startFaultServer(nativeFeed(SESSIONS), nativeFeed([]));
  try {
    await useFeedInSettings(page, server.url);
    await page.goto('/#/day/2024-02-05');
    await expect(sessions(page)).toHaveCount(3);
    await bookmark(page, 'Keynote on Broken Networks').click();
    await bookmark(page, 'Panel on Full Disks').click();

    for (const [fault, reason] of FAULTS) {
      server.set(fault);
      await page.getByRole('button', { name: 'Refresh' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'The programme you had is still shown.' });
      await expect(alert, fault).toContainText(reason);
      await expect(sessions(page), fault).toHaveCount(3);
      await expect(page.getByRole('link', { name: 'My schedule (2)' }), fault).toBeVisible();
      await expect(bookmark(page, 'Panel on Full Disks'), fault).toHaveAttribute('aria-pressed', 'true');
    }

    // A reload while the feed is still broken starts from the saved copy, bookmarks and all.
    await page.reload();
    await expect(sessions(page)).toHaveCount(3);
    await expect(page.getByRole('link', { name: 'My schedule (2)' })).toBeVisible();

    // And when the feed recovers, the alert goes away.
    server.set('ok');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Updated/ })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'still shown' })).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('a 304 keeps the saved copy without an alert', async ({ page }) => {
  const server = await startFaultServer(nativeFeed(SESSIONS), nativeFeed([]));
  try {
    server.set('etag-304');
    await useFeedInSettings(page, server.url);
    await page.goto('/#/day/2024-02-05');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Updated/ })).toBeVisible();
    await expect(sessions(page)).toHaveCount(3);
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await server.close();
  }
});
