/**
 * Screen sharing for rooms. Sources are listed only when a room asks and the
 * attendee allowed it in the toolbar (never ahead of time: listing windows is
 * itself sensitive, and macOS would prompt at start-up). Only a registered room's allowlisted page gets a picker; every
 * path ends in exactly one callback, and a refusal is an explicit empty answer,
 * so BBB's "share screen" never hangs. On Wayland the desktop portal has
 * already let the attendee choose, and returns just that source.
 */
import { answerOnce } from './answer-once';
import { desktopCapturer, webContents } from 'electron';
import type { BaseWindow, DesktopCapturerSource, DisplayMediaRequestHandlerHandlerRequest, Session, Streams } from 'electron';
import { decidePermission } from '../../core/rooms/permission-policy';
import { consentHostOf } from './room-permissions';
import type { RoomRegistry } from './room-registry';

export const THUMBNAIL_SIZE = { width: 320, height: 180 };

export interface DisplayMediaDeps {
  rooms: RoomRegistry;
  /** Our picker: the chosen source id, or null when cancelled. */
  pickSource: (sources: readonly DesktopCapturerSource[], parent: BaseWindow | undefined) => Promise<string | null>;
  /** The room window a WebContents belongs to, as the picker's parent. */
  windowOf: (contentsId: number) => BaseWindow | undefined;
  env?: NodeJS.ProcessEnv;
}

/** Rooms with a picker open: a second request meanwhile is refused instead of stacking pickers. */
const picking = new Set<number>();

export function isWayland(env: NodeJS.ProcessEnv): boolean {
  return env['XDG_SESSION_TYPE'] === 'wayland';
}

export function installDisplayMediaHandler(session: Session, deps: DisplayMediaDeps): void {
  session.setDisplayMediaRequestHandler(
    (request, callback) => {
      const answer = answerOnce<Streams>(callback, 'a screen-share request');
      chooseStreams(request, deps).then(answer, (error: unknown) => {
        console.warn('[rooms] screen sharing failed:', error instanceof Error ? error.message : error);
        answer({});
      });
    },
    // Our own picker everywhere; macOS 15's system picker would bypass the allowlist check above.
    { useSystemPicker: false },
  );
}

async function chooseStreams(request: DisplayMediaRequestHandlerHandlerRequest, deps: DisplayMediaDeps): Promise<Streams> {
  if (!request.videoRequested || request.frame === null) return {};
  const contents = webContents.fromFrame(request.frame);
  const context = deps.rooms.contextOf(contents?.id);
  if (!contents || !context) return {};
  const origins = [request.securityOrigin, request.frame.url].filter((value) => typeof value === 'string' && value !== '');
  const query = { permission: 'display-capture', origins };
  if (!decidePermission(query, context.trust.mediaHosts).granted) return {};
  // The attendee says yes in the toolbar first; only then are windows and screens even listed.
  const host = consentHostOf(query);
  if (host === null || !(await context.consent.ask(host, 'screen'))) return {};

  const sources = await desktopCapturer.getSources({ types: ['screen', 'window'], thumbnailSize: THUMBNAIL_SIZE, fetchWindowIcons: false });
  if (isWayland(deps.env ?? process.env)) {
    const [portalChoice] = sources;
    return portalChoice ? { video: portalChoice } : {};
  }
  if (sources.length === 0 || picking.has(contents.id)) return {};
  picking.add(contents.id);
  try {
    const chosenId = await deps.pickSource(sources, deps.windowOf(contents.id));
    const chosen = sources.find((source) => source.id === chosenId);
    return chosen ? { video: chosen } : {};
  } finally {
    picking.delete(contents.id);
  }
}
