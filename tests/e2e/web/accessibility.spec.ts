import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA as axe-core knows it. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary, `${what}: ${summary.join('; ')}`).toEqual([]);
}

const bookmark = (page: Page, title: string) => page.getByRole('button', { name: `Bookmark “${title}”`, exact: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`every view passes axe in the ${colorScheme} theme`, () => {
    test.use({ colorScheme, timezoneId: 'America/New_York' });

    test('programme list, timeline and search', async ({ page }) => {
      // During the Academy, so live and upcoming states and the now marker are on screen.
      await page.clock.setFixedTime(new Date('2024-02-06T11:45:00Z'));
      await page.goto('/');
      await bookmark(page, 'Good Morning and Recap').click();
      await expectNoViolations(page, 'programme list');
      await page.getByRole('button', { name: 'Timeline' }).click();
      await expect(page.getByRole('region', { name: /Timeline of/ })).toBeVisible();
      await expectNoViolations(page, 'programme timeline');
      await page.getByRole('button', { name: 'List' }).click();
      await page.getByRole('searchbox').fill('monitoring');
      await expect(page.getByText(/sessions match/)).toBeVisible();
      await expectNoViolations(page, 'search results');
    });

    test('session detail, Now & next, My schedule, What changed, Settings', async ({ page }) => {
      // Five page loads and five whole-page axe runs: on a busy two-core machine that nears the default 30 s.
      test.setTimeout(60_000);
      await page.clock.setFixedTime(new Date('2024-02-05T11:45:00Z'));
      await page.goto('/#/day/2024-02-05');
      await bookmark(page, 'Working Group A: Anchoring Human Rights in Local Action Plans').click();
      await bookmark(page, 'Working Group B: Designing Participatory Processes').click();
      await page.goto('/#/session/glc24-006');
      await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
      await expectNoViolations(page, 'session detail');
      await page.goto('/#/now');
      await expect(page.getByRole('heading', { name: 'Live now' })).toBeVisible();
      await expectNoViolations(page, 'now and next');
      await page.goto('/#/my');
      await expect(page.locator('.session-clashing')).toHaveCount(2);
      await expectNoViolations(page, 'my schedule');
      await page.goto('/#/changes');
      await expect(page.getByRole('heading', { name: 'What changed' })).toBeVisible();
      await expectNoViolations(page, 'what changed');
      await page.goto('/#/settings');
      await page.getByLabel('Find a time zone').fill('Nairobi');
      await expect(page.getByRole('button', { name: /Nairobi/ })).toBeVisible();
      await expectNoViolations(page, 'settings');
    });
  });
}

test.describe('small screens and zoom', () => {
  test.use({ viewport: { width: 320, height: 640 }, timezoneId: 'Asia/Tokyo' });

  test('at 320 px wide nothing needs sideways scrolling and the views still work', async ({ page }) => {
    for (const hash of ['#/', '#/session/glc24-043', '#/my', '#/settings']) {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${hash}`).toBeLessThanOrEqual(0);
    }
    await page.goto('/');
    await bookmark(page, 'Opening of the Academy').click();
    await expect(bookmark(page, 'Opening of the Academy')).toHaveAttribute('aria-pressed', 'true');
  });
});
