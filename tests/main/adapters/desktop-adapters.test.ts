import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createFileSaver, safeFileName } from '../../../main/adapters/file-saver';
import { createNotifier } from '../../../main/adapters/notifier';
import { roomWindowOpener } from '../../../main/adapters/room-opener';
import { linkOpener } from '../../../main/adapters/link-opener';
import { systemClock } from '../../../main/adapters/clock';
import { MainLanguage } from '../../../main/i18n/main-language';
import { FakeBaseWindow, FakeBrowserWindow, FakeNotification, app, dialog, shell } from '../fake-electron';


let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'glc-adapters-'));
  app.paths['downloads'] = directory;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const ics = { suggestedName: 'golocal-2024.ics', mimeType: 'text/calendar', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' };

describe('file saver', () => {
  it('returns false and writes nothing when the attendee cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await expect(createFileSaver(() => undefined).save(ics)).resolves.toBe(false);
  });

  it('writes the content where the attendee chose, offering a calendar filter in Downloads', async () => {
    const target = join(directory, 'my-sessions.ics');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const parent = new FakeBrowserWindow({});
    await expect(createFileSaver(() => parent as unknown as BrowserWindow).save(ics)).resolves.toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(ics.content);
    const [window, options] = dialog.showSaveDialog.mock.calls[0]! as [unknown, { defaultPath: string; filters: { extensions: string[] }[] }];
    expect(window).toBe(parent);
    expect(options.defaultPath).toBe(join(directory, 'golocal-2024.ics'));
    expect(options.filters[0]!.extensions).toEqual(['ics']);
  });

  it('names the file types in the language of the moment the dialog opens', async () => {
    const language = new MainLanguage('en');
    const saver = createFileSaver(() => undefined, language);
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    await saver.save(ics);
    language.use('es');
    await saver.save({ ...ics, mimeType: 'application/pdf' });
    const filterNames = dialog.showSaveDialog.mock.calls.map((call) => (call[0] as { filters: { name: string }[] }).filters.map((filter) => filter.name));
    expect(filterNames).toEqual([
      ['Calendar', 'All files'],
      ['Documento PDF', 'Todos los archivos'],
    ]);
  });

  it('keeps only the last path segment of a suggested name that came from feed text', () => {
    expect(safeFileName('../../.bashrc')).toBe('.bashrc');
    expect(safeFileName('..\\..\\Startup\\evil.ics')).toBe('evil.ics');
    expect(safeFileName('a:b*c?.ics')).toBe('a_b_c_.ics');
    expect(safeFileName('..')).toBe('download');
  });
});

describe('notifier', () => {
  it('shows a native notification and calls back on click', () => {
    const onClick = vi.fn();
    createNotifier().notify({ title: 'Starts in 10 minutes', body: 'Opening plenary' }, onClick);
    const [notification] = FakeNotification.created;
    expect(notification!.options).toEqual({ title: 'Starts in 10 minutes', body: 'Opening plenary' });
    expect(notification!.shown).toBe(true);
    notification!.emit('click');
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('stays silent where notifications are not supported', () => {
    FakeNotification.supported = false;
    createNotifier().notify({ title: 't', body: 'b' }, vi.fn());
    expect(FakeNotification.created).toHaveLength(0);
  });
});

describe('room and link openers', () => {
  it('opens a room in its own room window (details in tests/main/rooms)', async () => {
    await roomWindowOpener.open({ url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join', title: 'Plenary', sessionId: 's1', trustedHosts: ['bbb.example.org'], navigationHosts: [] });
    expect(FakeBaseWindow.created).toHaveLength(1);
    expect(shell.openExternal).not.toHaveBeenCalled();
    FakeBaseWindow.created[0]!.close();
  });

  it('refuses personal BBB join links and plain http rooms, without logging them', async () => {
    const warn = vi.mocked(console.warn);
    const personal = 'https://bbb.example.org/bigbluebutton/api/join?fullName=A&meetingID=1&checksum=deadbeef';
    await roomWindowOpener.open({ url: personal, title: 'Plenary', sessionId: 's1', trustedHosts: ['bbb.example.org'], navigationHosts: [] });
    await roomWindowOpener.open({ url: 'http://bbb.example.org/rooms/abc/join', title: 'Plenary', sessionId: 's1', trustedHosts: ['bbb.example.org'], navigationHosts: [] });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(FakeBaseWindow.created).toHaveLength(0);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('deadbeef');
  });

  it('opens vetted links and still refuses unsafe ones', async () => {
    await linkOpener.openExternal('https://www.example.org/');
    await linkOpener.openExternal('file:///etc/passwd');
    expect(shell.openExternal.mock.calls).toEqual([['https://www.example.org/']]);
  });
});

describe('system clock', () => {
  it('runs and cancels real timers', async () => {
    const fired = vi.fn();
    const handle = systemClock.setTimeout(fired, 5);
    systemClock.clearTimeout(handle);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).not.toHaveBeenCalled();
    expect(Math.abs(systemClock.now() - Date.now())).toBeLessThan(50);
  });

  it('does not fire a timer weeks away at once (Node runs delays over 2^31 ms after 1 ms)', async () => {
    const fired = vi.fn();
    const handle = systemClock.setTimeout(fired, 40 * 24 * 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 30));
    systemClock.clearTimeout(handle);
    expect(fired).not.toHaveBeenCalled();
  });
});
