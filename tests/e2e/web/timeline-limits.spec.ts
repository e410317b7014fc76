/**
 * Absurd programmes on the timeline: 150,000 sessions in one minute, a session
 * that runs to the year 9999, 50,000 rooms. Each is served to the web edition,
 * shown as a timeline, and shown again after a reload (the layout is a saved
 * setting and the programme is cached, so a timeline that cannot be drawn would
 * leave the page blank at every start). And when a view does fail to render,
 * the error boundary says so, keeps the navigation, and leads back to the list.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startFeedServer, useFeedInSettings } from './feed-server';

test.use({ timezoneId: 'Europe/Vienna' });

const DAY = '2024-02-05';

interface TinySession {
  id: string;
  title: string;
  start: string;
  end: string;
  room: string;
}

/** The native format with as few bytes per session as it accepts: 150,000 sessions must stay under the 20 MB feed limit. */
function tinyFeed(sessions: TinySession[]): string {
  return JSON.stringify({
    format: 'go-local-companion/1',
    version: 'limits',
    conference: { title: 'Absurd Programme', timeZone: 'Europe/Vienna' },
    sessions: sessions.map((s) => ({ id: s.id, title: s.title, start: s.start, end: s.end, room: { name: s.room } })),
  });
}

const hourAt = (hour: number): string => `${DAY}T${String(hour).padStart(2, '0')}:00:00Z`;

/** WCAG 2.2 AA as axe-core knows it, as in accessibility.spec.ts. */
async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function showTimeline(page: Page, url: string): Promise<void> {
  await useFeedInSettings(page, url);
  await page.goto(`/#/day/${DAY}`);
  await page.getByRole('button', { name: 'Timeline' }).click();
}

async function expectTimeline(page: Page, firstTitle: string, limit: RegExp | null): Promise<void> {
  const timeline = page.getByRole('region', { name: /^Timeline of/ });
  await expect(timeline).toBeVisible({ timeout: 60_000 });
  await expect(timeline.getByRole('link', { name: new RegExp(`^${firstTitle}\\b`) }).first()).toBeVisible();
  if (limit) await expect(page.getByRole('note', { name: 'Not everything fits the timeline' })).toContainText(limit);
  await expect(page.getByRole('alert').filter({ hasText: 'This view could not be shown' })).toHaveCount(0);
}

test.describe('absurd programmes on the timeline', () => {
  test.describe.configure({ timeout: 240_000 });

  test('150,000 sessions in one minute: a few are drawn, the rest counted, and a reload still shows it', async ({ page }) => {
    const sessions = Array.from({ length: 150_000 }, (_, i) => ({
      id: i.toString(36),
      title: `T${i}`,
      start: '2024-02-05T09:00Z',
      end: '2024-02-05T09:01Z',
      room: `R${i % 3}`,
    }));
    const server = await startFeedServer(tinyFeed(sessions));
    try {
      await showTimeline(page, server.url);
      await expectTimeline(page, 'T0', /149,988 more sessions\s+too crowded to draw here: use the list or filter by room/);
      expect(await page.locator('.timeline-block').count()).toBe(12);
      await expectNoViolations(page);
      await page.reload();
      await expectTimeline(page, 'T0', /149,988 more sessions/);
    } finally {
      await server.close();
    }
  });

  test('150,000 sessions live at once: Now & next lists a bounded few and says how many more', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2024-02-05T09:00:30Z'));
    const sessions = Array.from({ length: 150_000 }, (_, i) => ({ id: i.toString(36), title: `T${i}`, start: '2024-02-05T09:00Z', end: '2024-02-05T09:01Z', room: `R${i % 3}` }));
    const server = await startFeedServer(tinyFeed(sessions));
    try {
      await useFeedInSettings(page, server.url);
      await page.getByRole('link', { name: 'Now & next', exact: true }).click();
      await expect(page.getByRole('list', { name: 'Live sessions' }).getByRole('listitem')).toHaveCount(100, { timeout: 60_000 });
      await expect(page.getByText('149,900 more at the same time: see them in the programme.')).toBeVisible();
    } finally {
      await server.close();
    }
  });

  test('a session that runs for weeks is drawn clipped, with a marker; one to the year 9999 is left out with a note', async ({ page }) => {
    // The feed reader leaves out a session longer than 31 days (Settings names it); one of 30 days is read and far
    // longer than any timeline draws.
    const server = await startFeedServer(
      tinyFeed([
        { id: 'opening', title: 'Opening', start: hourAt(8), end: hourAt(9), room: 'Main' },
        { id: 'forever', title: 'Forever', start: hourAt(9), end: '2024-03-06T09:00:00Z', room: 'Side' },
        { id: 'absurd', title: 'Absurd', start: hourAt(9), end: '9999-12-31T23:00:00Z', room: 'Side' },
      ]),
    );
    try {
      await useFeedInSettings(page, server.url);
      await expect(page.getByRole('list', { name: 'What the app noticed in this feed' })).toContainText('"Absurd" lasts longer than 31 days; left out');
      await showTimeline(page, server.url);
      await expectTimeline(page, 'Opening', null);
      const forever = page.locator('.timeline-block').filter({ hasText: 'Forever' });
      await expect(forever).toContainText('Continues after this timeline');
      // A day plus the overflow: 31 hour marks after the first, not one per hour until 9999.
      expect(await page.locator('.timeline-hour').count()).toBe(32);
      await page.reload();
      await expect(page.locator('.timeline-block').filter({ hasText: 'Forever' })).toContainText('Continues after this timeline', { timeout: 60_000 });
    } finally {
      await server.close();
    }
  });

  test('50,000 rooms: the first 60 get columns and the message names the rest', async ({ page }) => {
    const sessions = Array.from({ length: 50_000 }, (_, i) => ({
      id: `r${i}`,
      title: `Talk ${i}`,
      start: hourAt(8 + (i % 8)),
      end: hourAt(9 + (i % 8)),
      room: `Room ${String(i).padStart(5, '0')}`,
    }));
    const server = await startFeedServer(tinyFeed(sessions));
    try {
      await showTimeline(page, server.url);
      await expectTimeline(page, 'Talk 0', /49,940 more rooms\s+\(49,940 sessions\): use the list or filter by room/);
      expect(await page.locator('.timeline-column').count()).toBe(60);
      await page.reload();
      await expectTimeline(page, 'Talk 0', /49,940 more rooms/);

      await page.getByRole('button', { name: 'Show this day as a list' }).click();
      await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('list', { name: 'Sessions' })).toBeVisible();
    } finally {
      await server.close();
    }
  });
});

test('a view that fails to render says so, keeps the navigation, and the way back survives a reload', async ({ page }) => {
  // A test-only fault, injected into the page and shipped nowhere: only the timeline sets the CSS custom
  // property --lanes (each room column's lane count), so making that throw breaks the timeline's render and
  // leaves the list to come back to.
  await page.addInitScript(() => {
    const original = Object.getOwnPropertyDescriptor(CSSStyleDeclaration.prototype, 'setProperty')?.value as (this: CSSStyleDeclaration, ...args: string[]) => void;
    CSSStyleDeclaration.prototype.setProperty = function (this: CSSStyleDeclaration, name: string, ...rest: string[]) {
      if (name === '--lanes') throw new TypeError('forced render fault with a secret-looking ?token=s3cret');
      original.call(this, name, ...rest);
    };
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  const rooms = Array.from({ length: 61 }, (_, i) => ({ id: `s${i}`, title: `Talk ${i}`, start: hourAt(9), end: hourAt(10), room: `Room ${String(i).padStart(2, '0')}` }));
  const server = await startFeedServer(tinyFeed(rooms));
  try {
    await showTimeline(page, server.url);
    const failure = page.getByRole('alert').filter({ hasText: 'This view could not be shown' });
    await expect(failure).toContainText('This view could not be shown: the timeline ran into a TypeError');
    await expect(failure).not.toContainText('s3cret');
    await expectNoViolations(page);
    expect(logged.filter((text) => text.includes('Go Local Companion: the timeline could not be shown'))).toHaveLength(1);
    // The header still works while the view is broken.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.getByLabel('Feed address')).toBeVisible();
    await page.goBack();
    await expect(failure).toBeVisible();

    await failure.getByRole('button', { name: 'Back to the programme list' }).click();
    await expect(page.getByRole('list', { name: 'Sessions' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('list', { name: 'Sessions' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('alert').filter({ hasText: 'This view could not be shown' })).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('a damaged change report in storage breaks What changed only, and the way back leads to the programme', async ({ page }) => {
  const server = await startFeedServer(tinyFeed([{ id: 'a', title: 'Opening', start: hourAt(9), end: hourAt(10), room: 'Main' }]));
  try {
    await useFeedInSettings(page, server.url);
    // The web edition keeps the last change report in IndexedDB; an entry with half its fields is what a
    // damaged or foreign write leaves behind. The cache checks the report's outline, not each entry.
    await page.evaluate(
      (url) =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('go-local-companion', 1);
          request.onerror = () => fail(new Error('no IndexedDB'));
          request.onsuccess = () => {
            const transaction = request.result.transaction('cache', 'readwrite');
            transaction.objectStore('cache').put({ url, at: '2024-02-05T08:00:00Z', changes: [{ after: { id: 'a', title: 'Opening' } }] }, 'changes');
            transaction.oncomplete = () => done();
            transaction.onerror = () => fail(new Error('write failed'));
          };
        }),
      server.url,
    );
    await page.goto('/#/changes');
    await page.reload();
    const failure = page.getByRole('alert').filter({ hasText: 'This view could not be shown' });
    await expect(failure).toContainText('This view could not be shown: the list of changes ran into a TypeError');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await failure.getByRole('button', { name: 'Back to the programme list' }).click();
    await expect(page.getByRole('list', { name: 'Sessions' })).toContainText('Opening');
    await expect(failure).toHaveCount(0);
  } finally {
    await server.close();
  }
});
