import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFeedCli } from '../../scripts/feed-cli';
import { parseIcs } from '../core/calendar/parse-ics';

const root = resolve(import.meta.dirname, '../..');
const BUNDLED = resolve(root, 'assets/programme/golocal-2024.json');
const scratch = mkdtempSync(resolve(tmpdir(), 'feed-cli-ics-'));
const NOW = Date.parse('2024-01-31T12:00:00Z');

const FEED = JSON.stringify({
  schedule: {
    conference: { title: 'Go Local, 2024', time_zone_name: 'Europe/Vienna' },
    events: [
      { guid: 'g1', start: '2024-02-05T11:30:00+01:00', end: '2024-02-05T12:30:00+01:00', room: 'Graz', title: 'Opening', persons: [{ name: 'Ada' }] },
      { guid: 'g2', start: '2024-03-31T01:30:00+01:00', end: '2024-03-31T03:30:00+02:00', room: 'Graz', title: 'Night' },
    ],
  },
});
const GOOD = resolve(scratch, 'good.json');
writeFileSync(GOOD, FEED);

async function run(args: string[]): Promise<{ code: number; out: string; err: string; written: Map<string, string> }> {
  let out = '';
  let err = '';
  const written = new Map<string, string>();
  const code = await runFeedCli(args, {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    write: (t) => (out += t),
    now: () => NOW,
    writeFile: async (path, text) => void written.set(path, text),
    machineZone: 'Asia/Kolkata',
  });
  return { code, out, err, written };
}

describe('feed ics (in process)', () => {
  it('exports every session on stdout with TZID times, UIDs on the local host and DTSTAMP now', async () => {
    const result = await run(['ics', GOOD]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(result.out).toContain('DTSTART;TZID=Europe/Vienna:20240205T113000\r\n');
    const { calendar, events } = parseIcs(result.out);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Go Local, 2024');
    expect(events.map((e) => [e.uid, e.startUtc, e.endUtc, e.sequence, e.stamp])).toEqual([
      ['g1@golocal-companion.local', '2024-02-05T10:30:00Z', '2024-02-05T11:30:00Z', 0, '2024-01-31T12:00:00Z'],
      ['g2@golocal-companion.local', '2024-03-31T00:30:00Z', '2024-03-31T01:30:00Z', 0, '2024-01-31T12:00:00Z'],
    ]);
    expect(events[0]!.alarms).toEqual([]);
  });

  it('--session picks sessions (repeatable), --alarm adds a reminder, --tz the attendee’s times', async () => {
    const result = await run(['ics', GOOD, '--session', 'g2', '--alarm=10', '--tz', 'America/New_York']);
    expect(result.code).toBe(0);
    const { events } = parseIcs(result.out);
    expect(events.map((e) => e.uid)).toEqual(['g2@golocal-companion.local']);
    expect(events[0]!.alarms[0]).toMatchObject({ action: 'DISPLAY', trigger: '-PT10M' });
    expect(events[0]!.description).toContain('Your time (New York): Sat 30 Mar 2024, 20:30–21:30 EDT');
    const both = await run(['ics', GOOD, '--session=g2', '--session', 'g1', '--session', 'g2']);
    expect(parseIcs(both.out).events.map((e) => e.uid.split('@')[0])).toEqual(['g1', 'g2']);
  });

  it('--out writes the file and says so on stderr', async () => {
    const result = await run(['ics', GOOD, '--out', 'programme.ics']);
    expect(result).toMatchObject({ code: 0, out: '', err: 'wrote 2 session(s) to programme.ics\n' });
    expect(parseIcs(result.written.get('programme.ics')!).events).toHaveLength(2);
  });

  it('is byte-identical across runs', async () => {
    expect((await run(['ics', BUNDLED])).out).toBe((await run(['ics', BUNDLED])).out);
  });

  it('exports the bundled programme in Europe/Vienna', async () => {
    const { events } = parseIcs((await run(['ics', BUNDLED])).out);
    expect(events).toHaveLength(47);
    expect(events[0]).toMatchObject({ uid: 'glc24-001@golocal-companion.local', startUtc: '2024-02-05T10:30:00Z', startTzid: 'Europe/Vienna' });
  });

  it('exit 1 naming unknown session ids', async () => {
    const result = await run(['ics', GOOD, '--session', 'g1', '--session', 'nope', '--session', 'gone']);
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err).toMatch(/^error: no session with id "nope", "gone" in the feed/);
  });

  it('exit 1 for an unusable feed or an unwritable --out', async () => {
    expect((await run(['ics', resolve(scratch, 'missing.json')])).code).toBe(1);
    const unwritable = await runFeedCli(['ics', GOOD, '--out', resolve(scratch, 'no/such/dir/x.ics')], { out: () => {}, err: () => {}, now: () => NOW });
    expect(unwritable).toBe(1);
  });

  it.each([
    [['ics']],
    [['ics', GOOD, '--alarm', '-5']],
    [['ics', GOOD, '--alarm', '1441']],
    [['ics', GOOD, '--alarm', '2.5']],
    [['ics', GOOD, '--alarm', 'soon']],
    [['ics', GOOD, '--alarm']],
    [['ics', GOOD, '--session']],
    [['ics', GOOD, '--out']],
    [['ics', GOOD, '--json']],
    [['list', GOOD, '--session', 'g1']],
    [['check', GOOD, '--alarm', '10']],
    [['check', GOOD, '--out', 'x.ics']],
  ])('exit 2 with the usage text for %j', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Usage: npm run --silent feed --');
    expect(result.out).toBe('');
  });

  it('documents ics in the usage text', async () => {
    const { out } = await run(['--help']);
    expect(out).toMatch(/ics <file-or-url>/);
    expect(out).toMatch(/--session <id>/);
    expect(out).toMatch(/--alarm <minutes>/);
    expect(out).toMatch(/--out <file>/);
  });
});

describe('feed ics over http on localhost', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((_request, response) => response.end(FEED));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('takes the UIDs’ host from the feed URL', async () => {
    const { events } = parseIcs((await run(['ics', `${base}/feed.json`])).out);
    expect(events.map((e) => e.uid)).toEqual(['g1@127.0.0.1', 'g2@127.0.0.1']);
  });
});

describe('feed ics as a process', () => {
  const tsx = resolve(root, 'node_modules/.bin/tsx');
  const spawn = (...args: string[]) => spawnSync(tsx, ['scripts/feed.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

  it('writes the .ics to stdout or --out and exits 0, 1 and 2 as documented', () => {
    const stdout = spawn('ics', GOOD, '--session', 'g1');
    expect(stdout.status).toBe(0);
    expect(stdout.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(stdout.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(parseIcs(stdout.stdout).events).toHaveLength(1);
    const file = resolve(scratch, 'out.ics');
    const written = spawn('ics', GOOD, '--out', file, '--alarm', '15');
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(parseIcs(readFileSync(file, 'utf8')).events[0]!.alarms[0]!.trigger).toBe('-PT15M');
    const unknown = spawn('ics', GOOD, '--session', 'zzz');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('"zzz"');
    expect(spawn('ics', GOOD, '--alarm', '3000').status).toBe(2);
  }, 60_000);
});
