import type { BrowserWindow } from 'electron';
import type { FileSaver, SchedulePrinter } from '../../core/ports';

/**
 * My schedule as a PDF: the main window's page printed by Chromium (the
 * renderer's print stylesheet drops navigation and controls), saved where the
 * attendee chooses.
 */
export function createPdfPrinter(window: () => BrowserWindow | undefined, files: FileSaver): SchedulePrinter {
  return {
    async print(suggestedName) {
      const target = window();
      if (!target) return false;
      const pdf = await target.webContents.printToPDF({ printBackground: false, pageSize: 'A4', preferCSSPageSize: true });
      return files.save({ suggestedName, mimeType: 'application/pdf', content: new Uint8Array(pdf) });
    },
  };
}
