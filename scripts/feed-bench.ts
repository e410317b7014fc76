/**
 * Parse-time measurement for real feeds (DESIGN: no timing asserts in tests).
 * Usage: npx tsx scripts/feed-bench.ts [file ...]   (default: ../shared/feeds/fosdem2026.xml)
 * Runs each file a few times and prints the first (cold) and the best (warm) time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFeed } from '../core/feeds';

const files = process.argv.slice(2);
if (files.length === 0) files.push(resolve(import.meta.dirname, '../../shared/feeds/fosdem2026.xml'));

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const times: number[] = [];
  let sessions = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    sessions = parseFeed(text, { defaultTimeZone: 'Europe/Vienna' }).programme.sessions.length;
    times.push(performance.now() - started);
  }
  const cold = (times[0] as number).toFixed(0);
  const warm = Math.min(...times).toFixed(0);
  console.log(`${file}: ${(text.length / 1e6).toFixed(1)} MB, ${sessions} sessions, cold ${cold} ms, warm ${warm} ms`);
}
