/**
 * The web edition reads a feed from another origin with nothing more than
 * `Access-Control-Allow-Origin: *` on every refresh (it sends no headers of its
 * own that would force a pre-flight; the browser's cache revalidates), and a
 * server without any CORS header is named as such, not as "unreachable".
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { nativeFeed } from './feed-server';

test.use({ timezoneId: 'Europe/Vienna' });

const FEED = nativeFeed([
  { id: 'opening', title: 'Opening across origins', start: '2024-02-05T11:30:00+01:00', end: '2024-02-05T12:00:00+01:00', room: 'Plenary' },
]);

const LAST_MODIFIED = 'Mon, 05 Feb 2024 08:00:00 GMT';

interface Seen {
  method: string;
  headers: IncomingHttpHeaders;
}

/** A feed host on its own origin: `simple` sends only the one CORS header, `none` sends none; pre-flights are never answered. */
async function startFeedHost(initial: 'simple' | 'none'): Promise<{ url: string; seen: Seen[]; setCors(cors: 'simple' | 'none'): void; close(): Promise<void> }> {
  const seen: Seen[] = [];
  let cors = initial;
  const server: Server = createServer((request, response) => {
    // A new server setup is a new version: a revalidation then gets a full answer, not a 304 that keeps the cached CORS header.
    const etag = `"v1-${cors}"`;
    seen.push({ method: request.method ?? '', headers: request.headers });
    const headers: Record<string, string> = cors === 'simple' ? { 'Access-Control-Allow-Origin': '*' } : {};
    if (request.method !== 'GET') return void response.writeHead(405).end();
    if (request.headers['if-none-match'] === etag || (request.headers['if-none-match'] === undefined && request.headers['if-modified-since'] === LAST_MODIFIED)) return void response.writeHead(304, { ...headers, ETag: etag }).end();
    // Last-Modified is a CORS-safelisted response header: the page can read it even without Expose-Headers.
    response.writeHead(200, { ...headers, 'Content-Type': 'application/json', ETag: etag, 'Last-Modified': LAST_MODIFIED, 'Cache-Control': 'no-cache' }).end(FEED);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`,
    seen,
    setCors: (next) => {
      cors = next;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

test('a feed host with only Access-Control-Allow-Origin: * works on every refresh', async ({ page }) => {
  const host = await startFeedHost('simple');
  try {
    await page.goto('/#/settings');
    await page.getByLabel('Feed address').fill(host.url);
    await page.getByRole('button', { name: 'Use this feed' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Feed loaded.' })).toBeVisible();
    for (let refresh = 1; refresh <= 2; refresh++) {
      await page.goto('/#/day/2024-02-05');
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(page.getByRole('status').filter({ hasText: /^Updated/ }), `refresh ${refresh}`).toBeVisible();
      await expect(page.getByRole('alert'), `refresh ${refresh}`).toHaveCount(0);
      await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(1);
    }
    expect(host.seen.filter((r) => r.method === 'OPTIONS')).toEqual([]);
    expect(host.seen.filter((r) => r.method === 'GET').length).toBeGreaterThanOrEqual(3);
  } finally {
    await host.close();
  }
});

test('a feed host without CORS headers is named as the reason, on every refresh', async ({ page }) => {
  const host = await startFeedHost('none');
  const settings = async (): Promise<void> => {
    await page.goto('/#/settings');
    await page.getByLabel('Feed address').fill(host.url);
    await page.getByRole('button', { name: 'Use this feed' }).click();
  };
  try {
    await settings();
    const reason = /does not allow the web edition to read the feed .*The desktop app can read it/;
    await expect(page.getByRole('alert').filter({ hasText: reason })).toBeVisible();
    // The host is fixed, the feed loads; then a server update drops the header again.
    host.setCors('simple');
    await settings();
    await expect(page.getByRole('status').filter({ hasText: 'Feed loaded.' })).toBeVisible();
    host.setCors('none');
    for (let refresh = 1; refresh <= 2; refresh++) {
      await page.goto('/#/day/2024-02-05');
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(page.getByRole('alert').filter({ hasText: reason }), `refresh ${refresh}`).toBeVisible();
      await expect(page.getByRole('alert'), `refresh ${refresh}`).not.toContainText('unreachable: the network');
      await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(1);
    }
  } finally {
    await host.close();
  }
});
