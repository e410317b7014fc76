/**
 * The IPC contract between the room toolbar page and main: pure types, channel
 * names and guards. Its own file, imported by the toolbar's preload, the page
 * and main: each sandboxed preload must bundle into one file, so the two room
 * preloads share no module. Messages travel on the toolbar's own
 * webContents.ipc, so no other page can reach these handlers.
 */
export const TOOLBAR_CHANNELS = {
  ready: 'room-toolbar:ready',
  leave: 'room-toolbar:leave',
  openInBrowser: 'room-toolbar:open-in-browser',
  retry: 'room-toolbar:retry',
  state: 'room-toolbar:state',
  consent: 'room-toolbar:consent',
} as const;

/** Everything the toolbar page sends main, by channel, with its payload (`undefined`: a bare signal). */
export interface ToolbarMessages {
  [TOOLBAR_CHANNELS.ready]: undefined;
  [TOOLBAR_CHANNELS.leave]: undefined;
  [TOOLBAR_CHANNELS.openInBrowser]: undefined;
  [TOOLBAR_CHANNELS.retry]: undefined;
  [TOOLBAR_CHANNELS.consent]: ConsentAnswer;
}

/** Everything main pushes to the toolbar page, by channel. */
export interface ToolbarPushes {
  [TOOLBAR_CHANNELS.state]: ToolbarState;
}

export type RoomStatusKind = 'connecting' | 'connected' | 'in-meeting' | 'offline' | 'failed' | 'blocked' | 'crashed' | 'unresponsive';

/** What the toolbar shows. With a problem set, the toolbar covers the whole window as an overlay. */
export interface ToolbarState {
  title: string;
  status: RoomStatusKind;
  label: string;
  problem: { heading: string; detail: string; canRetry: boolean } | null;
  /** A host waiting for the attendee's yes or no to camera and microphone ('media') or the screen ('screen'). */
  consent: { id: number; host: string; kind: 'media' | 'screen' } | null;
}

/** The attendee's answer to the consent question with this id. */
export interface ConsentAnswer {
  id: number;
  allow: boolean;
  remember: boolean;
}

export function isConsentAnswer(value: unknown): value is ConsentAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Record<string, unknown>;
  return Number.isSafeInteger(answer['id']) && (answer['id'] as number) > 0 && typeof answer['allow'] === 'boolean' && typeof answer['remember'] === 'boolean';
}

export function isToolbarState(value: unknown): value is ToolbarState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return typeof state['title'] === 'string' && typeof state['status'] === 'string' && typeof state['label'] === 'string';
}

/** What the toolbar page may ask of main: its preload hands the page exactly this, named roomToolbar. */
export interface RoomToolbarApi {
  leave(): void;
  openInBrowser(): void;
  retry(): void;
  answerConsent(answer: ConsentAnswer): void;
  onState(listener: (state: ToolbarState) => void): void;
}
