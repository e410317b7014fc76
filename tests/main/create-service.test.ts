/** The app's service and its room windows share one store of remembered device answers: what Settings revokes, rooms forget. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCompanionService } from '../../main/create-service';
import { openStores } from '../../main/adapters/stores';
import { openRooms } from '../../main/rooms/room-registry';
import { nativeFeed, opening } from '../core/support/native-feed';
import { app } from './fake-electron';


let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'glc-service-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

it('hands the service’s remembered room answers to the room windows, so a revocation counts there at once', async () => {
  const service = createCompanionService({ stores: openStores(directory), bundledFeed: nativeFeed([opening]), parentWindow: () => undefined });
  service.start();
  openRooms.consents.remember('bbb.example.org', 'media', true);
  expect(await service.listRoomPermissions()).toEqual([{ host: 'bbb.example.org', kind: 'media', allowed: true }]);
  await service.revokeRoomPermission('bbb.example.org', 'media');
  expect(openRooms.consents.answerFor('bbb.example.org', 'media')).toBeUndefined();
  service.stop();
});

it('hands the system’s preferred languages to the service, or the app’s locale when the system lists none', async () => {
  app.preferredSystemLanguages = ['de-AT', 'en-GB'];
  const listed = createCompanionService({ stores: openStores(directory), bundledFeed: nativeFeed([opening]), parentWindow: () => undefined });
  expect((await listed.getState()).systemLanguages).toEqual(['de-AT', 'en-GB']);
  app.preferredSystemLanguages = [];
  app.locale = 'fr';
  const unlisted = createCompanionService({ stores: openStores(directory), bundledFeed: nativeFeed([opening]), parentWindow: () => undefined });
  expect((await unlisted.getState()).systemLanguages).toEqual(['fr']);
});
