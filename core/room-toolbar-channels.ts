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

/** The toolbar's own words, already in the attendee's language: the page has no catalogues. */
export interface ToolbarTexts {
  openInBrowser: string;
  leave: string;
  retry: string;
  remember: string;
  allow: string;
  deny: string;
}

/**
 * What the toolbar shows, every text already translated by main. With a problem set, the toolbar
 * covers the whole window as an overlay.
 */
export interface ToolbarState {
  title: string;
  /** The language of the texts, for the page's <html lang> and <html dir> (Arabic mirrors the bar). */
  lang: string;
  dir: 'ltr' | 'rtl';
  status: RoomStatusKind;
  label: string;
  problem: { heading: string; detail: string; canRetry: boolean } | null;
  /**
   * A host waiting for the attendee's yes or no to camera and microphone ('media') or the screen
   * ('screen'), and the whole question naming it (one sentence, formatted by main).
   */
  consent: { id: number; host: string; kind: 'media' | 'screen'; question: string } | null;
  texts: ToolbarTexts;
}

const TOOLBAR_TEXT_NAMES = ['openInBrowser', 'leave', 'retry', 'remember', 'allow', 'deny'] as const satisfies readonly (keyof ToolbarTexts)[];

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
  const texts = state['texts'];
  return (
    typeof state['title'] === 'string' &&
    typeof state['lang'] === 'string' &&
    (state['dir'] === 'ltr' || state['dir'] === 'rtl') &&
    typeof state['status'] === 'string' &&
    typeof state['label'] === 'string' &&
    typeof texts === 'object' &&
    texts !== null &&
    TOOLBAR_TEXT_NAMES.every((name) => typeof (texts as Record<string, unknown>)[name] === 'string')
  );
}

/** What the toolbar page may ask of main: its preload hands the page exactly this, named roomToolbar. */
export interface RoomToolbarApi {
  leave(): void;
  openInBrowser(): void;
  retry(): void;
  answerConsent(answer: ConsentAnswer): void;
  onState(listener: (state: ToolbarState) => void): void;
}
