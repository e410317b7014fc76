/**
 * Where the toolbar and the room sit inside the window. While a problem is
 * shown, the toolbar page covers the whole window (it is the overlay) and the
 * room view is hidden, so a failed or crashed page never shows as a white screen.
 * While a consent question waits, the toolbar grows by the consent bar and the room moves down.
 */
export const TOOLBAR_HEIGHT = 44;
/** Extra height for the consent bar ("… wants to use your microphone and camera"), below the toolbar. */
export const CONSENT_BAR_HEIGHT = 60;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RoomLayout {
  toolbar: Rect;
  room: Rect;
  roomVisible: boolean;
}

export function roomLayout(width: number, height: number, showingProblem: boolean, asking = false): RoomLayout {
  const w = Math.max(0, Math.floor(width));
  const h = Math.max(0, Math.floor(height));
  if (showingProblem) return { toolbar: { x: 0, y: 0, width: w, height: h }, room: { x: 0, y: 0, width: w, height: 0 }, roomVisible: false };
  const bar = Math.min(asking ? TOOLBAR_HEIGHT + CONSENT_BAR_HEIGHT : TOOLBAR_HEIGHT, h);
  return { toolbar: { x: 0, y: 0, width: w, height: bar }, room: { x: 0, y: bar, width: w, height: h - bar }, roomVisible: true };
}
