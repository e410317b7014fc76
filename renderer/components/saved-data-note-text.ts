/** A saved-data note (core/storage/saved-data-note.ts) in the attendee's language. */
import type { TFunction } from 'i18next';
import type { SavedDataNote } from '../../core/storage/saved-data-note';

export function savedDataNoteText(t: TFunction, note: SavedDataNote): string {
  switch (note.kind) {
    case 'settings-file-damaged':
      return t('notices.saved.settingsFileDamaged', { path: note.keptAt });
    case 'settings-restored':
      return t('notices.saved.settingsRestored');
    case 'bookmarks-restored':
      return t('notices.saved.bookmarksRestored', { count: note.count });
    case 'bookmarks-skipped':
      return t('notices.saved.bookmarksSkipped', { count: note.count });
  }
}
