import { expect, test } from '@playwright/test';

test.describe('bundled programme in the web edition', () => {
  test.use({ timezoneId: 'Europe/Vienna' });

  test('shows the conference, its days and its sessions', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Human Rights Go Local');
    await expect(page.getByText('Sample programme.')).toBeVisible();
    const days = page.getByRole('navigation', { name: 'Days' }).getByRole('link');
    await expect(days).toHaveText([/Mon 5 Feb/, /Tue 6 Feb/, /Wed 7 Feb/, /Thu 8 Feb/]);
    const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
    await expect(sessions).toHaveCount(11);
    await expect(sessions.first()).toContainText('Opening of the Academy');
    await expect(sessions.first()).toContainText('Plenary Hall');
    await expect(sessions.first()).toContainText('11:30–11:50');
  });

  test('opening a session shows its detail, and back returns to its day', async ({ page }) => {
    // During the conference: once a session has ended its page offers no Join (it says the session has ended).
    await page.clock.setFixedTime(new Date('2024-02-08T08:00:00Z'));
    await page.goto('/');
    await page.getByRole('link', { name: 'Thu 8 Feb' }).click();
    await page.getByRole('link', { name: 'Presentation of the Graz Outcome Document' }).click();
    await expect(page).toHaveURL(/#\/session\/glc24-043$/);
    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('Presentation of the Graz Outcome Document');
    await expect(heading).toBeFocused();
    await expect(page.getByRole('button', { name: 'Join room' })).toBeVisible();
    await expect(page.locator('.detail-facts')).toContainText('Plenary Hall');
    await page.getByRole('link', { name: '← Back to the programme' }).click();
    await expect(page).toHaveURL(/#\/day\/2024-02-08$/);
    await expect(page.getByRole('link', { name: 'Thu 8 Feb' })).toHaveAttribute('aria-current', 'page');
  });

  test('a deep link opens a session directly; an unknown one says so', async ({ page }) => {
    await page.goto('/#/session/glc24-001');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Opening of the Academy');
    await page.goto('/#/session/no-such-session');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Session not found');
  });

  test('in Graz a single clock is shown', async ({ page }) => {
    await page.goto('/');
    const first = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').first();
    await expect(first.locator('.time-event')).toHaveCount(0);
    await expect(first.locator('.sr-only')).toHaveText(/11:30 to 11:50 your time and Graz time, Central European Standard Time/);
  });
});

test.describe('an attendee in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('sees their own time and Graz time, each labelled', async ({ page }) => {
    await page.goto('/');
    const first = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').first();
    await expect(first.locator('.time-display')).toContainText('05:30–05:50');
    await expect(first.locator('.time-display')).toContainText('EST');
    await expect(first.locator('.time-event')).toContainText('11:30–11:50');
    await expect(first.locator('.time-event')).toContainText('CET');
    await expect(first.locator('.sr-only')).toHaveText(
      /05:30 to 05:50 your time, Eastern Standard Time; 11:30 to 11:50 Graz time, Central European Standard Time/,
    );
  });
});

test.describe('an attendee in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('finds the late Graz sessions on their next day, marked +1 day', async ({ page }) => {
    await page.goto('/');
    const days = page.getByRole('navigation', { name: 'Days' }).getByRole('link');
    await expect(days).toHaveText([/Mon 5 Feb/, /Tue 6 Feb/, /Wed 7 Feb/, /Thu 8 Feb/, /Fri 9 Feb/]);
    await days.last().click();
    const closing = page.getByRole('listitem').filter({ hasText: 'Closing of the Conference' });
    await expect(closing.locator('.time-display')).toContainText('00:15–00:30');
    await expect(closing.locator('.time-display')).toContainText('UTC+9');
    await expect(closing.locator('.day-offset')).toHaveText('+1 day');
    await expect(closing.locator('.time-event')).toContainText('16:15–16:30');
  });

  test('can group by Graz days instead, and the choice survives a reload', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByLabel('the conference’s days (Graz, Europe/Vienna)').check();
    await page.reload();
    await expect(page.getByLabel('the conference’s days (Graz, Europe/Vienna)')).toBeChecked();
    await page.getByRole('link', { name: 'Programme' }).click();
    const days = page.getByRole('navigation', { name: 'Days' }).getByRole('link');
    await expect(days).toHaveCount(4);
  });
});

test.describe('choosing a display zone', () => {
  test.use({ timezoneId: 'Europe/Vienna' });

  test('switches every time to the chosen zone and remembers it', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByLabel('Find a time zone').fill('Kathmandu');
    await page.getByRole('button', { name: /Kathmandu/ }).click();
    await expect(page.getByText('Times are shown in Asia/Kathmandu')).toBeVisible();
    await page.reload();
    await page.getByRole('link', { name: 'Programme' }).click();
    const first = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').first();
    // 11:30 CET is 16:15 in Kathmandu (UTC+5:45).
    await expect(first.locator('.time-display')).toContainText('16:15–16:35');
    await expect(first.locator('.time-event')).toContainText('11:30–11:50');
  });
});

test.describe('during the conference', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('opens on today, marks now, and shows live and upcoming states', async ({ page }) => {
    // 12:45 in Graz on the second Academy day = 06:45 in New York.
    await page.clock.setFixedTime(new Date('2024-02-06T11:45:00Z'));
    await page.goto('/');
    await expect(page.getByRole('link', { name: /Tue 6 Feb/ })).toHaveAttribute('aria-current', 'page');
    const marker = page.locator('.now-marker');
    await expect(marker).toHaveText('Now · 06:45 EST');
    // The marker sits right before the first session that has not ended: the live lunch break.
    const next = marker.locator('xpath=following-sibling::li[1]');
    await expect(next).toContainText('Lunch break');
    await expect(next).toContainText('Live now');
    await expect(page.getByRole('listitem').filter({ hasText: 'Working Group A' }).first()).toContainText('Starts in 25 min');
    await expect(page.getByRole('listitem').filter({ hasText: 'Good Morning and Recap' })).toContainText('Ended');
    await page.getByRole('link', { name: 'Jump to now' }).click();
    await expect(marker).toBeFocused();
  });
});

test.describe('room settings', () => {
  test('extra BigBlueButton hosts are checked and remembered', async ({ page }) => {
    await page.goto('/#/settings');
    const field = page.getByLabel('More BigBlueButton hosts');
    await field.fill('https://bbb2.example.org/rooms');
    await page.getByRole('button', { name: 'Save hosts' }).click();
    await expect(page.getByText('Not a host name: https://bbb2.example.org/rooms.')).toBeVisible();
    await field.fill('bbb2.example.org\nBBB3.example.net');
    await page.getByRole('button', { name: 'Save hosts' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('More BigBlueButton hosts')).toHaveValue('bbb2.example.org\nbbb3.example.net');
  });

  test('Join room is disabled until the room opens, then opens it in a new tab', async ({ page, context }) => {
    // 13:05 in Graz: Working Group A starts at 13:20 and its room opens ten minutes before, at 13:10.
    await page.clock.setFixedTime(new Date('2024-02-05T12:05:00Z'));
    await page.goto('/#/session/glc24-006');
    const join = page.getByRole('button', { name: 'Join room' });
    await expect(join).toBeDisabled();
    await expect(page.locator('.room-state')).toContainText('Room opens in 5 min');
    await page.clock.setFixedTime(new Date('2024-02-05T12:12:00Z'));
    await page.reload();
    await context.route('https://bbb.example.org/**', (route) => route.fulfill({ body: 'room', contentType: 'text/html' }));
    const popup = page.waitForEvent('popup');
    await join.click();
    expect((await popup).url()).toMatch(/^https:\/\/bbb\.example\.org\/rooms\/[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}\/join$/);
  });
});
