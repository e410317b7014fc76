import type { WebPreferences } from 'electron';

/**
 * The security baseline every window and view starts from (DESIGN.md §2): the
 * page gets at most the preload's named bridge, never Node or Electron.
 * Spellcheck is off because it fetches dictionaries from Google's servers,
 * which locked-down networks block and attendees do not need here.
 */
export function secureWebPreferences(extra: WebPreferences = {}): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
    ...extra,
  };
}
