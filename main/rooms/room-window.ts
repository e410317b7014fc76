/**
 * One BBB room in its own window. A BaseWindow holds two WebContentsViews:
 * our toolbar page on top (default session, its own three-action preload) and
 * the room page below (rooms session, no preload). BaseWindow rather than a
 * BrowserWindow because the two halves differ in everything that matters
 * (session, preload, trust); with BaseWindow neither is "the" window's contents,
 * and the toolbar can grow over the room as the failure overlay.
 * A BaseWindow does not close its views' WebContents: we do, on 'closed', or the
 * room would keep the camera and microphone running invisibly.
 */
import { BaseWindow, WebContentsView } from 'electron';
import type { RoomToOpen } from '../../core/ports';
import type { ConsentAnswer } from '../../core/room-toolbar-channels';
import { mainLanguage } from '../i18n/main-language';
import type { MainLanguage } from '../i18n/main-language';
import { openExternalSafely } from '../security/open-external';
import { watchRoomFailures } from './room-failures';
import { roomLayout } from './room-layout';
import { guardRoomNavigation } from './room-navigation';
import { TOOLBAR_PAGE_URL, toolbarPreloadPath } from './room-pages';
import { RoomTrust } from '../../core/rooms/room-trust';
import { RoomConsentGate } from './room-consent';
import type { RoomContext, RoomRegistry } from './room-registry';
import { ROOM_PARTITION, roomSession } from './room-session';
import { CONNECTED, CONNECTING, IN_MEETING, statusForBlockedRedirect } from './room-status';
import { RoomToolbar } from './room-toolbar';

const BACKGROUND_COLOR = '#f6f5f1';

/** Windows by their room WebContents id: the screen-share picker is modal to its room. */
const windowsByContents = new Map<number, BaseWindow>();

export function roomWindowOf(contentsId: number): BaseWindow | undefined {
  return windowsByContents.get(contentsId);
}

/** Opens the room, or focuses its window when it is already open. `room.url` has passed checkRoomUrl. */
export function openRoomWindow(room: RoomToOpen, rooms: RoomRegistry, language: MainLanguage = mainLanguage): void {
  const existing = rooms.find(room.url);
  if (existing) {
    existing.focus();
    return;
  }
  // Handlers first: the session must be ready before the room view exists.
  roomSession({ rooms, windowOf: roomWindowOf });

  const windowTitle = (): string => language.t('window.room.title', { title: room.title });
  const window = new BaseWindow({
    title: windowTitle(),
    width: 1280,
    height: 820,
    minWidth: 640,
    minHeight: 420,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
  });
  const toolbarView = new WebContentsView({
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      preload: toolbarPreloadPath,
    },
  });
  const roomView = new WebContentsView({
    webPreferences: {
      partition: ROOM_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A meeting in a background window must keep its audio, video and heartbeats running.
      backgroundThrottling: false,
    },
  });
  const roomContents = roomView.webContents;
  const toolbarContents = toolbarView.webContents;
  // This room's own trust and consent: nothing here is shared with another room's window.
  const consent = new RoomConsentGate(() => rooms.consents, {
    show: (question) => {
      toolbarState.ask(question);
      layout();
      // Keyboard users land on the question; afterwards back in the meeting.
      if (question !== null && !toolbarContents.isDestroyed()) toolbarContents.focus();
      else if (question === null && !roomContents.isDestroyed()) roomContents.focus();
    },
  });
  const context: RoomContext = {
    roomUrl: room.url,
    trust: new RoomTrust(room.url, room.trustedHosts, room.navigationHosts),
    consent,
    signInHost: null,
  };

  const focus = (): void => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  // Registered before anything loads, so the session's handlers and the app guard know this page from its first request.
  rooms.add(room.url, { focus }, roomContents.id, context);
  windowsByContents.set(roomContents.id, window);

  const layout = (): void => {
    if (window.isDestroyed()) return;
    const { width, height } = window.getContentBounds();
    const { toolbar, room: roomBounds, roomVisible } = roomLayout(width, height, toolbarState.showingProblem, toolbarState.asking);
    toolbarView.setBounds(toolbar);
    roomView.setBounds(roomBounds);
    roomView.setVisible(roomVisible);
  };
  const load = (): void => {
    toolbarState.update(CONNECTING);
    layout();
    void roomContents.loadURL(room.url).catch(() => undefined); // failures arrive as did-fail-load
  };
  const toolbarActions = {
    leave: () => window.close(),
    // The feed's room link, never the current URL: inside the meeting that one carries the attendee's session token.
    openInBrowser: () => void openExternalSafely(room.url),
    retry: load,
    answerConsent: ({ id, allow, remember }: ConsentAnswer) => consent.answer(id, allow, remember),
  };
  const toolbarState = new RoomToolbar(toolbarContents, room.title, CONNECTING, toolbarActions, language);
  // A change of language in Settings reaches an open room: its title, toolbar and overlay.
  const unfollowLanguage = language.onChange(() => {
    if (!window.isDestroyed()) window.setTitle(windowTitle());
    toolbarState.retranslate();
  });
  const show = (status: Parameters<RoomToolbar['update']>[0]): void => {
    toolbarState.update(status);
    layout();
  };

  guardRoomNavigation(roomContents, context, {
    leave: () => window.close(),
    openExternal: (url) => void openExternalSafely(url),
    blockedRedirect: (host) => show(statusForBlockedRedirect(host)),
    enteredMeeting: () => show(IN_MEETING),
  });
  watchRoomFailures(roomContents, {
    failed: (status) => show(status),
    recovered: () => {
      if (toolbarState.status.status === 'unresponsive') show(CONNECTED);
    },
  });
  roomContents.on('did-finish-load', () => {
    if (toolbarState.status.status === 'connecting') show(CONNECTED);
  });

  window.contentView.addChildView(roomView);
  window.contentView.addChildView(toolbarView);
  window.on('resize', layout);
  window.on('closed', () => {
    unfollowLanguage();
    // Every request still waiting for the attendee gets its one answer: no.
    consent.close();
    rooms.remove(room.url, roomContents.id);
    windowsByContents.delete(roomContents.id);
    // Ends the meeting's media and connections now, not at the next garbage collection.
    if (!roomContents.isDestroyed()) roomContents.close();
    if (!toolbarContents.isDestroyed()) toolbarContents.close();
  });

  layout();
  void toolbarContents.loadURL(TOOLBAR_PAGE_URL);
  load();
  window.show();
  window.focus();
}
