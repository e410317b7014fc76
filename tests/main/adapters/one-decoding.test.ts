/**
 * The same bytes read the same through every path that fetches or opens a
 * feed: the app's net.request transport, the feed checker (a file and a URL)
 * and the web edition's fetch transport (on Node's fetch, the browser's API).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientRequest, ClientRequestConstructorOptions } from 'electron';
import { createFeedTransport } from '../../../main/adapters/feed-transport';
import { FetchTransport } from '../../../web/adapters/fetch-transport';
import { loadFeedSource } from '../../../scripts/feed-source';
import { ENCODED_CASES, type EncodedCase } from '../../core/support/encoded-feeds';
import { FakeClientRequest } from '../fake-net-request';


const scratch = mkdtempSync(join(tmpdir(), 'one-decoding-'));
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const found = ENCODED_CASES[Number(request.url?.slice(1))];
    if (!found) return void response.writeHead(404).end();
    response.writeHead(200, found.contentType ? { 'Content-Type': found.contentType } : {});
    response.end(Buffer.from(found.bytes));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const feedRequest = (url: string) => ({ url, timeoutMs: 5_000, maxBytes: 1024 * 1024 });

async function viaElectron(found: EncodedCase): Promise<string> {
  const transport = createFeedTransport(
    (options: ClientRequestConstructorOptions) =>
      new FakeClientRequest({ ...options }, [{ statusCode: 200, headers: found.contentType ? { 'content-type': found.contentType } : {}, chunks: [found.bytes] }]) as unknown as ClientRequest,
  );
  const response = await transport.fetch(feedRequest('https://programme.example.org/feed'));
  return response.status === 'ok' ? response.body : '';
}

async function viaWeb(index: number): Promise<string> {
  const response = await new FetchTransport().fetch(feedRequest(`${base}/${index}`));
  return response.status === 'ok' ? response.body : '';
}

describe('one decoding rule in every path', () => {
  it.each(ENCODED_CASES.map((found, index) => [found.name, found, index] as const))('%s', async (_name, found, index) => {
    const file = join(scratch, `${index}.feed`);
    writeFileSync(file, found.bytes);
    expect(await viaElectron(found)).toBe(found.text);
    expect(await viaWeb(index)).toBe(found.text);
    expect(await loadFeedSource(`${base}/${index}`)).toBe(found.text);
    // A file has no label: only the BOM and the bytes decide.
    if (found.contentType === undefined || !/charset="?iso-8859-1/i.test(found.contentType)) expect(await loadFeedSource(file)).toBe(found.text);
  });
});
