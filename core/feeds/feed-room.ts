/**
 * A Room from what a feed says about it. The link itself is checked later
 * (finishProgramme applies the room-URL rules); here we only decide the kind.
 */
import type { Room, RoomKind } from '../programme/model';

/** Greenlight room paths (/rooms/abc-def-ghi-jkl/join, /b/abc-def-ghi) mark a BigBlueButton room. */
const GREENLIGHT_PATH = /^\/(?:rooms\/[a-z0-9-]+(?:\/join)?|b\/[a-z0-9-]+)\/?$/i;

function kindFromUrl(url: string): RoomKind {
  try {
    return GREENLIGHT_PATH.test(new URL(url).pathname) ? 'bbb' : 'online';
  } catch {
    return 'online';
  }
}

/** c3voc room types (schedule2 "bbb", "online", "lecturehall"…, also upper-case LECTURE_HALL). */
function kindFromType(type: string): RoomKind | null {
  const normal = type.toLowerCase().replace(/[^a-z]/g, '');
  if (normal === 'bbb' || normal === 'bigbluebutton') return 'bbb';
  if (normal === 'online' || normal === 'virtual') return 'online';
  if (['lecturehall', 'stage', 'workshop', 'outside', 'hangar', 'project', 'physical'].includes(normal)) return 'physical';
  return null;
}

export function feedRoom(name: string, url: string | null | undefined, type = ''): Room {
  const link = url && url.trim() !== '' ? url.trim() : null;
  const stated = type ? kindFromType(type) : null;
  if (link) return { name, url: link, kind: stated === 'bbb' || stated === 'online' ? stated : kindFromUrl(link) };
  return { name, url: null, kind: stated ?? 'unknown' };
}

/**
 * One Room per name, for feeds whose rooms carry no link: sessions share the
 * object (the model is never mutated) instead of each allocating its own.
 */
export function roomsByName(): (name: string) => Room {
  const rooms = new Map<string, Room>();
  return (name) => {
    let room = rooms.get(name);
    if (!room) rooms.set(name, (room = feedRoom(name, null)));
    return room;
  };
}
