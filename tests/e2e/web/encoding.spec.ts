/**
 * The web edition decodes feed bytes by core's one rule in a real browser: a
 * Windows-1252 feed wrongly labelled UTF-8, and a UTF-16LE feed with a BOM,
 * show their umlauts, ß and € as the desktop app and the checker read them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { nativeFeed, useFeedInSettings } from './feed-server';
import { utf16, windows1252 } from '../../core/support/encoded-feeds';

test.use({ timezoneId: 'Europe/Vienna' });

const TITLE = 'Ärger über Öl – Straße ä ö ü ß €';
const FEED = nativeFeed([{ id: 'a', title: TITLE, start: '2024-02-05T11:30:00+01:00', end: '2024-02-05T12:00:00+01:00', room: 'Saal' }]);

for (const [name, bytes, contentType] of [
  ['Windows-1252 labelled utf-8', windows1252(FEED), 'application/json; charset=utf-8'],
  ['UTF-16LE with a BOM', utf16(FEED, 'le'), 'application/json'],
] as const) {
  test(`a ${name} feed shows its text`, async ({ page }) => {
    const server: Server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': contentType, 'Access-Control-Allow-Origin': '*' }).end(Buffer.from(bytes));
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    try {
      await useFeedInSettings(page, `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`);
      await page.goto('/#/day/2024-02-05');
      await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toContainText(TITLE);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
}
