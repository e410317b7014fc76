import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BrowserWindow, FileFilter } from 'electron';
import { app, dialog } from 'electron';
import type { FileSaver } from '../../core/ports';
import { mainLanguage } from '../i18n/main-language';
import type { MainLanguage, MessageKey } from '../i18n/main-language';

/** The dialog's file types, named in the attendee's language when the dialog opens. */
const FILTERS: Record<string, { name: MessageKey; extensions: string[] }> = {
  'text/calendar': { name: 'dialog.filter.calendar', extensions: ['ics'] },
  'application/json': { name: 'dialog.filter.json', extensions: ['json'] },
  'application/pdf': { name: 'dialog.filter.pdf', extensions: ['pdf'] },
};

function filtersFor(mimeType: string, { t }: MainLanguage): FileFilter[] {
  const filter = FILTERS[mimeType];
  return filter ? [{ name: t(filter.name), extensions: filter.extensions }, { name: t('dialog.filter.all'), extensions: ['*'] }] : [];
}

/**
 * Saves through the native dialog, so the attendee chooses where it goes. The
 * suggested name may come from feed text: only its last path segment is used.
 */
export function createFileSaver(parent: () => BrowserWindow | undefined, language: MainLanguage = mainLanguage): FileSaver {
  return {
    async save({ suggestedName, mimeType, content }) {
      const options = {
        defaultPath: join(app.getPath('downloads'), safeFileName(suggestedName)),
        filters: filtersFor(mimeType, language),
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return false;
      await (typeof content === 'string' ? writeFile(result.filePath, content, 'utf8') : writeFile(result.filePath, content));
      return true;
    },
  };
}

export function safeFileName(name: string): string {
  const last = basename(name.replaceAll('\\', '/'));
  const cleaned = last.replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'download' : cleaned;
}
