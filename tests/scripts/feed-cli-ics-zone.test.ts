import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFeedCli } from '../../scripts/feed-cli';

/** Pentabarf as FOSDEM wrote it in 2007: no time zone anywhere in the file. */
const ZONELESS = `<schedule><conference><title>FOSDEM 2007</title></conference>
<day date="2007-02-24"><room name="Janson"><event id="1"><title>Keynote</title><start>10:00</start><duration>01:00</duration></event></room></day></schedule>`;

async function ics(args: string[]): Promise<string> {
  const dir = mkdtempSync(resolve(tmpdir(), 'feed-cli-zone-'));
  const file = resolve(dir, 'fosdem2007.xml');
  writeFileSync(file, ZONELESS);
  let out = '';
  const code = await runFeedCli(['ics', file, ...args], { out: (t) => (out += t), err: () => undefined, write: (t) => (out += t), now: () => 0 });
  expect(code).toBe(0);
  return out.replace(/\r\n /g, '');
}

describe('feed ics for a feed that names no zone', () => {
  it('describes the times in the place of the zone it was read in: Graz for the default zone, Brussels for Brussels', async () => {
    expect(await ics([])).toMatch(/^DESCRIPTION:Graz: Sat 24 Feb 2007\\, 10:00–11:00 CET\r$/m);
    expect(await ics(['--default-tz', 'Europe/Brussels'])).toMatch(/^DESCRIPTION:Brussels: Sat 24 Feb 2007\\, 10:00–11:00 CET\r$/m);
  });
});
