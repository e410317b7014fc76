import type { IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import type { AppOrigin } from '../security/app-origin';
import { isOwnPageUrl } from '../security/app-origin';

export interface SenderPolicy {
  origin: AppOrigin;
  /** The WebContents of our own windows (see OwnWindows). */
  ownContents: () => readonly WebContents[];
}

/**
 * Whether an IPC call comes from our own page: the top frame of one of our
 * windows, currently showing app://companion (or the dev server). A subframe, a
 * page that navigated elsewhere or any other WebContents is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, policy: SenderPolicy): boolean {
  const frame = senderFrameOf(event);
  if (frame === null) return false;
  if (frame.parent !== null) return false;
  if (!policy.ownContents().includes(event.sender)) return false;
  return isOwnPageUrl(frame.url, policy.origin);
}

function senderFrameOf(event: IpcMainInvokeEvent): WebFrameMain | null {
  try {
    // Electron returns null (and can throw while tearing down) once the frame has navigated or been destroyed.
    return event.senderFrame ?? null;
  } catch {
    return null;
  }
}
