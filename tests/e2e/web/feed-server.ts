/**
 * A real feed server on 127.0.0.1 for the web e2e tests: it serves whatever
 * body the test sets, with CORS open so the web edition can fetch it.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export interface FeedServer {
  url: string;
  setBody(body: string): void;
  close(): Promise<void>;
}

export async function startFeedServer(initialBody: string): Promise<FeedServer> {
  let body = initialBody;
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feed.json`,
    setBody: (next) => {
      body = next;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

interface FeedSession {
  id: string;
  title: string;
  start: string;
  end: string;
  room: string;
}

/** A native-format feed (assets/programme/programme.schema.json). */
export function nativeFeed(sessions: FeedSession[]): string {
  return JSON.stringify({
    format: 'go-local-companion/1',
    version: 'test',
    conference: { title: 'Go Local Test Feed', timeZone: 'Europe/Vienna' },
    sessions: sessions.map((s) => ({ ...s, room: { name: s.room, url: null, kind: 'bbb' } })),
  });
}

/** Points the web edition at a feed through Settings, as an attendee would, and waits until it loaded. */
export async function useFeedInSettings(page: Page, url: string): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel('Feed address').fill(url);
  await page.getByRole('button', { name: 'Use this feed' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Feed loaded.' })).toBeVisible();
}
