/**
 * Which view the app frame is showing, in words, and what "Back to the
 * programme list" must undo so that the same failure does not come back,
 * even after a reload: the layout is a saved setting and the programme is
 * cached, so a timeline that cannot be drawn would be drawn again at start.
 */
import type { ProgrammeLayout } from '../../core/settings';
import type { Route } from '../hooks/use-hash-route';

/** Which view failed (its words for the attendee are VIEW_NAME_KEYS; this name goes to the log). */
export type ViewName =
  | 'programme list'
  | 'timeline'
  | 'search results'
  | 'session page'
  | 'Now & next view'
  | 'My schedule view'
  | 'list of changes'
  | 'settings page';

export function viewName(route: Route, layout: ProgrammeLayout, searching: boolean): ViewName {
  switch (route.view) {
    case 'programme':
      return searching ? 'search results' : layout === 'timeline' ? 'timeline' : 'programme list';
    case 'session':
      return 'session page';
    case 'now':
      return 'Now & next view';
    case 'my':
      return 'My schedule view';
    case 'changes':
      return 'list of changes';
    case 'settings':
      return 'settings page';
  }
}

/** The catalogue key naming each view in the failure message ("the timeline ran into a TypeError"). */
export const VIEW_NAME_KEYS: Record<ViewName, string> = {
  'programme list': 'viewFailure.view.programmeList',
  timeline: 'viewFailure.view.timeline',
  'search results': 'viewFailure.view.searchResults',
  'session page': 'viewFailure.view.sessionPage',
  'Now & next view': 'viewFailure.view.now',
  'My schedule view': 'viewFailure.view.my',
  'list of changes': 'viewFailure.view.changes',
  'settings page': 'viewFailure.view.settings',
};

export interface WayBack {
  /** Save the list layout: the timeline failed, and would fail again after a reload. */
  switchToList: boolean;
  /** Empty the search box: the results failed, and would be shown again on the programme. */
  clearSearch: boolean;
}

export function wayBack(failed: ViewName): WayBack {
  return { switchToList: failed === 'timeline', clearSearch: failed === 'search results' };
}

/** An error's name ("TypeError") when it looks like one, never its text (it may quote feed or storage content); null otherwise. */
export function errorName(error: unknown): string | null {
  const name = error instanceof Error ? error.name : '';
  return /^[A-Z][A-Za-z]{0,40}Error$/.test(name) ? name : null;
}

/** The kind of error in English words ("a TypeError", "an unexpected error"), as the log and the English message say it. */
export function errorKind(error: unknown): string {
  const name = errorName(error);
  if (name === null) return 'an unexpected error';
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}
