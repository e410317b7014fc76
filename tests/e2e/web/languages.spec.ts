/**
 * The UI's language in the web edition: it follows the browser's languages,
 * marks the document with lang and dir, marks feed text with the language the
 * feed states, and remembers a language chosen in Settings.
 */
import { expect, test } from '@playwright/test';

test.describe('languages', () => {
  test.use({ locale: 'de-AT', timezoneId: 'Europe/Vienna' });

  test('a browser language the app does not ship yet falls back to English, with lang and dir on the page', async ({ page }) => {
    // A production build ignores the development pseudo-locale.
    await page.goto('/?lang=pseudo');
    await expect(page.getByRole('navigation', { name: 'Days' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('link', { name: 'Opening of the Academy' })).toHaveAttribute('lang', 'en');
  });

  test('Settings lists each language in its own name beside “System”, and remembers the choice', async ({ page }) => {
    await page.goto('/#/settings');
    const language = page.getByLabel('Language', { exact: true });
    await expect(language.getByRole('option')).toHaveText(['System (English)', 'English']);
    await language.selectOption('en');
    await page.reload();
    await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
  });
});
