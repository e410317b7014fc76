import type { LinkOpener } from '../../core/ports';
import { openExternalSafely } from '../security/open-external';

/** The service vets links already; the helper checks again because it is the last step before the OS. */
export const linkOpener: LinkOpener = {
  async openExternal(url) {
    await openExternalSafely(url);
  },
};
