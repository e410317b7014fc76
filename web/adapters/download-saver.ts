/** FileSaver in a browser: a download of a Blob. The browser decides where it goes. */
import type { FileSaver } from '../../core/ports';

export class DownloadSaver implements FileSaver {
  async save(file: { suggestedName: string; mimeType: string; content: string | Uint8Array }): Promise<boolean> {
    const part: BlobPart = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
    const url = URL.createObjectURL(new Blob([part], { type: file.mimeType }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = file.suggestedName;
    anchor.rel = 'noopener';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  }
}
