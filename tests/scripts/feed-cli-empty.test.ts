import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFeedCli } from '../../scripts/feed-cli';

const scratch = mkdtempSync(resolve(tmpdir(), 'feed-cli-empty-'));
const write = (name: string, text: string): string => {
  const path = resolve(scratch, name);
  writeFileSync(path, text);
  return path;
};

async function check(path: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runFeedCli(['check', path], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('feed check: a feed with no sessions is not usable', () => {
  it('exits 1 for a well-formed schedule with no events', async () => {
    const path = write('empty.xml', '<schedule><conference><title>Empty</title><time_zone_name>Europe/Vienna</time_zone_name></conference></schedule>');
    const result = await check(path);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^error: the feed lists no sessions/m);
  });

  it('exits 1 when every session was left out, after printing why', async () => {
    const path = write(
      'unscheduled.xml',
      '<schedule><conference><title>x</title><time_zone_name>Europe/Vienna</time_zone_name></conference>' +
        '<day date="2024-02-05"><room name="A"><event id="1"><title>No start</title><duration>00:30</duration></event></room></day></schedule>',
    );
    const result = await check(path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/warning: "No start" .*left out/);
    expect(result.err).toMatch(/error: the feed lists no sessions/);
  });
});
