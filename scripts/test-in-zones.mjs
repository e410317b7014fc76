// Runs the time-sensitive unit tests again under other machine zones: what the
// app shows must never depend on the zone of the computer it runs on.
import { spawnSync } from 'node:child_process';

const zones = ['America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];
const suites = ['tests/core/time', 'tests/core/feeds', 'tests/core/programme', 'tests/core/service.test.ts', 'tests/core/calendar', 'tests/scripts', 'tests/renderer/TimeRange.test.tsx'];

for (const zone of zones) {
  console.log(`\n# Time-sensitive tests with the machine zone set to ${zone}`);
  const result = spawnSync('npx', ['vitest', 'run', ...suites], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
