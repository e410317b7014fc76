import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4311/';
const langs = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const lang of langs) {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ locale: lang, timezoneId: 'America/New_York', viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2024-02-05T11:00:00Z'));
    const shot = async (name: string) => {
      await page.waitForTimeout(400);
      if (width > 400) { await page.screenshot({ path: `/tmp/trdefr/shots/${lang}-${width}-${name}.png`, fullPage: true }); return; }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, part = 0; y < Math.min(height, 5400); y += 900, part++) {
        await page.screenshot({ path: `/tmp/trdefr/shots/${lang}-${width}-${name}-${part}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(900, height - y) } });
      }
    };
    await page.goto(base + '#/day/2024-02-05');
    await page.waitForSelector('button[aria-pressed]');
    const stars = page.locator('button[aria-pressed]');
    const n = await stars.count();
    for (const i of [0, 2, 3, 4, 5]) if (i < n) await stars.nth(i).click();
    await shot('programme');
    await page.goto(base + '#/session/glc24-001'); await shot('session');
    await page.goto(base + '#/my'); await shot('my');
    await page.goto(base + '#/settings'); await shot('settings');
    await page.goto(base + '#/now'); await shot('now');
    await page.goto(base + '#/day/2024-02-05');
    const layout = page.locator('.layout-switch button').nth(1);
    if (await layout.count()) { await layout.click().catch(() => undefined); }
    await shot('timeline');
    await page.goto(base + '#/day/2024-02-05');
    await page.keyboard.press('?'); await shot('shortcuts');
    await context.close();
  }
}
await browser.close();
