import { describe, expect, it } from 'vitest';
import { CompanionService } from '../../core/service';
import { FeedTransportError } from '../../core/ports';
import { fakePorts } from './support/fake-ports';
import type { TestPorts } from './support/fake-ports';
import { keynote, nativeFeed, opening, panel } from './support/native-feed';

const FEED = 'https://programme.example.org/schedule.json';
const bundledFeed = nativeFeed([opening], 'Bundled Sample');

function startService(ports: TestPorts = fakePorts()) {
  const service = new CompanionService(ports, { bundledFeed, systemZone: 'America/New_York' });
  service.start();
  return { service, ports };
}

describe('CompanionService: the bundled programme', () => {
  it('starts on the bundled programme and lists its sessions', async () => {
    const { service } = startService();
    const state = await service.getState();
    expect(state.programme.conference.title).toBe('Bundled Sample');
    expect(state.programme.sessions.map((s) => s.title)).toEqual(['Opening']);
    expect(state.programme.sessions[0]?.start).toBe('2024-02-05T10:30:00Z');
    expect(state.feed.origin).toBe('bundled');
    expect(state.systemZone).toBe('America/New_York');
  });

  it('hands the system languages to the UI and remembers the language chosen in Settings', async () => {
    const ports = fakePorts();
    const first = new CompanionService(ports, { bundledFeed, systemZone: 'UTC', systemLanguages: ['de-AT', 'en'] });
    first.start();
    expect((await first.getState()).systemLanguages).toEqual(['de-AT', 'en']);
    expect((await first.getState()).settings.language).toBeNull();
    await first.updateSettings({ language: 'en' });
    const again = new CompanionService(ports, { bundledFeed, systemZone: 'UTC' });
    again.start();
    expect((await again.getState()).settings.language).toBe('en');
    expect((await again.getState()).systemLanguages).toEqual([]);
  });

  it('does not fetch anything while on the bundled programme', async () => {
    const { service, ports } = startService();
    await service.refreshFeed();
    expect(ports.transport.requests).toHaveLength(0);
    expect(ports.clock.pendingTimers()).toBe(0);
  });
});

describe('CompanionService: an organisers\u2019 feed', () => {
  it('loads a feed, caches it and reports where it came from', async () => {
    const ports = fakePorts();
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote], 'Live'), etag: '"v1"' });
    const { service } = startService(ports);
    const status = await service.setFeedUrl(FEED);
    expect(status).toMatchObject({ url: FEED, origin: 'network', error: null, lastUpdated: '2024-02-05T09:00:00Z' });
    const state = await service.getState();
    expect(state.programme.conference.title).toBe('Live');
    expect(state.settings.feedUrl).toBe(FEED);
    expect(ports.cache.get('feed')).toMatchObject({ url: FEED, etag: '"v1"' });
  });

  it('refuses feed addresses that are not https (except localhost) and keeps the programme', async () => {
    const { service, ports } = startService();
    for (const bad of ['ftp://example.org/feed', 'http://example.org/feed', 'javascript:alert(1)', 'not a url']) {
      const status = await service.setFeedUrl(bad);
      expect(status.error).toMatch(/https|web address/);
      expect(status.origin).toBe('bundled');
    }
    expect(ports.transport.requests).toHaveLength(0);
    expect((await service.getState()).settings.feedUrl).toBeNull();
  });

  it('sends the cached validators and keeps the programme on 304', async () => {
    const ports = fakePorts();
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening]), etag: '"v1"', lastModified: 'Mon, 05 Feb 2024 08:00:00 GMT' });
    ports.transport.reply({ status: 'not-modified' });
    const { service } = startService(ports);
    await service.setFeedUrl(FEED);
    ports.clock.advance(60_000);
    const status = await service.refreshFeed();
    expect(ports.transport.requests[1]).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 05 Feb 2024 08:00:00 GMT' });
    expect(status.error).toBeNull();
    expect(status.lastChecked).toBe('2024-02-05T09:01:00Z');
    expect((await service.getState()).programme.sessions).toHaveLength(1);
  });

  it('keeps the old programme and says why when the network fails', async () => {
    const ports = fakePorts();
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote]) }, new FeedTransportError('no answer within 20 s'));
    const { service } = startService(ports);
    await service.setFeedUrl(FEED);
    const status = await service.refreshFeed();
    expect(status.error).toMatch(/unreachable: no answer within 20 s\. The programme you had is still shown\./);
    expect((await service.getState()).programme.sessions).toHaveLength(2);
  });

  it('keeps the old programme when the new feed is broken or suddenly empty', async () => {
    const ports = fakePorts();
    ports.transport.reply(
      { status: 'ok', body: nativeFeed([opening, keynote]) },
      { status: 'ok', body: '{"format": "go-local-companion/1", "conference": ' },
      { status: 'ok', body: nativeFeed([]) },
    );
    const { service } = startService(ports);
    await service.setFeedUrl(FEED);
    expect((await service.refreshFeed()).error).toMatch(/could not be read: .*not valid JSON/);
    expect((await service.refreshFeed()).error).toMatch(/no sessions/);
    const state = await service.getState();
    expect(state.programme.sessions.map((s) => s.id)).toEqual(['a', 'b']);
    expect(ports.cache.get('feed')).toMatchObject({ body: nativeFeed([opening, keynote]) });
  });

  it('starts offline from the cached copy, saying when it was fetched', async () => {
    const first = fakePorts();
    first.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote], 'Cached') });
    await startService(first).service.setFeedUrl(FEED);

    const later = fakePorts(Date.parse('2024-02-06T09:00:00Z'));
    later.store.set('settings', first.store.get('settings'));
    later.cache.set('feed', first.cache.get('feed'));
    later.transport.reply(new FeedTransportError('the network or the server is unreachable'));
    const { service } = startService(later);
    const state = await service.getState();
    expect(state.programme.conference.title).toBe('Cached');
    expect(state.feed).toMatchObject({ origin: 'cache', lastUpdated: '2024-02-05T09:00:00Z' });
    const status = await service.refreshFeed();
    expect(status.origin).toBe('cache');
    expect(status.error).toMatch(/unreachable/);
  });

  it('falls back to the bundled programme when the cache is unreadable', async () => {
    const ports = fakePorts();
    ports.store.set('settings', { feedUrl: FEED });
    ports.cache.set('feed', { url: FEED, body: 'garbage', fetchedAt: '2024-02-05T09:00:00Z' });
    const { service } = startService(ports);
    const state = await service.getState();
    expect(state.programme.conference.title).toBe('Bundled Sample');
    expect(ports.cache.get('feed')).toBeUndefined();
  });

  it('refreshes on its interval and only once at a time', async () => {
    const ports = fakePorts();
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening]) }, { status: 'not-modified' }, { status: 'not-modified' });
    const { service } = startService(ports);
    await service.setFeedUrl(FEED);
    const [a, b] = [service.refreshFeed(), service.refreshFeed()];
    expect(a).toBe(b);
    await a;
    expect(ports.transport.requests).toHaveLength(2);
    ports.clock.advance(30 * 60_000);
    await Promise.resolve();
    expect(ports.transport.requests).toHaveLength(3);
  });

  it('reports what changed between two versions of the same feed, and remembers it', async () => {
    const ports = fakePorts();
    const moved = { ...keynote, start: '2024-02-05T12:30:00+01:00', end: '2024-02-05T13:00:00+01:00' };
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote]) }, { status: 'ok', body: nativeFeed([moved, panel]) });
    const { service } = startService(ports);
    const seen: unknown[] = [];
    service.events.on('changesChanged', (report) => seen.push(report));
    await service.setFeedUrl(FEED);
    expect((await service.getState()).changes).toBeNull();
    await service.refreshFeed();
    const changes = (await service.getState()).changes?.changes ?? [];
    expect(changes.map((c) => [c.sessionId, c.kinds])).toEqual([
      ['a', ['removed']],
      ['b', ['moved-time']],
      ['c', ['added']],
    ]);
    expect(seen.at(-1)).toMatchObject({ at: '2024-02-05T09:00:00Z' });

    const restarted = fakePorts();
    restarted.store.set('settings', ports.store.get('settings'));
    restarted.cache.set('feed', ports.cache.get('feed'));
    restarted.cache.set('changes', ports.cache.get('changes'));
    const again = startService(restarted).service;
    expect((await again.getState()).changes?.changes).toHaveLength(3);
  });
});

describe('CompanionService: settings and links', () => {
  it('keeps valid stored settings and repairs damaged ones', async () => {
    const ports = fakePorts();
    ports.store.set('settings', { displayZone: 'Asia/Kathmandu', theme: 'neon', reminderMinutes: -5 });
    const { service } = startService(ports);
    const { settings } = await service.getState();
    expect(settings).toMatchObject({ displayZone: 'Asia/Kathmandu', theme: 'system', reminderMinutes: 10 });
  });

  it('saves settings and tells listeners', async () => {
    const { service, ports } = startService();
    const seen: string[] = [];
    service.events.on('settingsChanged', (s) => seen.push(s.dayGrouping));
    await service.updateSettings({ dayGrouping: 'event' });
    expect(seen).toEqual(['event']);
    expect(ports.store.get('settings')).toMatchObject({ dayGrouping: 'event' });
  });

  it('opens only http(s) and mailto links', async () => {
    const { service, ports } = startService();
    expect(await service.openLink('https://example.org/a')).toBe(true);
    expect(await service.openLink('mailto:team@example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'vbscript:x', 'https://user:pw@example.org/']) {
      expect(await service.openLink(bad)).toBe(false);
    }
    expect(ports.opened).toEqual(['https://example.org/a', 'mailto:team@example.org']);
  });
});

describe('CompanionService: joining a room', () => {
  const roomFeed = JSON.stringify({
    format: 'go-local-companion/1',
    conference: { title: 'Rooms', timeZone: 'Europe/Vienna', roomHosts: ['node1.bbb.example.org'] },
    sessions: [
      {
        id: 'wg',
        title: 'Working group',
        start: '2024-02-05T13:20:00+01:00',
        end: '2024-02-05T15:00:00+01:00',
        room: { name: 'Room A', url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join', kind: 'bbb' },
      },
      { id: 'lunch', title: 'Lunch', start: '2024-02-05T12:50:00+01:00', end: '2024-02-05T13:20:00+01:00', room: { name: '', url: null, kind: 'unknown' } },
    ],
  });

  function roomService(nowIso: string, extraRoomHosts: string[] = []) {
    const ports = fakePorts(Date.parse(nowIso));
    const rooms: unknown[] = [];
    ports.rooms = { open: async (room) => void rooms.push(room) };
    ports.store.set('settings', { extraRoomHosts });
    const service = new CompanionService(ports, { bundledFeed: roomFeed, systemZone: 'Europe/Vienna' });
    service.start();
    return { service, rooms };
  }

  it('refuses before the join window, naming the time the room opens', async () => {
    const { service, rooms } = roomService('2024-02-05T12:00:00Z');
    expect(await service.joinRoom('wg')).toEqual({ ok: false, reason: 'The room opens at 13:10, 10 minutes before the start.' });
    expect(rooms).toEqual([]);
  });

  it('opens the room from ten minutes before, with its own hosts only (feed roomHosts for navigation only)', async () => {
    const { service, rooms } = roomService('2024-02-05T12:10:00Z', ['bbb2.example.net']);
    expect(await service.joinRoom('wg')).toEqual({ ok: true });
    expect(rooms).toEqual([
      {
        url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join',
        title: 'Working group',
        sessionId: 'wg',
        trustedHosts: ['bbb.example.org', 'bbb2.example.net'],
        navigationHosts: ['node1.bbb.example.org'],
      },
    ]);
  });

  it('stays joinable 15 minutes after the end by default, then refuses', async () => {
    expect(await roomService('2024-02-05T14:14:00Z').service.joinRoom('wg')).toEqual({ ok: true });
    const { service, rooms } = roomService('2024-02-05T14:15:00Z');
    expect(await service.joinRoom('wg')).toEqual({ ok: false, reason: 'This session has ended; its room is no longer offered.' });
    expect(rooms).toEqual([]);
  });

  it('follows the setting for how long rooms stay open after the end', async () => {
    const ports = fakePorts(Date.parse('2024-02-05T14:40:00Z'));
    const rooms: unknown[] = [];
    ports.rooms = { open: async (room) => void rooms.push(room) };
    ports.store.set('settings', { roomsOpenAfterEndMinutes: 60 });
    const service = new CompanionService(ports, { bundledFeed: roomFeed, systemZone: 'Europe/Vienna' });
    service.start();
    expect(await service.joinRoom('wg')).toEqual({ ok: true });
    expect(rooms).toHaveLength(1);
  });

  it('says why when there is no room or no session', async () => {
    const { service } = roomService('2024-02-05T12:10:00Z');
    expect(await service.joinRoom('lunch')).toEqual({ ok: false, reason: 'This session has no online room.' });
    expect(await service.joinRoom('gone')).toEqual({ ok: false, reason: 'This session is no longer in the programme.' });
  });
});

describe('CompanionService: a damaged settings file', () => {
  it('restores the settings from their mirror copy and says so', async () => {
    const first = fakePorts();
    first.transport.reply({ status: 'ok', body: nativeFeed([opening]) });
    const { service } = startService(first);
    await service.setFeedUrl(FEED);
    await service.updateSettings({ displayZone: 'Asia/Kathmandu', reminderMinutes: 15 });

    // The settings file was lost (or replaced after a crash); the cache store still holds the mirror.
    const later = fakePorts();
    later.cache.set('settings-mirror', first.cache.get('settings-mirror'));
    later.cache.set('feed', first.cache.get('feed'));
    const again = startService(later).service;
    const state = await again.getState();
    expect(state.settings).toMatchObject({ feedUrl: FEED, displayZone: 'Asia/Kathmandu', reminderMinutes: 15 });
    expect(state.notice).toEqual([{ kind: 'settings-restored' }]);
    expect(later.store.get('settings')).toMatchObject({ feedUrl: FEED });
  });

  it('says nothing when the settings file is fine', async () => {
    const ports = fakePorts();
    const { service } = startService(ports);
    await service.updateSettings({ theme: 'dark' });
    const again = fakePorts();
    again.store.set('settings', ports.store.get('settings'));
    again.cache.set('settings-mirror', ports.cache.get('settings-mirror'));
    expect((await startService(again).service.getState()).notice).toBeNull();
  });
});

describe('CompanionService: remembered room permissions', () => {
  it('lists what the room windows remembered and revokes one answer at a time', async () => {
    const ports = fakePorts();
    const service = new CompanionService(ports, { bundledFeed: nativeFeed([opening]), systemZone: 'Europe/Vienna' });
    service.start();
    expect(await service.listRoomPermissions()).toEqual([]);
    service.roomConsents.remember('bbb.example.org', 'media', true);
    service.roomConsents.remember('bbb.example.org', 'screen', false);
    expect(await service.listRoomPermissions()).toEqual([
      { host: 'bbb.example.org', kind: 'media', allowed: true },
      { host: 'bbb.example.org', kind: 'screen', allowed: false },
    ]);
    expect(await service.revokeRoomPermission('bbb.example.org', 'media')).toEqual([{ host: 'bbb.example.org', kind: 'screen', allowed: false }]);
    expect(service.roomConsents.answerFor('bbb.example.org', 'media')).toBeUndefined();
  });
});
