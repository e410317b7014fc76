/**
 * The BBB room window against a local https "room": our permission handlers
 * (not Chromium's fake UI) decide camera, microphone, geolocation and
 * notifications; navigation and popups follow the room policy; the screen-share
 * picker always answers. Chromium's fake devices stand in for a camera.
 * Camera, microphone and screen wait for the attendee's answer in the room
 * window's toolbar; popups need real input, which main sends as input events.
 */
import type { ElectronApplication, Page } from '@playwright/test';
import { SKIP_REASON, electronBinary, expect, test } from './fixtures';
import { SESSION_ID, startRoomServers } from './room-servers';
import type { RoomServers } from './room-servers';

interface Companion {
  setFeedUrl(url: string): Promise<unknown>;
  listRoomPermissions(): Promise<{ host: string; kind: string; allowed: boolean }[]>;
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

const TOOLBAR = 'app://companion/rooms/toolbar.html';

/** The consent question the toolbar shows ('' when none), and which control has the focus. */
async function consentShown(app: ElectronApplication): Promise<{ text: string; focused: string }> {
  return (await inPage(
    app,
    TOOLBAR,
    `({ text: document.getElementById('consent').hidden ? '' : document.getElementById('consent-question').textContent, focused: document.activeElement?.id ?? '' })`,
  )) as { text: string; focused: string };
}

/** The attendee answering in the toolbar (our own page: a click there is ours, not the room's). */
async function answerConsent(app: ElectronApplication, allow: boolean, remember = false): Promise<void> {
  await inPage(app, TOOLBAR, `document.getElementById('consent-remember').checked = ${remember}; document.getElementById('${allow ? 'consent-allow' : 'consent-deny'}').click(); true`);
}

/** Real input on the room page, through Chromium's input pipeline (so main sees it as 'input-event', unlike a script's click). */
async function clickRoom(app: ElectronApplication, roomUrl: string): Promise<void> {
  await app.evaluate(({ webContents }, url) => {
    const room = webContents.getAllWebContents().find((contents) => contents.getURL() === url);
    room?.sendInputEvent({ type: 'mouseDown', x: 5, y: 5, button: 'left', clickCount: 1 });
    room?.sendInputEvent({ type: 'mouseUp', x: 5, y: 5, button: 'left', clickCount: 1 });
  }, roomUrl);
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

    test('the room host gets camera and microphone once the attendee allows it; geolocation and notifications are refused', async ({ electronApp, appWindow }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      await expect.poll(() => inPage(electronApp, servers.roomUrl, 'document.readyState')).toBe('complete');

      const media = inPage(electronApp, servers.roomUrl, 'probeMedia()');
      const host = new URL(servers.roomUrl).host;
      await expect.poll(async () => (await consentShown(electronApp)).text).toBe(`${host} wants to use your microphone and camera`);
      expect((await consentShown(electronApp)).focused).toBe('consent-allow');
      // Still waiting: the page has no answer until the attendee gives one.
      expect(await inPage(electronApp, servers.roomUrl, `document.getElementById('media').textContent`)).toBe('pending');
      await answerConsent(electronApp, true);
      expect(await media).toBe('granted:audio,video');
      expect((await consentShown(electronApp)).text).toBe('');
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

    test('links off the room hosts go to the system browser only after real input, popups too; the room stays', async ({ electronApp, appWindow, openedExternally }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      await expect.poll(() => inPage(electronApp, servers.roomUrl, 'document.readyState')).toBe('complete');
      // A script acting alone opens nothing.
      expect(await inPage(electronApp, servers.roomUrl, `window.open('https://example.org/unasked') === null`)).toBe(true);
      const away = `${servers.elsewhereOrigin}/elsewhere`;
      await clickRoom(electronApp, servers.roomUrl);
      await inPage(electronApp, servers.roomUrl, `location.href = ${JSON.stringify(away)}; true`);
      await expect.poll(openedExternally).toContain(away);
      expect(await pageUrls(electronApp)).toContain(servers.roomUrl);
      await clickRoom(electronApp, servers.roomUrl);
      expect(await inPage(electronApp, servers.roomUrl, `window.open('https://example.org/popup') === null`, true)).toBe(true);
      await expect.poll(openedExternally).toContain('https://example.org/popup');
      await clickRoom(electronApp, servers.roomUrl);
      await inPage(electronApp, servers.roomUrl, `window.open('mailto:someone@example.org?body=prefilled'); true`, true);
      expect(await openedExternally()).not.toContain('https://example.org/unasked');
      expect((await openedExternally()).some((url) => url.startsWith('mailto:'))).toBe(false);
      await inPage(electronApp, servers.roomUrl, `location.href = 'file:///etc/passwd'; true`);
      expect(await pageUrls(electronApp)).toContain(servers.roomUrl);
    });

    test('cancelling our screen picker answers the page instead of leaving it hanging', async ({ electronApp, appWindow }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      const result = inPage(electronApp, servers.roomUrl, 'probeScreen()', true);
      await expect.poll(async () => (await consentShown(electronApp)).text).toContain('wants to share your screen');
      await answerConsent(electronApp, true);
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

    test('a remembered Deny answers the next request without asking, is listed in Settings, and Revoke asks again', async ({ electronApp, appWindow }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      await expect.poll(() => inPage(electronApp, servers.roomUrl, 'document.readyState')).toBe('complete');
      const first = inPage(electronApp, servers.roomUrl, 'probeMedia()');
      await expect.poll(async () => (await consentShown(electronApp)).text).not.toBe('');
      await answerConsent(electronApp, false, true);
      expect(await first).toBe('denied:NotAllowedError');
      expect(await inPage(electronApp, servers.roomUrl, 'probeMedia()')).toBe('denied:NotAllowedError');
      expect((await consentShown(electronApp)).text).toBe('');

      const host = new URL(servers.roomUrl).host;
      await appWindow.evaluate(() => {
        location.hash = '#/settings';
      });
      const denied = appWindow.getByRole('region', { name: 'Rooms you denied' });
      await expect(denied).toContainText(`${host}: microphone and camera`);
      await denied.getByRole('button', { name: `Revoke microphone and camera for ${host}` }).click();
      await expect(denied).toContainText('None.');
      void inPage(electronApp, servers.roomUrl, 'probeMedia()');
      await expect.poll(async () => (await consentShown(electronApp)).text).toBe(`${host} wants to use your microphone and camera`);
    });

    test('closing the room window while a request waits answers the page no', async ({ electronApp, appWindow }) => {
      await joinTestRoom(appWindow, servers);
      await expect.poll(() => pageUrls(electronApp)).toContain(servers.roomUrl);
      await expect.poll(() => inPage(electronApp, servers.roomUrl, 'document.readyState')).toBe('complete');
      void inPage(electronApp, servers.roomUrl, 'probeMedia()').catch(() => undefined);
      await expect.poll(async () => (await consentShown(electronApp)).text).not.toBe('');
      await inPage(electronApp, TOOLBAR, `document.getElementById('leave').click(); true`);
      await expect.poll(() => pageUrls(electronApp)).not.toContain(servers.roomUrl);
      expect(await appWindow.evaluate(() => (window as unknown as { companion: Companion }).companion.listRoomPermissions())).toEqual([]);
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
