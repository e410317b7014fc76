/** The join window after the end, and the room permissions list in Settings (always empty on the web: rooms open in a tab). */
import { expect, test } from '@playwright/test';

test.describe('rooms after the end of a session', () => {
  test('stay joinable 15 minutes after the end, then the page says the session ended and offers no Join', async ({ page }) => {
    // Working Group A ends at 15:00 in Graz (14:00 UTC).
    await page.clock.setFixedTime(new Date('2024-02-05T14:10:00Z'));
    await page.goto('/#/session/glc24-006');
    await expect(page.getByRole('button', { name: 'Join room' })).toBeEnabled();
    await expect(page.locator('.room-state')).toContainText('Ended, room open for 5 more min');

    await page.clock.setFixedTime(new Date('2024-02-05T14:16:00Z'));
    await page.reload();
    await expect(page.getByText('This session has ended')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Join room' })).toHaveCount(0);
  });

  test('the Settings control keeps rooms open longer', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2024-02-05T14:40:00Z'));
    await page.goto('/#/settings');
    const stayOpen = page.getByLabel('Rooms stay open for joining');
    await expect(stayOpen).toHaveValue('15');
    await stayOpen.selectOption({ label: '60 minutes after the end' });
    await page.goto('/#/session/glc24-006');
    await expect(page.getByRole('button', { name: 'Join room' })).toBeEnabled();
    await expect(page.locator('.room-state')).toContainText('Ended, room open for 20 more min');
  });
});

test('Settings lists remembered room permissions, none on the web', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Room permissions' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Rooms you allowed' })).toContainText('None.');
  await expect(page.getByRole('region', { name: 'Rooms you denied' })).toContainText('None.');
  await expect(page.getByRole('button', { name: /^Revoke/ })).toHaveCount(0);
});
