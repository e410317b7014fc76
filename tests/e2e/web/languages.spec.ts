/**
 * The UI's language in the web edition: it follows the browser's languages,
 * marks the document with lang and dir, marks feed text with the language the
 * feed states, and remembers a language chosen in Settings.
 */
import { expect, test } from '@playwright/test';

test.describe('a browser language the app does not ship', () => {
  test.use({ locale: 'pt-BR', timezoneId: 'Europe/Vienna' });

  test('falls back to English, with lang and dir on the page', async ({ page }) => {
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
    await expect(language.getByRole('option')).toHaveText(['System (English)', 'English', 'Deutsch', 'Français', 'Español', 'العربية']);
    await language.selectOption('es');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByLabel('Idioma', { exact: true })).toHaveValue('es');
  });
});

test.describe('a browser language the app ships', () => {
  test.describe('Spanish (Mexico)', () => {
    test.use({ locale: 'es-MX', timezoneId: 'America/Mexico_City' });

    test('shows the app in Spanish, the feed text still marked as English', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('navigation', { name: 'Días' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.getByRole('link', { name: 'Mi agenda' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Opening of the Academy' })).toHaveAttribute('lang', 'en');
    });
  });

  test.describe('Arabic (Egypt)', () => {
    test.use({ locale: 'ar-EG', timezoneId: 'Africa/Cairo' });

    test('shows the app in Arabic, laid out right to left', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('navigation', { name: 'الأيام' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('link', { name: 'جدولي' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Opening of the Academy' })).toHaveAttribute('lang', 'en');
    });
  });
});
