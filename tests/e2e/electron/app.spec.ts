import { ACTION_NAMES } from '../../../core/api';
import { SKIP_REASON, electronBinary, expect, test } from './fixtures';

if (electronBinary === null) {
  // One clear line in the report instead of one skipped line per test.
  test(SKIP_REASON, () => {
    test.skip(true, SKIP_REASON);
  });
} else {
  test.describe('Go Local Companion (Electron)', () => {
    test('shows the bundled programme', async ({ appWindow }) => {
      await expect(appWindow.getByRole('heading', { level: 1 })).toContainText('Human Rights Go Local');
      const sessions = appWindow.getByRole('list', { name: 'Sessions' });
      await expect(sessions.getByRole('listitem').first()).toBeVisible();
      expect(await sessions.getByRole('listitem').count()).toBeGreaterThan(1);
      expect(appWindow.url()).toMatch(/^app:\/\/companion\//);
      expect(await appWindow.title()).toBe('Go Local Companion');
    });

    test('clicking a session shows its detail', async ({ appWindow }) => {
      const first = appWindow.getByRole('list', { name: 'Sessions' }).getByRole('listitem').first();
      const link = first.getByRole('link').first();
      const title = (await link.innerText()).trim();
      expect(title).not.toBe('');
      await link.click();
      await expect(appWindow.getByRole('heading', { level: 2 })).toHaveText(title);
    });

    test('the page sees exactly the companion API and no Node', async ({ appWindow }) => {
      await expect(appWindow.getByRole('heading', { level: 1 })).toBeVisible();
      const exposed = await appWindow.evaluate(() => {
        const api = (window as unknown as { companion?: Record<string, unknown> }).companion ?? {};
        const scope = window as unknown as Record<string, unknown>;
        return {
          keys: Object.keys(api).sort(),
          allFunctions: Object.values(api).every((value) => typeof value === 'function'),
          require: typeof scope['require'],
          process: typeof scope['process'],
          module: typeof scope['module'],
          Buffer: typeof scope['Buffer'],
        };
      });
      expect(exposed.keys).toEqual([...ACTION_NAMES, 'on'].sort());
      expect(exposed.allFunctions).toBe(true);
      expect(exposed).toMatchObject({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
    });

    test('the content security policy stops inline script', async ({ appWindow }) => {
      await expect(appWindow.getByRole('heading', { level: 1 })).toBeVisible();
      const ran = await appWindow.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineScriptRan = true';
        document.head.append(script);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true;
      });
      expect(ran).toBe(false);
    });

    test('navigation to an external URL is blocked and handed to the system browser', async ({ electronApp, appWindow, openedExternally }) => {
      await expect(appWindow.getByRole('heading', { level: 1 })).toBeVisible();
      await appWindow.evaluate(() => {
        window.location.href = 'https://example.org/elsewhere';
      });
      await expect.poll(openedExternally).toContain('https://example.org/elsewhere');
      expect(appWindow.url()).toMatch(/^app:\/\/companion\//);
      await expect(appWindow.getByRole('list', { name: 'Sessions' })).toBeVisible();

      const popup = await appWindow.evaluate(() => window.open('https://example.org/popup') === null);
      expect(popup).toBe(true);
      await expect.poll(openedExternally).toContain('https://example.org/popup');
      expect(electronApp.windows()).toHaveLength(1);
    });
  });
}
