/**
 * Serving the built room pages (out/renderer/rooms, from `npm run build`) to Chromium, and translating
 * as main does, for the room page specs. Main hands those pages every word: a spec makes the same
 * words from the catalogues and main's own text builders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import IntlMessageFormat from 'intl-messageformat';
import { languageOf } from '../../../core/i18n/languages';
import type { MainLanguage, MessageValues, Translate } from '../../../main/i18n/main-language';

export const ROOM_PAGES = join(process.cwd(), 'out', 'renderer', 'rooms');
export const ROOM_PAGES_BASE = 'https://room-pages.test/rooms/';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Answers the page's requests under ROOM_PAGES_BASE from the built files. */
export async function serveRoomPages(page: Page): Promise<void> {
  await page.route(`${ROOM_PAGES_BASE}**`, async (route) => {
    const path = normalize(new URL(route.request().url()).pathname.replace(/^\/rooms\//, ''));
    const file = join(ROOM_PAGES, path);
    if (path.startsWith('..') || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
}

/** What main's language gives a page in this language (the catalogue read as a file: Playwright's loader takes no JSON modules). */
export function languageAs(code: string): Pick<MainLanguage, 't' | 'code' | 'dir'> {
  const catalogue = JSON.parse(readFileSync(join(process.cwd(), 'core', 'i18n', 'locales', `${code}.json`), 'utf8')) as Record<string, string>;
  const t: Translate = (key, values?: MessageValues) => String(new IntlMessageFormat(catalogue[key] ?? key, code).format(values));
  return { t, code, dir: languageOf(code).dir };
}
