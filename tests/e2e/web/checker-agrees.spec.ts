import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The organisers' feed checker and the attendee's screen must tell the same
 * time: for every session of the bundled programme, the checker's "local"
 * fields (in the attendee's zone) are exactly what the programme list shows.
 */
interface Listed {
  id: string;
  event: { date: string; start: string; end: string };
  local: { zone: string; date: string; start: string; end: string; dayOffset: number };
}

const repo = resolve(import.meta.dirname, '../../..');

function list(zone: string): Listed[] {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/feed.ts', 'list', 'assets/programme/golocal-2024.json', '--tz', zone, '--json'], {
    cwd: repo,
    encoding: 'utf8',
  });
  return (JSON.parse(output) as { sessions: Listed[] }).sessions;
}

for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'Asia/Kathmandu']) {
  test.describe(`in ${zone}`, () => {
    test.use({ timezoneId: zone });

    test('the programme shows the checker\u2019s local times and day markers', async ({ page }) => {
      const sessions = list(zone);
      const byDate = new Map<string, Listed[]>();
      for (const s of sessions) byDate.set(s.local.date, [...(byDate.get(s.local.date) ?? []), s]);
      for (const [date, onDay] of byDate) {
        await page.goto(`/#/day/${date}`);
        for (const session of onDay) {
          const row = page.locator(`[data-session-id="${session.id}"]`);
          await expect(row.locator('.time-display .time-clock')).toHaveText(`${session.local.start}–${session.local.end}`);
          await expect(row.locator('.time-event .time-clock')).toHaveText(`${session.event.start}–${session.event.end}`);
          const marker = row.locator('.day-offset');
          if (session.local.dayOffset === 0) await expect(marker).toHaveCount(0);
          else await expect(marker).toHaveText(`${session.local.dayOffset > 0 ? '+' : '−'}${Math.abs(session.local.dayOffset)} day`);
        }
      }
      expect(sessions).toHaveLength(47);
    });
  });
}
