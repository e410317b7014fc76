/**
 * The feed checker, spawned as organisers run it, on hostile feeds: nothing it
 * prints (stdout or stderr, table or --json) carries a credential or a
 * terminal control sequence.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT, JOIN, TOKENED, TERMINAL_ATTACKS, expectNoSecret, isTerminalSafe } from '../core/support/hostile-text';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(resolve(tmpdir(), 'feed-cli-hostile-'));
const write = (name: string, text: string): string => {
  const path = resolve(scratch, name);
  writeFileSync(path, text);
  return path;
};
const tsx = resolve(root, 'node_modules/.bin/tsx');
const spawn = (...args: string[]) => spawnSync(tsx, ['scripts/feed.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

const talk = (code: string, title: string) => ({ code, title, start: '2024-02-05T10:00:00Z', end: '2024-02-05T11:00:00Z', room: { en: `Room ${TERMINAL_ATTACKS[0]}` } });
// Two talks with one id: the duplicate warning quotes the hostile title.
const HOSTILE = write('hostile.json', JSON.stringify({ talks: [talk('A', `Opening ${TERMINAL_ATTACKS.join(' ')} ${JOIN}`), talk('A', `${CLIENT} ${TERMINAL_ATTACKS[2]}`)] }));
const BROKEN_ICS = write('broken.ics', `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nJoin ${JOIN.slice(8)} \u001b]0;x\u0007\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`);

describe('feed checker output is safe for a terminal and keeps secrets out', () => {
  it('list: table and warnings', () => {
    const result = spawn('list', HOSTILE, '--tz', 'UTC');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: duplicate id "A"/);
    for (const text of [result.stdout, result.stderr]) {
      expect(isTerminalSafe(text)).toBe(true);
      expectNoSecret(text);
    }
    expect(result.stdout).toContain('Opening \\u001B[2J');
  }, 60_000);

  it('list --json: still JSON, still the feed text once parsed, yet inert on a terminal', () => {
    const result = spawn('list', HOSTILE, '--tz', 'UTC', '--json');
    expect(result.status).toBe(0);
    expect(isTerminalSafe(result.stdout)).toBe(true);
    const listing = JSON.parse(result.stdout) as { sessions: { title: string }[]; warnings: string[] };
    // The escapes decode back to the feed's own characters (the parser already folded CR, DEL and C1).
    const title = listing.sessions.find((s) => s.title.startsWith('Opening'))?.title ?? '';
    expect(title).toContain(`${TERMINAL_ATTACKS[0]} ${TERMINAL_ATTACKS[1]} ${TERMINAL_ATTACKS[2]}`);
    expect(title).toContain(TERMINAL_ATTACKS[9]);
    expect(title).toContain('/bigbluebutton/api/join?fullName=…&meetingID=…&password=…&checksum=…');
    expectNoSecret(result.stdout);
  }, 60_000);

  it('check: a broken iCalendar line with a join link and escapes', () => {
    const result = spawn('check', BROKEN_ICS);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: not valid iCalendar: .*\(at line 5\)/);
    expect(result.stderr).toContain('checksum=…');
    expect(isTerminalSafe(result.stderr)).toBe(true);
    expectNoSecret(result.stderr);
  }, 60_000);

  it('check: an unreachable tokened URL is named without its credentials', () => {
    const result = spawn('check', TOKENED.replace('https://ada:hunter2@feeds.example.org', 'http://127.0.0.1:9'));
    expect(result.stderr).toMatch(/^error: could not fetch http:\/\/127\.0\.0\.1:9\/f\.json: the download failed \(bad port\)/);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: /);
    expectNoSecret(result.stderr);
  }, 60_000);
});
