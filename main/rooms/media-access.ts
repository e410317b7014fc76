/**
 * macOS keeps its own camera and microphone consent per app. Asking right
 * before the first grant (not at start-up) shows the system prompt when the
 * attendee actually joins with a camera or microphone; the usage strings come
 * from electron-builder.yml. Elsewhere the OS does not ask apps, so this is a no-op.
 */
import { systemPreferences } from 'electron';

const DEVICES: Record<string, 'camera' | 'microphone'> = { video: 'camera', audio: 'microphone' };

export async function osAllowsMedia(mediaTypes: readonly string[], platform: NodeJS.Platform = process.platform): Promise<boolean> {
  if (platform !== 'darwin') return true;
  for (const type of mediaTypes) {
    const device = DEVICES[type];
    if (device === undefined) return false;
    if (systemPreferences.getMediaAccessStatus(device) === 'granted') continue;
    // Resolves false at once when the attendee said no before; macOS prompts only once.
    if (!(await systemPreferences.askForMediaAccess(device))) return false;
  }
  return true;
}
