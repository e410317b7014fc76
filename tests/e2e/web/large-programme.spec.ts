import { expect, test } from '@playwright/test';
import { startFeedServer, useFeedInSettings } from './feed-server';

/** A big conference day: 3,000 sessions in 60 rooms, every ten minutes from 08:00. */
function bigFeed(count: number): string {
  const sessions = Array.from({ length: count }, (_, i) => {
    const slot = Math.floor(i / 60);
    const start = new Date(Date.parse('2024-02-05T07:00:00Z') + slot * 10 * 60_000);
    const end = new Date(start.getTime() + 30 * 60_000);
    return {
      id: `s${i}`,
      title: `Talk number ${i}`,
      start: start.toISOString(),
      end: end.toISOString(),
      room: { name: `Room ${String(i % 60).padStart(2, '0')}`, url: null, kind: 'physical' },
      track: `Track ${i % 7}`,
    };
  });
  return JSON.stringify({ format: 'go-local-companion/1', conference: { title: 'Big Conference', timeZone: 'Europe/Vienna' }, sessions });
}

test.use({ timezoneId: 'Europe/Vienna' });

test('a 3,000-session day renders only what is on screen, and still reaches the last session', async ({ page }) => {
  const server = await startFeedServer(bigFeed(3000));
  try {
    await useFeedInSettings(page, server.url);
    await page.getByRole('link', { name: 'Programme', exact: true }).click();
    const list = page.getByRole('list', { name: 'Sessions' });
    await expect(list.getByRole('listitem').first()).toContainText('Talk number 0');
    const rendered = await list.getByRole('listitem').count();
    expect(rendered).toBeLessThan(80);
    await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '3000');

    // Rows not yet drawn are estimated from those drawn, so the page hardly grows or shrinks on the way to
    // the end, and the End key's target holds (a fixed guess moved it by 2,600 px at this width).
    const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
    const heightBefore = await pageHeight();
    await page.keyboard.press('End');
    await expect(page.locator('[data-session-id="s2999"]')).toBeVisible();
    await expect(page.locator('[data-session-id="s2999"]')).toHaveAttribute('aria-posinset', '3000');
    expect(Math.abs((await pageHeight()) - heightBefore)).toBeLessThan(300);

    await page.getByRole('button', { name: 'Bookmark “Talk number 2999”' }).click();
    await expect(page.getByRole('link', { name: 'My schedule (1)' })).toBeVisible();
  } finally {
    await server.close();
  }
});
