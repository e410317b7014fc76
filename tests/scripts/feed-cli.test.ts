import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './support/run-feed-cli';
import { feedsDir, haveFeeds } from '../core/feeds/real-feeds';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(resolve(tmpdir(), 'feed-cli-'));
const write = (name: string, text: string): string => {
  const path = resolve(scratch, name);
  writeFileSync(path, text);
  return path;
};

const GOOD = write(
  'good.json',
  JSON.stringify({
    schedule: {
      conference: { title: 'Go Local', time_zone_name: 'Europe/Vienna' },
      events: [{ guid: 'g1', start: '2024-02-05T23:30:00+01:00', end: '2024-02-06T00:30:00+01:00', room: 'Graz', title: 'Late', persons: [{ name: 'Ada' }] }],
    },
  }),
);
const BROKEN = write('broken.xml', '<?xml version="1.0"?>\n<schedule>\n  <conference>\n    <title>x</titel>\n  </conference>\n</schedule>\n');

const run = (args: string[]): Promise<CliRun> => runCli(args, 'Asia/Kolkata');

describe('feed checker (in process)', () => {
  it('check: 0 for a usable feed', async () => {
    const result = await run(['check', GOOD]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^usable: schedule-json, 1 sessions, event zone Europe\/Vienna/);
  });

  it('check: 1 for an unusable feed, naming the place', async () => {
    const result = await run(['check', BROKEN]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^error: not well-formed XML: .*\(at line 4\)/);
  });

  it('check: 1 for a missing file or a refused URL', async () => {
    expect((await run(['check', resolve(scratch, 'nope.xml')])).err).toMatch(/cannot read .*ENOENT/);
    const refused = await run(['check', 'http://example.org/feed.xml']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/must start with https/);
  });

  it('list --json: the documented shape, local zone defaulting to the machine zone', async () => {
    const result = await run(['list', GOOD, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out) as unknown).toEqual({
      conference: { title: 'Go Local', timeZone: 'Europe/Vienna' },
      warnings: [],
      sessions: [
        {
          id: 'g1',
          title: 'Late',
          start: '2024-02-05T22:30:00Z',
          end: '2024-02-05T23:30:00Z',
          room: 'Graz',
          roomUrl: null,
          track: '',
          type: '',
          persons: ['Ada'],
          event: { date: '2024-02-05', start: '23:30', end: '00:30' },
          local: { zone: 'Asia/Kolkata', date: '2024-02-06', start: '04:00', end: '05:00', dayOffset: 1 },
        },
      ],
    });
  });

  it('list --tz picks the local zone; without --json prints a table', async () => {
    const result = await run(['list', GOOD, '--tz=America/New_York']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('2024-02-05  23:30-00:30  17:30-18:30');
  });

  it.each([
    [[]],
    [['frobnicate', GOOD]],
    [['check']],
    [['check', GOOD, GOOD]],
    [['list', GOOD, '--tz', 'Mars/Olympus']],
    [['list', GOOD, '--tz']],
    [['list', GOOD, '--colour']],
    [['check', GOOD, '--json']],
  ])('exit 2 with the usage text for %j', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Usage: npm run --silent feed --');
    expect(result.out).toBe('');
  });

  it('--help prints the usage on stdout, exit 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Commands:');
  });

  it.skipIf(!haveFeeds)('check reports warnings on stderr for a real feed without a zone', async () => {
    const result = await run(['check', resolve(feedsDir, '28c3-pentabarf.xml'), '--default-tz', 'Europe/Berlin']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('warning: no time zone in feed; times read in Europe/Berlin (at line 3)\n');
  });
});

describe('feed checker over http on localhost', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/huge') {
        // No Content-Length: the cap must hold while streaming.
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const more = (): void => {
          while (sent < 21) {
            sent++;
            if (!response.write(chunk)) return void response.once('drain', more);
          }
          response.end();
        };
        more();
        return;
      }
      if (request.url === '/feed.json') return void response.end(JSON.stringify({ talks: [{ code: 'A', title: 'x', start: '2024-02-05T10:00:00Z', end: '2024-02-05T11:00:00Z' }] }));
      response.statusCode = 404;
      response.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('fetches a feed', async () => {
    const result = await run(['check', `${base}/feed.json`]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^usable: pretalx, 1 sessions/);
  });

  it('reads webcal:// as https://', async () => {
    const result = await run(['check', `${base.replace('http://', 'webcal://')}/feed.json`]);
    expect(result.code).toBe(1);
    // Our test server speaks plain http, so the https attempt is what shows the address was taken as https.
    expect(result.err).toMatch(/^error: could not fetch https:\/\/127\.0\.0\.1:\d+\/feed\.json: the secure connection failed/);
  });

  it('reports HTTP errors and oversized bodies', async () => {
    expect((await run(['check', `${base}/missing`])).err).toMatch(/answered 404/);
    const huge = await run(['check', `${base}/huge`]);
    expect(huge.code).toBe(1);
    expect(huge.err).toMatch(/larger than 20 MB/);
  });
});

describe('feed checker as a process', () => {
  const tsx = resolve(root, 'node_modules/.bin/tsx');
  const spawn = (...args: string[]) => spawnSync(tsx, ['scripts/feed.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

  it('exits 0, 1 and 2 as documented', () => {
    const good = spawn('list', GOOD, '--tz', 'UTC', '--json');
    expect(good.status).toBe(0);
    expect((JSON.parse(good.stdout) as { sessions: { local: unknown }[] }).sessions[0]?.local).toEqual({ zone: 'UTC', date: '2024-02-05', start: '22:30', end: '23:30', dayOffset: 0 });
    const bad = spawn('check', BROKEN);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/\(at line 4\)/);
    const usage = spawn('list');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage:');
  }, 60_000);
});
