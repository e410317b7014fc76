import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED, RoomConsents, isConsentKind } from '../../../core/rooms/room-consents';
import { MemoryStore } from '../support/fake-ports';

describe('RoomConsents: remembered answers per host and kind', () => {
  it('remembers an answer per host and kind, and forgets it on revoke', () => {
    const store = new MemoryStore();
    const consents = new RoomConsents(store);
    expect(consents.answerFor('bbb.example.org', 'media')).toBeUndefined();
    consents.remember('BBB.example.org', 'media', true);
    consents.remember('bbb.example.org', 'screen', false);
    expect(consents.answerFor('bbb.example.org', 'media')).toBe(true);
    expect(consents.answerFor('bbb.example.org', 'screen')).toBe(false);
    expect(consents.answerFor('node1.bbb.example.org', 'media')).toBeUndefined();
    expect(new RoomConsents(store).list()).toEqual([
      { host: 'bbb.example.org', kind: 'media', allowed: true },
      { host: 'bbb.example.org', kind: 'screen', allowed: false },
    ]);
    expect(consents.revoke('bbb.example.org', 'media')).toBe(true);
    expect(consents.revoke('bbb.example.org', 'media')).toBe(false);
    expect(new RoomConsents(store).answerFor('bbb.example.org', 'media')).toBeUndefined();
  });

  it('a new answer replaces the old one for the same host and kind', () => {
    const consents = new RoomConsents(new MemoryStore());
    consents.remember('bbb.example.org', 'media', true);
    consents.remember('bbb.example.org', 'media', false);
    expect(consents.list()).toEqual([{ host: 'bbb.example.org', kind: 'media', allowed: false }]);
  });

  it('keeps only the valid entries of a damaged store, and never more than its bound', () => {
    const store = new MemoryStore();
    store.set('room-permissions', [
      { host: 'bbb.example.org', kind: 'media', allowed: true },
      { host: 'https://evil.example.net/', kind: 'media', allowed: true },
      { host: 'bbb.example.org', kind: 'geolocation', allowed: true },
      { host: 'bbb.example.org', kind: 'screen', allowed: 'yes' },
      null,
      'bbb.example.org',
    ]);
    expect(new RoomConsents(store).list()).toEqual([{ host: 'bbb.example.org', kind: 'media', allowed: true }]);
    store.set('room-permissions', { not: 'a list' });
    expect(new RoomConsents(store).list()).toEqual([]);

    const consents = new RoomConsents(store);
    for (let i = 0; i < MAX_REMEMBERED + 5; i++) consents.remember(`h${i}.example.org`, 'media', true);
    expect(consents.list()).toHaveLength(MAX_REMEMBERED);
    // The oldest answers go first.
    expect(consents.answerFor('h0.example.org', 'media')).toBeUndefined();
    expect(consents.answerFor(`h${MAX_REMEMBERED + 4}.example.org`, 'media')).toBe(true);
  });

  it('refuses to remember a host that is not a bare host', () => {
    const consents = new RoomConsents(new MemoryStore());
    consents.remember('https://bbb.example.org/path', 'media', true);
    expect(consents.list()).toEqual([]);
    expect(isConsentKind('media') && isConsentKind('screen') && !isConsentKind('camera')).toBe(true);
  });
});
