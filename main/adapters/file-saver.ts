import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BrowserWindow, FileFilter } from 'electron';
import { app, dialog } from 'electron';
import type { FileSaver } from '../../core/ports';

const FILTERS: Record<string, FileFilter> = {
  'text/calendar': { name: 'Calendar', extensions: ['ics'] },
  'application/json': { name: 'JSON', extensions: ['json'] },
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
};

/**
 * Saves through the native dialog, so the attendee chooses where it goes. The
 * suggested name may come from feed text: only its last path segment is used.
 */
export function createFileSaver(parent: () => BrowserWindow | undefined): FileSaver {
  return {
    async save({ suggestedName, mimeType, content }) {
      const filter = FILTERS[mimeType];
      const options = {
        defaultPath: join(app.getPath('downloads'), safeFileName(suggestedName)),
        filters: filter ? [filter, { name: 'All files', extensions: ['*'] }] : [],
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
