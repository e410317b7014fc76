/**
 * Hostile text in every field of every format: the parsers keep it as inert
 * text, room links that are not plain https are dropped, and nothing but
 * http(s) and mailto can ever become a link (in abstracts, link lists or openLink).
 * The browser side of the same promise is tests/e2e/web/hostile.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';
import type { FeedFormat } from '../../../core/feeds/types';
import type { Session } from '../../../core/programme/model';
import { splitLinks } from '../../../core/text/split-links';
import { checkExternalLink } from '../../../core/links';
import { CompanionService } from '../../../core/service';
import { FEED_FORMATS, WRITERS, plainSession } from './feed-builders';
import type { FeedSessionText } from './feed-builders';
import { HOSTILE_URLS, XSS_PAYLOADS } from './payloads';
import { fakePorts } from '../support/fake-ports';
import { nativeFeed, opening } from '../support/native-feed';

const TEXT_FIELDS = ['title', 'subtitle', 'abstract', 'person', 'room', 'track', 'linkTitle'] as const satisfies readonly (keyof FeedSessionText)[];
const URL_FIELDS = ['roomUrl', 'linkUrl'] as const satisfies readonly (keyof FeedSessionText)[];
const options = { defaultTimeZone: 'Europe/Vienna' };

/** Every string the renderer may show for a session, with the ones it linkifies. */
function shownTexts(session: Session): { plain: string[]; linkified: string[] } {
  return {
    plain: [session.title, session.subtitle, session.room.name, session.track, session.type, session.language, ...session.persons.map((p) => p.name)],
    linkified: [session.abstract, ...session.links.map((l) => `${l.title}: ${l.url}`)],
  };
}

type PlainField = Exclude<(typeof TEXT_FIELDS)[number], 'abstract'>;

/** The text the renderer shows for one plain field (persons and link titles joined). */
function plainFieldOf(session: Session, field: PlainField): string {
  switch (field) {
    case 'person': return session.persons.map((p) => p.name).join('');
    case 'room': return session.room.name;
    case 'linkTitle': return session.links.map((l) => l.title).join('');
    default: return session[field];
  }
}

/** Feeds may collapse white space and split a person list at ',' or ';'; nothing else may change. */
const asText = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/ ?[,;] ?/g, '');

/**
 * The fields a format has no place for (iCalendar has no subtitle, for example). Declared, not
 * probed alone: a parser that stops reading a field its format does carry must fail, not be skipped.
 */
const NOT_CARRIED: Record<FeedFormat, readonly PlainField[]> = {
  native: [],
  'frab-xml': [],
  'schedule-json': [],
  pretalx: ['subtitle', 'linkTitle'],
  ical: ['subtitle', 'person', 'linkTitle'],
  indico: ['subtitle', 'linkTitle'],
  'indico-timetable': ['subtitle', 'track', 'linkTitle'],
  csv: ['subtitle', 'linkTitle'],
};

/** Whether a format carries a field at all: a marker put in comes out. */
function carries(format: FeedFormat, field: PlainField): boolean {
  const marker = 'Carried marker';
  const { programme } = parseFeed(WRITERS[format]({ conferenceTitle: 'Probe', sessions: [plainSession(0, { [field]: marker })] }), options);
  return programme.sessions.length === 1 && plainFieldOf(programme.sessions[0]!, field) === marker;
}

function expectOnlySafeLinks(session: Session): void {
  for (const text of shownTexts(session).linkified) {
    for (const piece of splitLinks(text)) {
      if (piece.kind !== 'link') continue;
      expect(['http:', 'https:', 'mailto:']).toContain(new URL(piece.url).protocol);
      expect(checkExternalLink(piece.url)).toEqual({ ok: true, url: piece.url });
    }
  }
  if (session.room.url !== null) {
    const room = new URL(session.room.url);
    expect(room.protocol).toBe('https:');
    expect(room.username + room.password).toBe('');
  }
}

describe.each(FEED_FORMATS)('hostile text in a %s feed', (format) => {
  const write = WRITERS[format];

  it.each(TEXT_FIELDS)('keeps every payload in the %s as inert text', (field) => {
    const sessions = XSS_PAYLOADS.map((payload, index) => plainSession(index, { [field]: payload }));
    const { format: detected, programme } = parseFeed(write({ conferenceTitle: XSS_PAYLOADS[0]!, sessions }), options);
    expect(detected).toBe(format);
    expect(programme.sessions).toHaveLength(sessions.length);
    for (const session of programme.sessions) expectOnlySafeLinks(session);
    if (field === 'abstract') return;
    expect(carries(format, field), `${format} carries the ${field}`).toBe(!NOT_CARRIED[format].includes(field));
    if (NOT_CARRIED[format].includes(field)) return;
    // A plain field shows the payload as the characters it is: nothing dropped, decoded or unescaped.
    for (const session of programme.sessions) {
      const payload = XSS_PAYLOADS[Number(/s(\d+)$/.exec(session.id)![1])]!;
      // iCalendar reads a bare web address in LOCATION as the join link (then checked as one), not as a room name.
      if (format === 'ical' && field === 'room' && /^https?:\/\//.test(payload)) continue;
      expect(asText(plainFieldOf(session, field)), `${field} of ${session.id}`).toBe(asText(payload));
    }
  });

  it.each(URL_FIELDS)('never lets a hostile %s become a room link or a clickable link', (field) => {
    const sessions = [...HOSTILE_URLS, ...XSS_PAYLOADS].map((url, index) => plainSession(index, { [field]: url, abstract: url }));
    const { programme } = parseFeed(write({ conferenceTitle: 'Hostile', sessions }), options);
    for (const session of programme.sessions) expectOnlySafeLinks(session);
  });
});

describe('hostile links at the service edge', () => {
  it('openLink refuses every non-http(s)/mailto or credentialed link and opens nothing', async () => {
    const ports = fakePorts();
    const service = new CompanionService({ ...ports }, { bundledFeed: nativeFeed([opening]), systemZone: 'Europe/Vienna' });
    service.start();
    const refused = HOSTILE_URLS.filter((url) => !url.startsWith('http://') && !url.startsWith('https://evil.example.net/bigbluebutton'));
    const hostileLinks = [...refused, ...XSS_PAYLOADS.filter((p) => !/^(https?|mailto):/i.test(p.trim()))];
    // An emptied payload list would make the loop below prove nothing.
    expect(refused.length).toBeGreaterThan(5);
    expect(hostileLinks.length).toBeGreaterThan(refused.length);
    for (const url of hostileLinks) {
      await expect(service.openLink(url)).resolves.toBe(false);
    }
    expect(ports.opened).toEqual([]);
    await expect(service.openLink('https://example.org/a')).resolves.toBe(true);
    expect(ports.opened).toEqual(['https://example.org/a']);
  });

  it('joinRoom never opens a room link the feed could not prove is https and credential-free', async () => {
    // Every session starts at 09:00 Vienna and the clock stands there, so each room is open if it has a link.
    const ports = fakePorts(Date.parse('2024-02-05T08:00:00Z'));
    const control = plainSession(0, { start: '09:00' });
    const hostile = HOSTILE_URLS.map((url, index) => plainSession(index + 1, { roomUrl: url, start: '09:00' }));
    const feed = WRITERS.native({ conferenceTitle: 'Hostile rooms', sessions: [control, ...hostile] });
    const service = new CompanionService({ ...ports }, { bundledFeed: feed, systemZone: 'Europe/Vienna' });
    service.start();
    const sessions = (await service.getState()).programme.sessions;
    expect(sessions).toHaveLength(hostile.length + 1);
    for (const session of sessions.filter((s) => s.id !== control.id)) {
      await expect(service.joinRoom(session.id)).resolves.toEqual({ ok: false, reason: 'This session has no online room.' });
    }
    expect(ports.opened).toEqual([]);
    // The control proves the clock and window let a room open: only its plain https link reaches the opener.
    await expect(service.joinRoom(control.id)).resolves.toEqual({ ok: true });
    expect(ports.opened).toEqual([control.roomUrl]);
  });
});
