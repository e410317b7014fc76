import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, WebContents } from 'electron';
import { guardAllWebContents, guardWebContents } from '../../../main/security/web-contents-guard';
import { appOriginFor, isOwnPageUrl } from '../../../main/security/app-origin';
import { FakeBrowserWindow, FakeWebContents, app, fakeEvent, shell } from '../fake-electron';


const origin = appOriginFor(null);
const isOurs = (url: string): boolean => isOwnPageUrl(url, origin);
let contents: FakeWebContents;

/** Lets the fire-and-forget openExternal calls settle. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents, isOurs);
});

describe('web contents guard', () => {
  it('allows navigation within app://companion', () => {
    const event = fakeEvent({ url: 'app://companion/index.html#/session/12' });
    contents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(false);
  });

  it.each(['https://evil.example.net/', 'http://localhost:5173/', 'app://other/index.html', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'prevents navigation to %s',
    async (url) => {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented).toBe(true);
      await settle();
    },
  );

  it('hands a blocked http(s) navigation to the system browser, but never file: or javascript:', async () => {
    for (const url of ['https://www.example.org/about', 'file:///etc/passwd', 'javascript:alert(1)']) {
      contents.emit('will-navigate', fakeEvent({ url }), url);
    }
    await settle();
    expect(shell.openExternal.mock.calls).toEqual([['https://www.example.org/about']]);
  });

  it('denies every window.open, sending only safe links outside', async () => {
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://www.example.org/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://companion/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    await settle();
    expect(shell.openExternal.mock.calls).toEqual([['https://www.example.org/']]);
  });

  it('prevents <webview> from attaching', () => {
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('guards every WebContents the app creates, windows included', () => {
    guardAllWebContents(app as unknown as App, isOurs);
    const window = new FakeBrowserWindow({});
    expect(window.webContents.windowOpenHandler).not.toBeNull();
    const event = fakeEvent({ url: 'https://evil.example.net/' });
    window.webContents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(true);
  });
});
