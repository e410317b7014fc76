import type { SchedulePrinter } from '../../core/ports';

/** The browser's own print dialog, which also offers "Save as PDF"; the print stylesheet shapes the page. */
export class BrowserPrinter implements SchedulePrinter {
  async print(): Promise<boolean> {
    window.print();
    return true;
  }
}
