/** The app edition: CompanionApi lives in the main process and arrives through the preload bridge. */
import type { CompanionApi } from '../../core/api';

declare global {
  interface Window {
    companion?: CompanionApi;
  }
}

export async function createPlatform(): Promise<CompanionApi> {
  if (!window.companion) throw new Error('The preload bridge is missing: this page must run inside Go Local Companion.');
  return window.companion;
}

export const platformName = 'app' as const;
