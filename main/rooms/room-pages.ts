/** Where the room window's own pages and their preloads live once built. */
import { dirname, join } from 'node:path';
import { preloadPath } from '../paths';
import { APP_HOST, APP_SCHEME } from '../security/app-origin';

const PAGES_BASE = `${APP_SCHEME}://${APP_HOST}/rooms/`;

export const TOOLBAR_PAGE_URL = `${PAGES_BASE}toolbar.html`;
export const PICKER_PAGE_URL = `${PAGES_BASE}picker.html`;
export const toolbarPreloadPath = join(dirname(preloadPath), 'room-toolbar.cjs');
export const pickerPreloadPath = join(dirname(preloadPath), 'room-picker.cjs');

/** A frame showing one of these pages (checked on every message from them). */
export function isRoomPageUrl(raw: string | undefined, page: string): boolean {
  if (raw === undefined) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.pathname === new URL(page).pathname;
  } catch {
    return false;
  }
}
