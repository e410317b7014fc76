import { describe, expect, it } from 'vitest';
import { CompanionService } from '../../core/service';
import type { Notification } from '../../core/ports';
import { fakePorts } from './support/fake-ports';
import type { TestPorts } from './support/fake-ports';
import { keynote, nativeFeed, opening, panel } from './support/native-feed';

const FEED = 'https://programme.example.org/schedule.json';
// 2024-02-05 09:00Z = 10:00 in Graz; opening is 11:30 Graz (10:30Z), keynote 12:00, panel 13:00.
const NOW = Date.parse('2024-02-05T09:00:00Z');

function start(ports: TestPorts) {
  const shown: { notification: Notification; click: () => void }[] = [];
  ports.notifier = { notify: (notification, click) => shown.push({ notification, click }) };
  const service = new CompanionService(ports, { bundledFeed: nativeFeed([opening, keynote, panel]), systemZone: 'America/New_York' });
  service.start();
  return { service, shown };
}

const ids = async (service: CompanionService) => (await service.getState()).bookmarks.map((b) => b.sessionId);

describe('bookmarks in the service', () => {
  it('bookmarks, survives a restart, and unbookmarks', async () => {
    const ports = fakePorts(NOW);
    const { service } = start(ports);
    const seen: string[][] = [];
    service.events.on('bookmarksChanged', (list) => seen.push(list.map((b) => b.sessionId)));
    await service.setBookmark('a', true);
    await service.setBookmark('c', true);
    await service.setBookmark('no-such-session', true);
    expect(seen.at(-1)).toEqual(['a', 'c']);

    const restarted = fakePorts(NOW);
    restarted.store.set('bookmarks', ports.store.get('bookmarks'));
    const again = start(restarted).service;
    expect(await ids(again)).toEqual(['a', 'c']);
    await again.setBookmark('a', false);
    expect(await ids(again)).toEqual(['c']);
  });

  it('flags a bookmarked session that moved or left after a refresh, and keeps it', async () => {
    const ports = fakePorts(NOW);
    const moved = { ...keynote, start: '2024-02-05T14:00:00+01:00', end: '2024-02-05T14:30:00+01:00' };
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote, panel]) }, { status: 'ok', body: nativeFeed([opening, moved]) });
    const { service } = start(ports);
    await service.setFeedUrl(FEED);
    await service.setBookmark('b', true);
    await service.setBookmark('c', true);
    await service.refreshFeed();
    const { bookmarks } = await service.getState();
    expect(bookmarks.map((b) => [b.sessionId, b.flag?.kinds, b.flag?.seen])).toEqual([
      ['b', ['moved-time'], false],
      ['c', ['removed'], false],
    ]);
    expect(bookmarks[0]?.flag?.before.start).toBe('2024-02-05T11:00:00Z');
    await service.dismissBookmarkFlags(['b', 'c']);
    const after = (await service.getState()).bookmarks;
    expect(after.map((b) => [b.sessionId, b.flag?.kinds ?? null])).toEqual([
      ['b', null],
      ['c', ['removed']],
    ]);
    await service.setBookmark('c', false);
    expect(await ids(service)).toEqual(['b']);
  });

  it('keeps bookmarks when the feed moves to a new address', async () => {
    const ports = fakePorts(NOW);
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote]) }, { status: 'ok', body: nativeFeed([opening, keynote]) });
    const { service } = start(ports);
    await service.setFeedUrl(FEED);
    await service.setBookmark('a', true);
    await service.setFeedUrl('https://new-home.example.org/programme.json');
    expect(await ids(service)).toEqual(['a']);
  });

  it('imports another app\u2019s favourites and exports its own file', async () => {
    const ports = fakePorts(NOW);
    const saved: string[] = [];
    ports.files = { save: async (file) => (saved.push(String(file.content)), true) };
    const { service } = start(ports);
    await service.setBookmark('a', true);
    const calendar = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a@elsewhere.example', 'DTSTAMP:20240101T000000Z', 'DTSTART:20240205T103000Z', 'SUMMARY:Opening', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:zzz', 'DTSTAMP:20240101T000000Z', 'DTSTART:20240205T120000Z', 'SUMMARY:Panel', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:yyy', 'DTSTAMP:20240101T000000Z', 'DTSTART:20240205T160000Z', 'SUMMARY:Dinner', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    expect(await service.importBookmarks(calendar)).toEqual({ ok: true, added: 1, alreadyBookmarked: 1, unmatched: ['Dinner'] });
    expect(await ids(service)).toEqual(['a', 'c']);
    const refused = await service.importBookmarks('not a file');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toMatch(/could not be read/);
    expect(await service.exportBookmarks()).toBe(true);
    expect(JSON.parse(saved[0] ?? '')).toMatchObject({ bookmarks: [{ id: 'a' }, { id: 'c' }] });
  });
});

describe('reminders in the service', () => {
  it('reminds ten minutes before, with both clocks, and a click asks to open the session', async () => {
    const ports = fakePorts(NOW);
    const { service, shown } = start(ports);
    const requested: string[] = [];
    service.events.on('sessionRequested', (id) => requested.push(id));
    await service.setBookmark('a', true);
    ports.clock.advance(79 * 60_000);
    expect(shown).toHaveLength(0);
    ports.clock.advance(60_000);
    expect(shown.map((s) => s.notification)).toEqual([
      { title: 'In 10 min: Opening', body: '05:30 your time (EST) · 11:30 Graz (CET) · Plenary Hall', sessionId: 'a' },
    ]);
    shown[0]?.click();
    expect(requested).toEqual(['a']);
  });

  it('reschedules a moved session, cancels an unbookmarked one and never repeats after a restart', async () => {
    const ports = fakePorts(NOW);
    const later = { ...opening, start: '2024-02-05T15:00:00+01:00', end: '2024-02-05T15:30:00+01:00' };
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening, keynote]) }, { status: 'ok', body: nativeFeed([later, keynote]) });
    const { service, shown } = start(ports);
    await service.setFeedUrl(FEED);
    await service.setBookmark('a', true);
    await service.setBookmark('b', true);
    await service.refreshFeed();
    await service.setBookmark('b', false);
    ports.clock.advance(6 * 3_600_000);
    expect(shown.map((s) => s.notification.title)).toEqual(['In 10 min: Opening']);
    expect(ports.clock.nowMs).toBeGreaterThan(Date.parse('2024-02-05T13:50:00Z'));

    const restarted = fakePorts(Date.parse('2024-02-05T13:55:00Z'));
    for (const key of ['settings', 'bookmarks', 'reminders-fired']) restarted.store.set(key, ports.store.get(key));
    restarted.cache.set('feed', ports.cache.get('feed'));
    const again = start(restarted);
    restarted.clock.advance(3_600_000);
    expect(again.shown).toHaveLength(0);
  });

  it('sends no reminders when they are turned off', async () => {
    const ports = fakePorts(NOW);
    const { service, shown } = start(ports);
    await service.setBookmark('a', true);
    await service.updateSettings({ reminderMinutes: null });
    ports.clock.advance(3 * 3_600_000);
    expect(shown).toHaveLength(0);
    expect(ports.clock.pendingTimers()).toBe(0);
  });
});
