/**
 * Every way the room page can fail to show, turned into a RoomStatus for the
 * overlay: a failed main-frame load (offline, DNS, certificate, server error),
 * a crashed renderer, or a hung page. Aborted loads are ours (a blocked
 * navigation) and are not failures.
 */
import type { WebContents } from 'electron';
import { ABORTED, statusForCrash, statusForLoadFailure, statusForUnresponsive } from './room-status';
import type { RoomStatus } from './room-status';

export interface RoomFailureHandlers {
  failed(status: RoomStatus): void;
  /** The page answers again after being unresponsive. */
  recovered(): void;
}

export function watchRoomFailures(contents: WebContents, handlers: RoomFailureHandlers): void {
  contents.on('did-fail-load', (_event: unknown, errorCode: number, _description: string, _url: string, isMainFrame: boolean) => {
    if (!isMainFrame || errorCode === ABORTED) return;
    handlers.failed(statusForLoadFailure(errorCode));
  });
  contents.on('render-process-gone', (_event: unknown, details: { reason: string }) => {
    // clean-exit happens when we close the window ourselves.
    if (details.reason !== 'clean-exit') handlers.failed(statusForCrash());
  });
  contents.on('unresponsive', () => handlers.failed(statusForUnresponsive()));
  contents.on('responsive', () => handlers.recovered());
}
