/**
 * When a room page may hand a link to the system browser (a page's open() call, links
 * with target=_blank). Chromium itself lets a page open a window only right
 * after a user gesture ("transient activation", 5 s); a room page is not ours,
 * so main keeps the same rule from the input it saw reaching that page
 * (webContents 'input-event': real mouse, key and touch input only; a page
 * script's synthetic click never shows there). One input allows one open, at
 * most POPUP_LIMIT per POPUP_PERIOD_MS, so a page cannot flood the attendee's
 * browser. A mailto: link with a prefilled subject or body is never opened:
 * it would put text the page chose into a mail from the attendee.
 */
export const POPUP_GESTURE_MS = 5_000;
export const POPUP_LIMIT = 3;
export const POPUP_PERIOD_MS = 60_000;

export interface PopupVerdict {
  open: boolean;
  reason: string;
}

export class PopupGate {
  private lastInputAt = Number.NEGATIVE_INFINITY;
  private readonly opens: number[] = [];

  /** Real input reached the room page at this time. */
  noteInput(at: number): void {
    this.lastInputAt = at;
  }

  decide(url: string, at: number): PopupVerdict {
    if (isPrefilledMailto(url)) return { open: false, reason: 'a mail link with prefilled text is not opened' };
    if (!(at - this.lastInputAt >= 0 && at - this.lastInputAt <= POPUP_GESTURE_MS)) return { open: false, reason: 'not right after a click or key press' };
    while (this.opens.length > 0 && at - (this.opens[0] ?? at) >= POPUP_PERIOD_MS) this.opens.shift();
    if (this.opens.length >= POPUP_LIMIT) return { open: false, reason: `more than ${POPUP_LIMIT} links in a minute` };
    this.opens.push(at);
    // One gesture, one open (as Chromium consumes the activation).
    this.lastInputAt = Number.NEGATIVE_INFINITY;
    return { open: true, reason: 'after a click or key press' };
  }
}

/** mailto: with a non-empty subject or body (parameter names are case-insensitive, RFC 6068). */
export function isPrefilledMailto(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'mailto:') return false;
  const query = raw.includes('?') ? raw.slice(raw.indexOf('?') + 1) : '';
  for (const [name, value] of new URLSearchParams(query)) {
    const key = name.toLowerCase();
    if ((key === 'body' || key === 'subject') && value.trim() !== '') return true;
  }
  return false;
}
