/**
 * What a room page may use: camera and microphone, screen sharing, fullscreen
 * and writing to the clipboard (BBB's "copy invitation" and chat copy), and only
 * when every origin involved in the request is https on the room allowlist.
 * Everything else (geolocation, notifications, MIDI, HID, serial, USB,
 * openExternal, pointer lock, reading the clipboard, ...) is refused.
 *
 * Electron describes the same question in two shapes: the request handler
 * (permission, details with requestingUrl and mediaTypes) and the check handler
 * (permission, requestingOrigin, details with mediaType). Both are reduced to one
 * PermissionQuery here so a single rule answers both.
 */
import { isAllowedHttpsUrl } from './host-allowlist';

export const ROOM_PERMISSIONS: readonly string[] = ['media', 'display-capture', 'fullscreen', 'clipboard-sanitized-write'];
const MEDIA_TYPES: readonly string[] = ['audio', 'video'];

export interface PermissionQuery {
  permission: string;
  /** Every URL or origin Electron named for this request; all must be allowed, and there must be one. */
  origins: string[];
  /** For media: what the page asked for ('audio', 'video', or Electron's 'unknown'). */
  mediaTypes?: string[];
}

export interface PermissionVerdict {
  granted: boolean;
  reason: string;
}

/** The fields of Electron's request-handler details we use (PermissionRequest / MediaAccessPermissionRequest). */
export interface RequestDetailsShape {
  requestingUrl?: string;
  securityOrigin?: string;
  mediaTypes?: readonly string[];
}

/** The fields of Electron's PermissionCheckHandlerHandlerDetails we use. */
export interface CheckDetailsShape {
  requestingUrl?: string;
  securityOrigin?: string;
  embeddingOrigin?: string;
  mediaType?: string;
}

export function queryFromRequest(permission: string, details: RequestDetailsShape | undefined): PermissionQuery {
  const origins = present([details?.requestingUrl, details?.securityOrigin]);
  const query: PermissionQuery = { permission, origins };
  if (details?.mediaTypes !== undefined) query.mediaTypes = [...details.mediaTypes];
  return query;
}

export function queryFromCheck(permission: string, requestingOrigin: string | undefined, details: CheckDetailsShape | undefined): PermissionQuery {
  const origins = present([requestingOrigin, details?.requestingUrl, details?.securityOrigin, details?.embeddingOrigin]);
  const query: PermissionQuery = { permission, origins };
  if (details?.mediaType !== undefined) query.mediaTypes = [details.mediaType];
  return query;
}

export function decidePermission(query: PermissionQuery, allowedHosts: readonly string[]): PermissionVerdict {
  if (!ROOM_PERMISSIONS.includes(query.permission)) return deny('a room never needs this permission');
  if (query.origins.length === 0) return deny('the request names no origin');
  if (!query.origins.every((origin) => isAllowedHttpsUrl(origin, allowedHosts))) return deny('the page is not an https room host');
  if (query.permission === 'media') {
    const types = query.mediaTypes ?? [];
    if (types.length === 0 || !types.every((type) => MEDIA_TYPES.includes(type))) return deny('only camera and microphone are offered');
  }
  if (query.permission === 'display-capture' && query.mediaTypes && !query.mediaTypes.every((type) => MEDIA_TYPES.includes(type))) {
    return deny('only screen video and audio are offered');
  }
  return { granted: true, reason: 'a room host' };
}

function present(values: (string | undefined)[]): string[] {
  // Electron passes '' rather than undefined for some absent fields; an empty origin proves nothing either way.
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}

function deny(reason: string): PermissionVerdict {
  return { granted: false, reason };
}
