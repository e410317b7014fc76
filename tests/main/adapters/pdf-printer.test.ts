import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createPdfPrinter } from '../../../main/adapters/pdf-printer';

describe('PDF printer', () => {
  it('prints the main window to A4 and hands the bytes to the file saver', async () => {
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
    const window = { webContents: { printToPDF } } as unknown as BrowserWindow;
    const save = vi.fn(async () => true);
    const printer = createPdfPrinter(() => window, { save });
    expect(await printer.print('my-schedule.pdf')).toBe(true);
    expect(printToPDF).toHaveBeenCalledWith({ printBackground: false, pageSize: 'A4', preferCSSPageSize: true });
    expect(save).toHaveBeenCalledWith({ suggestedName: 'my-schedule.pdf', mimeType: 'application/pdf', content: new Uint8Array(Buffer.from('%PDF-1.7 fake')) });
  });

  it('does nothing without a window, and reports a cancelled save', async () => {
    const save = vi.fn(async () => false);
    expect(await createPdfPrinter(() => undefined, { save }).print('x.pdf')).toBe(false);
    expect(save).not.toHaveBeenCalled();
    const window = { webContents: { printToPDF: async () => Buffer.from('%PDF') } } as unknown as BrowserWindow;
    expect(await createPdfPrinter(() => window, { save }).print('x.pdf')).toBe(false);
  });
});
