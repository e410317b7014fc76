/** The feed checker on spreadsheets: the shipped template, and a sheet with rows it cannot read. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './support/run-feed-cli';

const root = resolve(import.meta.dirname, '../..');
const TEMPLATE = resolve(root, 'assets/programme/template.csv');
const scratch = mkdtempSync(resolve(tmpdir(), 'feed-cli-csv-'));
const ROUGH = resolve(scratch, 'rough.csv');
writeFileSync(ROUGH, 'Titel;Datum;Beginn;Ende\nGut;03.02.2027;10:00;11:00\nFalsch;31.02.2027;10:00;11:00\nUnklar;03/02/2027;10:00;11:00\nSpät;03.02.2027;25:00;11:00\n');

const run = (args: string[]): Promise<CliRun> => runCli(args, 'Europe/Vienna');

describe('feed checker on CSV', () => {
  it('check explains each unreadable row on stderr and still calls the sheet usable', async () => {
    const result = await run(['check', ROUGH]);
    expect(result.code).toBe(0);
    expect(result.out).toBe('usable: csv, 1 sessions, event zone Europe/Vienna, 4 warning(s)\n');
    expect(result.err.split('\n')).toEqual([
      'warning: no time zone in feed; times read in Europe/Vienna (at row 1)',
      "warning: Datum: '31.02.2027' is not a date; use 2027-02-03; row left out (at row 3)",
      "warning: Datum: '03/02/2027' could be 3 February or 2 March; use 2027-02-03 (ISO) instead; row left out (at row 4)",
      "warning: Beginn: '25:00' is not a time; use 13:30 or 1:30 PM; row left out (at row 5)",
      '3 row(s) left out (row 3, row 4, row 5): fix them in the spreadsheet and check again',
      '',
    ]);
  });

  it('check and list work on the shipped template from the command line', () => {
    const tsx = resolve(root, 'node_modules/.bin/tsx');
    const spawn = (...args: string[]) => spawnSync(tsx, ['scripts/feed.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    const check = spawn('check', TEMPLATE);
    expect([check.status, check.stderr]).toEqual([0, '']);
    expect(check.stdout).toMatch(/^usable: csv, \d+ sessions, event zone Europe\/Vienna, 0 warning\(s\)/);
    const list = spawn('list', TEMPLATE, '--tz', 'America/New_York', '--json');
    expect(list.status).toBe(0);
    const sessions = (JSON.parse(list.stdout) as { sessions: { title: string; event: { start: string }; local: { start: string } }[] }).sessions;
    expect(sessions[0]).toMatchObject({ title: 'Opening of the Academy', event: { start: '11:30' }, local: { start: '05:30' } });
  });
});
