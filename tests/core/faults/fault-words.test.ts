/**
 * Each network fault ends in words an organiser can act on, never the fetch
 * implementation's own ("fetch failed", "terminated"), in the web edition's
 * transport (on Node's fetch) and in the feed checker's loader alike. Redirect
 * hops are checked before they are requested.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchTransport } from '../../../web/adapters/fetch-transport';
import { loadFeedSource } from '../../../scripts/feed-source';
import { runFeedCli } from '../../../scripts/feed-cli';
import { parseFeed } from '../../../core/feeds';
import { nativeFeed, keynote, opening, panel } from '../support/native-feed';
import { startFaultServer, type Fault, type FaultServer } from './fault-server';

const GOOD = nativeFeed([opening, keynote, panel], 'Faulty Conference');
const TIMEOUT_MS = 1_500;

let server: FaultServer;
/** A port that was just free: nothing listens there. */
let closedPort = 0;
beforeAll(async () => {
  server = await startFaultServer(GOOD, nativeFeed([], 'Faulty Conference'));
  const probe = createServer();
  await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((done) => probe.close(() => done()));
});
afterAll(() => server.close());

const paths = {
  'web transport': async (url: string) => {
    const response = await new FetchTransport().fetch({ url, timeoutMs: TIMEOUT_MS, maxBytes: 20 * 1024 * 1024 });
    return response.status === 'ok' ? response.body : '';
  },
  'feed checker': (url: string) => loadFeedSource(url, { timeoutMs: TIMEOUT_MS }),
};

async function messageOf(load: (url: string) => Promise<string>, url: string): Promise<string> {
  try {
    parseFeed(await load(url), { defaultTimeZone: 'Europe/Vienna' });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${url}: expected a failure`);
}

const EXPECTED: [Fault | 'tls' | 'dns' | 'refused', RegExp][] = [
  ['endless-headers', /more header lines than any web server should/],
  ['http-09', /did not answer in HTTP/],
  ['truncated', /closed the connection before the whole feed arrived/],
  ['length-longer', /not valid JSON: .*\(at line \d+\)/],
  ['stall-mid-body', /stopped sending in the middle of the feed/],
  ['bad-redirect', /redirected to something that is not a web address/],
  ['redirect-metadata', /redirected to this computer or a private network address/],
  ['tls', /does not speak https on that port/],
  ['dns', /server name could not be (found|looked up)/],
  ['refused', /nothing answers at that address and port/],
];

function urlOf(fault: (typeof EXPECTED)[number][0]): string {
  if (fault === 'tls') return server.urlFor('ok').replace('http://127.0.0.1', 'https://127.0.0.1');
  if (fault === 'dns') return 'https://no-such-feed-host.invalid/feed.json';
  if (fault === 'refused') return `http://127.0.0.1:${closedPort}/feed.json`;
  return server.urlFor(fault);
}

/** A browser follows redirects itself and hides the hops (see FetchTransport); only the checker can refuse a hop before it. */
const checkerOnly = new Set(['redirect-metadata']);

describe.each(Object.entries(paths))('%s: words for each fault', (path, load) => {
  it.each(EXPECTED.filter(([fault]) => path === 'feed checker' || !checkerOnly.has(fault)))('%s', async (fault, words) => {
    const message = await messageOf(load, urlOf(fault));
    expect(message).toMatch(words);
    expect(message).not.toMatch(/fetch failed|terminated|aborted due to timeout/);
  });
});

describe('feed checker: redirect hops are checked before they are requested', () => {
  it(`stops after 5 redirects, never requesting the sixth hop`, async () => {
    server.chainHops.length = 0;
    await expect(loadFeedSource(server.urlFor('redirect-chain'), { timeoutMs: TIMEOUT_MS })).rejects.toThrow(/more than 5 redirects/);
    expect(server.chainHops).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('feed checker: a Content-Length shorter than the feed', () => {
  it('says the download ended where the header said, when the parse error is on the last line', async () => {
    let err = '';
    const code = await runFeedCli(['check', server.urlFor('length-longer')], { out: () => undefined, err: (text) => (err += text) });
    expect(code).toBe(1);
    expect(err).toMatch(/not valid JSON: .*\(at line 1\); the download ended there, after the \d+ bytes the server's Content-Length promised/);
  });
});

/** A self-signed certificate made here with openssl (skipped where openssl is missing). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(join(tmpdir(), 'fault-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore', timeout: 20_000 });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    return null;
  }
}

const certificate = selfSignedCertificate();

describe.skipIf(certificate === null)('an https feed server with a self-signed certificate', () => {
  let tls: TlsServer;
  let url = '';
  beforeAll(async () => {
    tls = createTlsServer(certificate ?? {}, (_request, response) => response.end(GOOD));
    await new Promise<void>((ready) => tls.listen(0, '127.0.0.1', ready));
    url = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/feed.json`;
  });
  afterAll(() => new Promise<void>((done) => tls.close(() => done())));

  it.each(Object.entries(paths))('%s says the certificate is not trusted', async (_path, load) => {
    const message = await messageOf(load, url);
    expect(message).toMatch(/the secure connection failed: the server's certificate is self-signed, so it is not trusted/);
  });
});
