import { shell } from 'electron';
import { checkExternalLink } from '../../core/links';

/**
 * The only door from the app to the system browser. Links come from feed text
 * and page requests, so anything but http(s) and mailto (after URL parsing) is
 * refused: file:, javascript:, data: and custom schemes can launch local programs.
 */
export async function openExternalSafely(raw: string): Promise<boolean> {
  const verdict = checkExternalLink(raw);
  if (!verdict.ok) {
    console.warn('[open-external] refused a link that is not http(s) or mailto');
    return false;
  }
  try {
    await shell.openExternal(verdict.url);
    return true;
  } catch (error) {
    console.warn('[open-external] the system could not open the link:', error instanceof Error ? error.message : error);
    return false;
  }
}
