/**
 * The BBB room window against a local https "room": our permission handlers
 * (not Chromium's fake UI) decide camera, microphone, geolocation and
 * notifications; navigation and popups follow the room policy; the screen-share
 * picker always answers. Chromium's fake devices stand in for a camera.
 */
import type { ElectronApplication, Page } from '@playwright/test';
import { SKIP_REASON, electronBinary, expect, test } from './fixtures';
import { SESSION_ID, startRoomServers } from './room-servers';
import type { RoomServers } from './room-servers';

interface Companion {
  setFeedUrl(url: string): Promise<unknown>;
  getState(): Promise<{ programme: { sessions: { id: string }[] } }>;
  joinRoom(sessionId: string): Promise<{ ok: boolean; reason?: string }>;
}

/** Runs script in the page of the room window whose URL starts with `prefix` (through main, so it works for any view). */
async function inPage(app: ElectronApplication, prefix: string, script: string, userGesture = false): Promise<unknown> {
  return app.evaluate(
    async ({ webContents }, args) => {
      const contents = webContents.getAllWebContents().find((candidate) => candidate.getURL().startsWith(args.prefix));
      if (!contents) throw new Error('no page is showing that room');
      return contents.executeJavaScript(args.script, args.userGesture) as Promise<unknown>;
    },
    { prefix, script, userGesture },
  );
}

async function pageUrls(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ webContents }) => webContents.getAllWebContents().map((contents) => contents.getURL()));
}

async function joinTestRoom(appWindow: Page, servers: RoomServers): Promise<void> {
  await expect(appWindow.getByRole('heading', { level: 1 })).toBeVisible();
  await appWindow.evaluate(async (url) => {
    await (window as unknown as { companion: Companion }).companion.setFeedUrl(url);
  }, servers.feedUrl);
  await expect
    .poll(() => appWindow.evaluate(async () => (await (window as unknown as { companion: Companion }).companion.getState()).programme.sessions.map((s) => s.id)))
    .toContain(SESSION_ID);
  const outcome = await appWindow.evaluate((id) => (window as unknown as { companion: Companion }).companion.joinRoom(id), SESSION_ID);
  expect(outcome).toEqual({ ok: true });
}

if (electronBinary === null) {
  test(SKIP_REASON, () => {
    test.skip(true, SKIP_REASON);
  });
} else {
  // Read by main when the unpackaged app starts (main/rooms/e2e-test-mode.ts); the fixture passes the environment on.
  process.env['GLC_E2E_TRUST_LOCAL_CERT'] = '1';
  process.env['GLC_E2E_FAKE_MEDIA'] = '1';

  test.describe('BBB room window (Electron)', () => {
    let servers: RoomServers;
    test.beforeAll(async () => {
      servers = await startRoomServers();
    });
    test.afterAll(async () => {
      await servers.close();
    });

    test('the room host gets camera and microphone; geolocation and notifications are refused', async ({ electronApp, appWindow }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      await expect.poll(() => inPage(electronApp, servers.roomUrl, 'document.readyState')).toBe('complete');

      expect(await inPage(electronApp, servers.roomUrl, 'probeMedia()')).toBe('granted:audio,video');
      expect(await inPage(electronApp, servers.roomUrl, 'probeCameraPermission()')).toBe('granted');
      expect(await inPage(electronApp, servers.roomUrl, 'probeGeolocation()')).toBe('denied:1');
      expect(await inPage(electronApp, servers.roomUrl, 'probeNotifications()')).toBe('denied');
      // The toolbar is our own page, on app://.
      expect((await pageUrls(electronApp)).some((url) => url.startsWith('app://companion/rooms/toolbar.html'))).toBe(true);
    });

    test('a page on a host that is not on the allowlist gets no camera, even inside the room window', async ({ electronApp, appWindow }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      const elsewhere = `${servers.elsewhereOrigin}/probe`;
      // Loaded by main, as a redirect-free stand-in for any way a foreign page might end up there.
      await electronApp.evaluate(async ({ webContents }, args) => {
        const room = webContents.getAllWebContents().find((contents) => contents.getURL() === args.roomUrl);
        await room?.loadURL(args.elsewhere);
      }, { roomUrl: servers.roomUrl, elsewhere });
      expect(await inPage(electronApp, elsewhere, 'probeMedia()')).toBe('denied:NotAllowedError');
      expect(await inPage(electronApp, elsewhere, 'probeCameraPermission()')).not.toBe('granted');
    });

    test('links off the room hosts go to the system browser, popups too; the room stays', async ({ electronApp, appWindow, openedExternally }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      const away = `${servers.elsewhereOrigin}/elsewhere`;
      await inPage(electronApp, servers.roomUrl, `location.href = ${JSON.stringify(away)}; true`);
      await expect.poll(openedExternally).toContain(away);
      expect(await pageUrls(electronApp)).toContain(servers.roomUrl);
      expect(await inPage(electronApp, servers.roomUrl, `window.open('https://example.org/popup') === null`)).toBe(true);
      await expect.poll(openedExternally).toContain('https://example.org/popup');
      await inPage(electronApp, servers.roomUrl, `location.href = 'file:///etc/passwd'; true`);
      expect(await pageUrls(electronApp)).toContain(servers.roomUrl);
    });

    test('cancelling our screen picker answers the page instead of leaving it hanging', async ({ electronApp, appWindow }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      const result = inPage(electronApp, servers.roomUrl, 'probeScreen()', true);
      // With no screen to list (a headless runner) the page is answered at once, without a picker.
      const picker = await Promise.race([
        electronApp.waitForEvent('window', { predicate: (page) => page.url().includes('/rooms/picker.html'), timeout: 10_000 }).catch(() => null),
        result.then(() => null),
      ]);
      if (picker !== null) {
        await expect(picker.getByRole('button').first()).toBeFocused();
        await picker.keyboard.press('Escape');
      }
      expect(await result).toBe('denied:NotAllowedError');
    });

    test('joining an open room again focuses it instead of opening a second window', async ({ electronApp, appWindow }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      await appWindow.evaluate((id) => (window as unknown as { companion: Companion }).companion.joinRoom(id), SESSION_ID);
      const rooms = (await pageUrls(electronApp)).filter((url) => url === servers.roomUrl);
      expect(rooms).toHaveLength(1);
    });
  });
}
