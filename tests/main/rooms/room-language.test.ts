/**
 * The room window in the attendee's language: its title, and every word of the toolbar, the consent
 * bar and the failure overlay sent to the page with the language's lang and dir; the screen-share
 * picker likewise. A change of language reaches a window that is open.
 */
import type { DesktopCapturerSource } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MainLanguage } from '../../../main/i18n/main-language';
import { RoomRegistry } from '../../../main/rooms/room-registry';
import { openRoomWindow } from '../../../main/rooms/room-window';
import { showSourcePicker } from '../../../main/rooms/source-picker';
import { FakeBaseWindow, FakeBrowserWindow, fakeCapturerSource, session } from '../fake-electron';
import { ROOM, lastRoom, lastToolbarState, settle } from './room-helpers';

const CLIENT = 'https://node1.bbb.example.org/html5client/join';

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  for (const window of [...FakeBaseWindow.created, ...FakeBrowserWindow.created]) window.close();
  vi.restoreAllMocks();
});

function requestMedia(): void {
  const { room } = lastRoom();
  session.partitions.get('persist:rooms')!.permissionRequestHandler!(room.webContents, 'media', vi.fn(), { requestingUrl: CLIENT, mediaTypes: ['audio', 'video'] });
}

describe('the room window in the attendee’s language', () => {
  it('has a German title and sends the toolbar German words with lang de, dir ltr', () => {
    openRoomWindow(ROOM, new RoomRegistry(), new MainLanguage('de'));
    const { window, toolbar } = lastRoom();
    expect(window.title).toBe('Plenary: What works locally – Online-Raum');
    toolbar.webContents.emitIpc('room-toolbar:ready');
    const state = lastToolbarState(toolbar.webContents);
    // The feed's title stays as the feed wrote it; everything else is German.
    expect([state?.['title'], state?.['lang'], state?.['dir'], state?.['label']]).toEqual([ROOM.title, 'de', 'ltr', 'Verbindung wird hergestellt …']);
    expect(Object.values(state?.['texts'] as object)).toEqual(['Im Browser öffnen', 'Verlassen', 'Erneut versuchen', 'Für diesen Host merken', 'Erlauben', 'Ablehnen']);
  });

  it('asks for consent in one translated sentence naming the host', async () => {
    openRoomWindow(ROOM, new RoomRegistry(), new MainLanguage('fr'));
    requestMedia();
    await settle();
    expect(lastToolbarState(lastRoom().toolbar.webContents)?.['consent']).toEqual({
      id: expect.any(Number) as number,
      host: 'node1.bbb.example.org',
      kind: 'media',
      question: 'node1.bbb.example.org souhaite utiliser votre micro et votre caméra',
    });
  });

  it('follows a change of language while open: title, status, waiting question and overlay, right to left in Arabic', async () => {
    const language = new MainLanguage('en');
    openRoomWindow(ROOM, new RoomRegistry(), language);
    const { window, toolbar, room } = lastRoom();
    requestMedia();
    await settle();
    room.webContents.emit('did-fail-load', {}, -202, 'ERR_CERT_AUTHORITY_INVALID', ROOM.url, true);
    expect(lastToolbarState(toolbar.webContents)).toMatchObject({ lang: 'en', label: 'Not secure' });

    language.use('ar');
    expect(window.title).toBe('Plenary: What works locally – غرفة عبر الإنترنت');
    const state = lastToolbarState(toolbar.webContents);
    expect(state).toMatchObject({
      lang: 'ar',
      dir: 'rtl',
      status: 'failed',
      label: 'غير آمنة',
      problem: { heading: 'اتصال الغرفة غير آمن', canRetry: true },
      consent: { host: 'node1.bbb.example.org', question: 'يطلب node1.bbb.example.org استخدام الميكروفون والكاميرا' },
      texts: { allow: 'السماح', deny: 'الرفض' },
    });
    // The error code as Chromium wrote it, inside the translated sentence.
    expect((state?.['problem'] as { detail: string }).detail).toContain('(الخطأ -202)');

    // Closed, the window no longer follows: nothing is sent to its toolbar, it is not retitled.
    window.close();
    const sentBefore = toolbar.webContents.sent.length;
    language.use('de');
    expect(window.title).toBe('Plenary: What works locally – غرفة عبر الإنترنت');
    expect(toolbar.webContents.sent).toHaveLength(sentBefore);
  });
});

describe('the screen-share picker in the attendee’s language', () => {
  const textsSent = (window: FakeBrowserWindow) => window.webContents.sent.filter((message) => message.channel === 'room-picker:texts').map((message) => message.args[0]);

  it('is titled in German and sends its German words before the sources; a change of language sends them again, until it is answered', async () => {
    const language = new MainLanguage('de');
    // The fake source holds every field the picker reads.
    const screen = fakeCapturerSource('screen:1:0', 'Bildschirm 1') as unknown as DesktopCapturerSource;
    const chosen = showSourcePicker([screen], undefined, language);
    const picker = FakeBrowserWindow.created.at(-1)!;
    expect(picker.title).toBe('Auswählen, was geteilt wird');
    picker.webContents.emitIpc('room-picker:ready');
    expect(picker.webContents.sent.map((message) => message.channel)).toEqual(['room-picker:texts', 'room-picker:sources']);
    expect(textsSent(picker)).toEqual([
      {
        lang: 'de',
        dir: 'ltr',
        title: 'Auswählen, was geteilt wird',
        hint: 'Pfeiltasten wechseln die Auswahl, Enter oder Leertaste teilt, Esc bricht ab.',
        empty: 'Auf diesem Gerät gibt es nichts, was die App teilen darf.',
        screens: 'Bildschirme',
        windows: 'Fenster',
        cancel: 'Abbrechen',
      },
    ]);

    language.use('ar');
    expect(picker.title).toBe('اختيار ما ستتم مشاركته');
    expect(textsSent(picker).at(-1)).toMatchObject({ lang: 'ar', dir: 'rtl', cancel: 'إلغاء' });

    picker.webContents.emitIpc('room-picker:cancel');
    await expect(chosen).resolves.toBeNull();
    language.use('fr');
    expect(textsSent(picker)).toHaveLength(2);
  });
});
