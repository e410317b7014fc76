/**
 * Staying in the tray on Windows and Linux while reminders have work to do,
 * quitting as before otherwise, and a clicked reminder bringing the session up.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventHub } from '../../core/events';
import type { KeyValueStore } from '../../core/ports';
import { ReminderScheduler } from '../../core/schedule/reminder-scheduler';
import type { ReminderInputs } from '../../core/schedule/reminder-scheduler';
import { JsonFileStore } from '../../main/adapters/json-store';
import { openStores } from '../../main/adapters/stores';
import en from '../../core/i18n/locales/en.json';
import { BackgroundMode, NOTICE_SHOWN_KEY, followReminderClicks } from '../../main/background';
import { createMainWindow } from '../../main/windows/main-window';
import { makeSession } from '../core/support/model';
import { FakeClock, MemoryStore } from '../core/support/fake-ports';
import { FakeBrowserWindow, FakeNotification, FakeTray, app, fakeEvent, ipcMain } from './fake-electron';
import type { BrowserWindow } from 'electron';


const NOW = Date.parse('2024-02-05T08:00:00Z');
const opening = makeSession({ id: 'open', title: 'Opening', start: '2024-02-05T10:30:00Z', end: '2024-02-05T10:50:00Z' });
const panel = makeSession({ id: 'panel', title: 'Panel', start: '2024-02-06T09:00:00Z', end: '2024-02-06T10:00:00Z' });
const past = makeSession({ id: 'past', title: 'Yesterday', start: '2024-02-04T09:00:00Z', end: '2024-02-04T10:00:00Z' });

interface Plan {
  reminderMinutes?: number | null;
  displayZone?: string;
}

function inputs(bookmarked: string[], plan: Plan = {}): ReminderInputs {
  return {
    sessions: [past, opening, panel],
    bookmarkedIds: new Set(bookmarked),
    minutesBefore: plan.reminderMinutes === undefined ? 10 : plan.reminderMinutes,
    displayZone: plan.displayZone ?? 'Europe/Vienna',
  };
}

/** Core's scheduler on a fake clock, as the service runs it: the notifier records what it showed. */
function scheduler(clock = new FakeClock(NOW)) {
  const shown: string[] = [];
  const reminders = new ReminderScheduler(clock, { notify: (n) => shown.push(n.sessionId ?? '') }, new MemoryStore(), () => undefined);
  return { reminders, clock, shown };
}

function planned(bookmarked: string[], plan: Plan = {}) {
  const made = scheduler();
  made.reminders.replan(inputs(bookmarked, plan));
  return made;
}

function memoryStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key), set: (key, value) => values.set(key, value), delete: (key) => values.delete(key) };
}

const platform = process.platform;
const onPlatform = (name: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: name });
const settle = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  onPlatform('linux');
});

afterEach(() => {
  onPlatform(platform);
  vi.useRealTimers();
});

describe('the outlook core gives the tray', () => {
  it('has a reminder still to come when reminders are on and a bookmarked session is still to come', () => {
    expect(planned(['open']).reminders.outlook().stillToCome).toBe(true);
    expect(planned(['open'], { reminderMinutes: 0 }).reminders.outlook().stillToCome).toBe(true);
  });

  it('has none with reminders off, with no bookmarks, or when every bookmarked session has started or left the programme', () => {
    expect(planned(['open'], { reminderMinutes: null }).reminders.outlook().stillToCome).toBe(false);
    expect(planned([]).reminders.outlook().stillToCome).toBe(false);
    expect(planned(['past', 'gone']).reminders.outlook().stillToCome).toBe(false);
    const started = planned(['open']);
    started.clock.advance(Date.parse(opening.start) - NOW);
    expect(started.reminders.outlook().stillToCome).toBe(false);
  });

  it('names the next reminder at its time in the display zone, with the day when it is not today', () => {
    expect(planned(['open', 'panel']).reminders.outlook().next).toEqual({ title: 'Opening', time: '11:20 CET' });
    expect(planned(['panel']).reminders.outlook().next).toEqual({ title: 'Panel', time: 'Tue 6 Feb, 09:50 CET' });
    expect(planned(['panel'], { displayZone: 'UTC' }).reminders.outlook().next!.time).toBe('Tue 6 Feb, 08:50 UTC');
  });

  it('skips a reminder that has fired, and knows none with reminders off', () => {
    const fiveBefore = Date.parse(opening.start) - 5 * 60_000;
    const both = planned(['open', 'panel']);
    both.clock.advance(fiveBefore - NOW);
    expect(both.reminders.outlook().next!.title).toBe('Panel');
    const one = planned(['open']);
    one.clock.advance(fiveBefore - NOW);
    expect(one.reminders.outlook().next).toBeNull();
    // Core knows the reminder fired: nothing is left to stay in the tray for, though the session has not started.
    expect(one.reminders.outlook().stillToCome).toBe(false);
    expect(planned(['open'], { reminderMinutes: null }).reminders.outlook().next).toBeNull();
  });
});

describe('BackgroundMode', () => {
  function setUp(plan: ReminderInputs | null, flags = memoryStore()) {
    const { reminders, clock, shown } = scheduler();
    const openWindow = vi.fn();
    const mode = new BackgroundMode({ reminders, openWindow, flags });
    if (plan) reminders.replan(plan);
    return { reminders, clock, shown, openWindow, mode, flags };
  }

  it.each(['linux', 'win32'] as const)('on %s, stays in the tray when a reminder is still to come', async (os) => {
    onPlatform(os);
    const { mode } = setUp(inputs(['open']));
    await settle();
    mode.allWindowsClosed();
    expect(app.quit).not.toHaveBeenCalled();
    expect(FakeTray.created).toHaveLength(1);
    const [tray] = FakeTray.created;
    expect(tray!.toolTip).toBe('Go Local Companion – reminders on');
    expect(tray!.contextMenu!.template.map((item) => item.label ?? item.type)).toEqual([
      'Open Go Local Companion',
      'Next reminder: Opening at 11:20 CET',
      'separator',
      'Quit',
    ]);
  });

  it.each([
    ['reminders are off', inputs(['open'], { reminderMinutes: null })],
    ['nothing bookmarked is still to come', inputs(['past'])],
  ])('quits as before when %s', async (_why, state) => {
    const { mode } = setUp(state);
    await settle();
    mode.allWindowsClosed();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(FakeTray.created).toHaveLength(0);
    expect(FakeNotification.created).toHaveLength(0);
  });

  it('quits when nothing has been planned yet', () => {
    const { mode } = setUp(null);
    mode.allWindowsClosed();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('on macOS keeps running in the dock as before: no tray, no quit', async () => {
    onPlatform('darwin');
    for (const state of [inputs(['open']), inputs([])]) {
      const { mode } = setUp(state);
      await settle();
      mode.allWindowsClosed();
    }
    expect(app.quit).not.toHaveBeenCalled();
    expect(FakeTray.created).toHaveLength(0);
  });

  it('says once, across restarts, that it keeps running; clicking that notice opens the window', async () => {
    const flags = memoryStore();
    const first = setUp(inputs(['open']), flags);
    await settle();
    first.mode.allWindowsClosed();
    first.mode.allWindowsClosed();
    expect(FakeNotification.created).toHaveLength(1);
    const [notice] = FakeNotification.created;
    expect(notice!.shown).toBe(true);
    expect(notice!.options).toMatchObject({ title: en['tray.notice.title'], body: en['tray.notice.body'] });
    notice!.emit('click');
    expect(first.openWindow).toHaveBeenCalledOnce();

    const second = setUp(inputs(['open']), flags);
    await settle();
    second.mode.allWindowsClosed();
    expect(FakeNotification.created).toHaveLength(1);
  });

  describe('the notice flag in the store layout', () => {
    let userData: string;
    beforeEach(() => {
      userData = mkdtempSync(join(tmpdir(), 'glc-notice-'));
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    });
    afterEach(() => rmSync(userData, { recursive: true, force: true }));

    it('keeps a notice the landed version recorded in desktop.json: not shown again, and desktop.json backed up unchanged', async () => {
      // The landed wiring: BackgroundMode's flags on an electron-store file named desktop in the user-data folder.
      const landed = setUp(inputs(['open']), new JsonFileStore({ name: 'desktop', directory: userData }));
      await settle();
      landed.mode.allWindowsClosed();
      expect(FakeNotification.created).toHaveLength(1);
      const desktopJson = readFileSync(join(userData, 'desktop.json'), 'utf8');
      expect(JSON.parse(desktopJson)).toEqual({ [NOTICE_SHOWN_KEY]: true });

      const stores = openStores(userData, () => 1_707_120_000_000);
      expect(stores.kept.get(NOTICE_SHOWN_KEY)).toBe(true);
      const next = setUp(inputs(['open']), stores.kept);
      await settle();
      next.mode.allWindowsClosed();
      expect(FakeNotification.created).toHaveLength(1);
      expect(existsSync(join(userData, 'desktop.json'))).toBe(false);
      expect(readFileSync(join(userData, 'before-stores-1707120000000', 'desktop.json'), 'utf8')).toBe(desktopJson);
      expect(JSON.parse(readFileSync(join(userData, 'stores', 'desktop-notices.json'), 'utf8'))).toEqual({ [NOTICE_SHOWN_KEY]: true });
    });

    it('on a new install remembers the notice in stores/desktop-notices.json, and no desktop.json appears', async () => {
      const stores = openStores(userData);
      const first = setUp(inputs(['open']), stores.kept);
      await settle();
      first.mode.allWindowsClosed();
      expect(FakeNotification.created).toHaveLength(1);
      // Saves are written behind the action.
      await stores.settled();
      expect(readdirSync(userData)).toEqual(['stores']);
      expect(JSON.parse(readFileSync(join(userData, 'stores', 'desktop-notices.json'), 'utf8'))).toEqual({ [NOTICE_SHOWN_KEY]: true });
      const again = setUp(inputs(['open']), openStores(userData).kept);
      await settle();
      again.mode.allWindowsClosed();
      expect(FakeNotification.created).toHaveLength(1);
    });
  });

  it('waits to say it until notifications work', async () => {
    FakeNotification.supported = false;
    const flags = memoryStore();
    const { mode } = setUp(inputs(['open']), flags);
    await settle();
    mode.allWindowsClosed();
    expect(FakeTray.created).toHaveLength(1);
    expect(flags.get('background-notice-shown')).toBeUndefined();
  });

  it('opens the window from the tray, and Quit really quits', async () => {
    const { mode, openWindow } = setUp(inputs(['open']));
    await settle();
    mode.allWindowsClosed();
    const [tray] = FakeTray.created;
    tray!.item('Open Go Local Companion')!.click!();
    tray!.emit('click');
    expect(openWindow).toHaveBeenCalledTimes(2);

    tray!.item('Quit')!.click!();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(tray!.destroyed).toBe(true);
    // A window closing on the way out does not bring the tray back.
    mode.allWindowsClosed();
    expect(app.quit).toHaveBeenCalledTimes(2);
    expect(FakeTray.created).toHaveLength(1);
  });

  it('does not hold the app back once it is quitting for another reason', async () => {
    const { mode } = setUp(inputs(['open']));
    await settle();
    app.emit('before-quit', fakeEvent());
    mode.allWindowsClosed();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(FakeTray.created).toHaveLength(0);
  });

  it('follows bookmark and setting changes', async () => {
    const { mode, reminders } = setUp(inputs(['panel']));
    await settle();
    mode.allWindowsClosed();
    const [tray] = FakeTray.created;
    expect(tray!.item('Next reminder')!.label).toBe('Next reminder: Panel at Tue 6 Feb, 09:50 CET');

    reminders.replan(inputs(['panel', 'open']));
    expect(tray!.item('Next reminder')!.label).toBe('Next reminder: Opening at 11:20 CET');

    reminders.replan(inputs([], { reminderMinutes: null }));
    expect(tray!.item('Next reminder')).toBeUndefined();
    mode.allWindowsClosed();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('names the following reminder once the next one has fired', () => {
    const { mode, clock } = setUp(inputs(['open', 'panel']));
    mode.allWindowsClosed();
    const [tray] = FakeTray.created;
    expect(tray!.item('Next reminder')!.label).toContain('Opening');
    clock.advance(Date.parse(opening.start) - 10 * 60_000 - NOW + 1000);
    expect(tray!.item('Next reminder')!.label).toBe('Next reminder: Panel at Tue 6 Feb, 09:50 CET');
  });

  it('shows one reminder per session, never twice, also after the window closes and reopens', () => {
    const { mode, clock, shown, reminders, openWindow } = setUp(inputs(['open', 'panel']));
    mode.allWindowsClosed();
    clock.advance(Date.parse(opening.start) - 10 * 60_000 - NOW);
    expect(shown).toEqual(['open']);
    // The attendee opens the window from the tray, the renderer changes a setting (a re-plan), and closes it again.
    FakeTray.created[0]!.item('Open Go Local Companion')!.click!();
    expect(openWindow).toHaveBeenCalledOnce();
    reminders.replan(inputs(['open', 'panel'], { displayZone: 'UTC' }));
    mode.allWindowsClosed();
    expect(app.quit).not.toHaveBeenCalled();
    clock.advance(Date.parse(panel.end) - clock.now());
    expect(shown).toEqual(['open', 'panel']);
    // With every reminder shown, closing the window quits: nothing is left to remind.
    mode.allWindowsClosed();
    expect(app.quit).toHaveBeenCalledOnce();
  });
});

describe('followReminderClicks', () => {
  const pageUrl = 'app://companion/index.html';

  function target(existing: FakeBrowserWindow | undefined) {
    const opened: FakeBrowserWindow[] = [];
    return {
      opened,
      pageUrl,
      window: () => (existing ?? opened[0]) as unknown as BrowserWindow | undefined,
      openWindow: (startUrl: string) => {
        opened.push(createMainWindow({ preloadPath: '/out/preload/index.cjs', startUrl }) as unknown as FakeBrowserWindow);
      },
    };
  }

  it('with no window (the app was in the tray), opens one on the session', () => {
    const events = new EventHub();
    const pages = target(undefined);
    followReminderClicks(events, pages);
    events.emit('sessionRequested', 'glc24-007');
    expect(pages.opened).toHaveLength(1);
    expect(pages.opened[0]!.loadedUrl).toBe('app://companion/index.html#/session/glc24-007');
    expect(app.focus).not.toHaveBeenCalled();
  });

  it('with a window, brings it forward and leaves the navigation to the renderer', () => {
    const window = new FakeBrowserWindow({});
    void window.loadURL(`${pageUrl}#/programme`);
    window.minimized = true;
    const events = new EventHub();
    const pages = target(window);
    followReminderClicks(events, pages);
    events.emit('sessionRequested', 'glc24-007');
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true, loadedUrl: `${pageUrl}#/programme` });
    expect(pages.opened).toHaveLength(0);
  });

  it('on macOS, also brings the app forward', () => {
    onPlatform('darwin');
    const events = new EventHub();
    followReminderClicks(events, target(new FakeBrowserWindow({})));
    events.emit('sessionRequested', 'glc24-007');
    expect(app.focus).toHaveBeenCalledWith({ steal: true });
  });
});

describe('wired into the entry point', () => {
  it('on Linux, closing the window with an upcoming bookmark keeps the app in the tray; its Quit quits', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2024-02-01T08:00:00Z'));
    const userData = mkdtempSync(join(tmpdir(), 'glc-background-'));
    app.paths['userData'] = userData;
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    try {
      await import('../../main/index');
      app.becomeReady();
      await settle();
      const [window] = FakeBrowserWindow.created;
      const sender = { sender: window!.webContents, senderFrame: window!.webContents.mainFrame };
      await ipcMain.invoke('companion:setBookmark', sender, 'glc24-001', true);
      await ipcMain.invoke('companion:updateSettings', sender, { displayZone: 'Europe/Vienna' });
      await settle();

      window!.close();
      app.emit('window-all-closed');
      expect(app.quit).not.toHaveBeenCalled();
      const [tray] = FakeTray.created;
      expect(tray!.item('Next reminder')!.label).toBe('Next reminder: Opening of the Academy at Mon 5 Feb, 11:20 CET');
      expect(FakeNotification.created.map((notice) => notice.options.body)).toEqual([en['tray.notice.body']]);

      tray!.item('Open Go Local Companion')!.click!();
      expect(FakeBrowserWindow.created).toHaveLength(2);
      tray!.item('Quit')!.click!();
      expect(app.quit).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllEnvs();
      app.emit('before-quit');
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
