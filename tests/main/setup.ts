/**
 * Setup for every tests/main file: `electron` is the recording fake, and each
 * test gets a new one (createFakeElectron), so nothing one test leaves in it
 * reaches the next. The file's beforeAll gets one too; a file that starts the
 * app once and checks it in several tests calls shareOneFakeElectron().
 */
import { beforeAll, beforeEach, vi } from 'vitest';
import { createFakeElectron, useFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

beforeAll(() => useFakeElectron(createFakeElectron()));
beforeEach(() => useFakeElectron(createFakeElectron()));
