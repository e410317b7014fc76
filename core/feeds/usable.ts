/**
 * The one rule for "usable" that the app and the feed checker share: a feed
 * that yields no session is never usable, whatever its format made of it
 * (an unknown shape can parse cleanly into nothing).
 */
import type { ParseResult } from './types';
import { isNoZoneNote } from './feed-zone';

/** Why this result must not replace a programme, or null when it may; `replacing` when sessions are on screen now. */
export function unusableReason(result: ParseResult, replacing = false): string | null {
  if (result.programme.sessions.length > 0) return null;
  const lists = replacing ? 'the feed now lists' : 'the feed lists';
  // The note about a missing zone comes with most such feeds but says nothing about their sessions.
  const left = result.warnings.filter((w) => !isNoZoneNote(w)).length;
  return left === 0 ? `${lists} no sessions` : `${lists} no sessions it can show (${left} warning(s) say why)`;
}
