/**
 * Setup for every tests/main file: `electron` is the recording fake, fresh for
 * each file. Files whose tests each need a clean fake call resetFakeElectron()
 * in their own beforeEach; a few start the app once in beforeAll and share it.
 */
import { beforeAll, vi } from 'vitest';
import { resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

beforeAll(() => {
  resetFakeElectron();
});
