/**
 * Every channel of the contract, in one loop: a valid call from our page reaches
 * the service; the same valid call from any foreign sender does not; malformed
 * arguments (a table per channel, which the compiler keeps complete, plus
 * random ones) are refused before the service sees them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ACTION_ARGUMENT_GUARDS, ACTION_NAMES, MAX_IMPORT_CHARS, actionChannel } from '../../../core/api';
import type { ActionName, CompanionActions } from '../../../core/api';
import { registerActionHandlers } from '../../../main/ipc/register-handlers';
import { isTrustedSender } from '../../../main/ipc/sender-check';
import { appOriginFor } from '../../../main/security/app-origin';
import { FakeFrame, FakeWebContents, ipcMain } from '../fake-electron';


/** One well-formed call per channel. */
const VALID: Record<ActionName, unknown[]> = {
  getState: [],
  refreshFeed: [],
  setFeedUrl: ['https://programme.example.org/feed.json'],
  updateSettings: [{ theme: 'dark', language: 'en' }],
  openLink: ['https://example.org/'],
  joinRoom: ['session-1'],
  setBookmark: ['session-1', true],
  dismissBookmarkFlags: [['session-1', 'session-2']],
  exportBookmarks: [],
  importBookmarks: ['{"bookmarks":[]}'],
  dismissNotice: [],
  exportCalendar: [{ kind: 'session', sessionId: 'session-1' }],
  printSchedule: [],
  listRoomPermissions: [],
  revokeRoomPermission: ['bbb.example.org', 'media'],
};

const hostileObject = JSON.parse('{"__proto__": {"polluted": true}, "kind": "bookmarks"}') as unknown;

/** Malformed calls per channel: wrong counts, wrong types, oversize values, prototype tricks. */
const INVALID: Record<ActionName, unknown[][]> = {
  getState: [['x'], [undefined], [{}]],
  refreshFeed: [[true], [null]],
  setFeedUrl: [[], [42], [{ href: 'https://a.example.org' }], ['x'.repeat(2049)], ['https://a.example.org', 'extra'], [undefined]],
  updateSettings: [[], [null], [{ theme: 'neon' }], [{ notASetting: 1 }], [{ refreshMinutes: -5 }], [{ reminderMinutes: 1.5 }], [{ language: 'xx' }], [{ language: ['en'] }], [{ theme: 'dark' }, {}], ['theme=dark'], [hostileObject]],
  openLink: [[], [42], [['https://a.example.org']], ['x'.repeat(4097)], ['https://a.example.org', true]],
  joinRoom: [[], [''], [7], ['x'.repeat(513)], [{ id: 's' }], ['a', 'b']],
  setBookmark: [[], ['s'], ['s', 'yes'], ['', true], [1, true], ['s', true, 'extra'], ['x'.repeat(513), true]],
  dismissBookmarkFlags: [[], ['s'], [[1, 2]], [['']], [Array.from({ length: 10_001 }, () => 's')], [['s'], 'extra'], [{ length: 1, 0: 's' }]],
  exportBookmarks: [[1]],
  importBookmarks: [[], [42], ['x'.repeat(MAX_IMPORT_CHARS + 1)], [{ text: '' }], ['a', 'b']],
  dismissNotice: [['now']],
  exportCalendar: [
    [],
    [null],
    [{ kind: 'everything' }],
    [{ kind: 'session' }],
    [{ kind: 'session', sessionId: '' }],
    [{ kind: 'bookmarks', extra: 1 }],
    [{ kind: 'day', date: '2024-02-05' }],
    [{ kind: 'day', date: 'tomorrow', zone: 'Europe/Vienna' }],
    [{ kind: 'day', date: '2024-02-05', zone: 'Mars/Olympus' }],
    [hostileObject],
    ['bookmarks'],
  ],
  printSchedule: [[{}]],
  listRoomPermissions: [['bbb.example.org']],
  revokeRoomPermission: [
    [],
    ['bbb.example.org'],
    ['bbb.example.org', 'camera'],
    ['https://bbb.example.org/', 'media'],
    ['BBB.example.org', 'media'],
    ['x'.repeat(300), 'screen'],
    [42, 'media'],
    ['bbb.example.org', 'media', 'extra'],
  ],
};

const ourContents = new FakeWebContents();
const calls: { name: string; args: unknown[] }[] = [];
const service = Object.fromEntries(
  ACTION_NAMES.map((name) => [
    name,
    async (...args: unknown[]) => {
      calls.push({ name, args });
      return { ok: true };
    },
  ]),
) as unknown as CompanionActions;

function register(): void {
  registerActionHandlers(ipcMain as unknown as IpcMain, service, (event) =>
    isTrustedSender(event, { origin: appOriginFor(null), ownContents: () => [ourContents as unknown as WebContents] }),
  );
}

const eventFrom = (frame: FakeFrame | null, sender: FakeWebContents = ourContents): IpcMainInvokeEvent =>
  ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
const ourPage = (): FakeFrame => new FakeFrame('app://companion/index.html');

const FOREIGN: [string, () => IpcMainInvokeEvent][] = [
  ['a remote page', () => eventFrom(new FakeFrame('https://evil.example.net/'))],
  ['a BigBlueButton room page', () => eventFrom(new FakeFrame('https://bbb.example.org/rooms/abc-def-ghi-jkl/join'))],
  ['a data: page', () => eventFrom(new FakeFrame('data:text/html,<script>x</script>'))],
  ['our scheme on another host', () => eventFrom(new FakeFrame('app://evil/index.html'))],
  ['a subframe of our page', () => eventFrom(new FakeFrame('app://companion/index.html', ourPage()))],
  ['a destroyed frame', () => eventFrom(null)],
  ['our URL in a WebContents that is not our window', () => eventFrom(ourPage(), new FakeWebContents())],
];

beforeEach(() => {
  calls.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  register();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(ACTION_NAMES)('channel %s', (name) => {
  const channel = actionChannel(name);

  it('passes a valid call from our page to the service, unchanged', async () => {
    expect(ACTION_ARGUMENT_GUARDS[name](VALID[name])).toBe(true);
    await expect(ipcMain.invoke(channel, eventFrom(ourPage()), ...VALID[name])).resolves.toEqual({ ok: true });
    expect(calls).toEqual([{ name, args: VALID[name] }]);
  });

  it.each(FOREIGN)('refuses the same valid call from %s', async (_label, event) => {
    await expect(ipcMain.invoke(channel, event(), ...VALID[name])).rejects.toThrow(/not the app's own page/);
    expect(calls).toEqual([]);
  });

  it('refuses every malformed call in its table', async () => {
    expect(INVALID[name].length).toBeGreaterThan(0);
    for (const args of INVALID[name]) {
      await expect(ipcMain.invoke(channel, eventFrom(ourPage()), ...args), JSON.stringify(args).slice(0, 80)).rejects.toThrow(/invalid arguments/);
    }
    expect(calls).toEqual([]);
  });

  it('for random arguments, either refuses or passes exactly what its guard accepts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }), async (args) => {
        calls.length = 0;
        const accepted = ACTION_ARGUMENT_GUARDS[name](args);
        const outcome = ipcMain.invoke(channel, eventFrom(ourPage()), ...args);
        if (accepted) {
          await expect(outcome).resolves.toEqual({ ok: true });
          expect(calls).toHaveLength(1);
        } else {
          await expect(outcome).rejects.toThrow(/invalid arguments/);
          expect(calls).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

it('covers every contract channel, and the handlers register exactly those', () => {
  expect(Object.keys(VALID).sort()).toEqual([...ACTION_NAMES].sort());
  expect(Object.keys(INVALID).sort()).toEqual([...ACTION_NAMES].sort());
  expect([...ipcMain.handlers.keys()].sort()).toEqual(ACTION_NAMES.map(actionChannel).sort());
});
