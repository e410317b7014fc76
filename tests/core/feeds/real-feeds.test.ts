/**
 * Every real feed in ../shared/feeds loads with the session count that
 * PROVENANCE.md lists (no event is merged or dropped: ids are unique in all
 * of them except one pretalx widget break, kept twice with a warning), and a
 * few instants per feed, worked out by hand from the file, come out exactly.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed, type ParseResult } from '../../../core/feeds';
import type { Session } from '../../../core/programme/model';
import { haveFeeds, readFeed } from './real-feeds';

const cache = new Map<string, ParseResult>();
function load(name: string, defaultTimeZone = 'Europe/Vienna'): ParseResult {
  const key = `${name}|${defaultTimeZone}`;
  let result = cache.get(key);
  if (!result) {
    result = parseFeed(readFeed(name), { defaultTimeZone });
    cache.set(key, result);
  }
  return result;
}

function session(result: ParseResult, id: string): Session {
  const found = result.programme.sessions.find((s) => s.id === id);
  if (!found) throw new Error(`no session ${id}`);
  return found;
}

const span = (s: Session): [string, string] => [s.start, s.end];

describe.skipIf(!haveFeeds)('real feeds', () => {
  it.each([
    ['eventfahrplan-38c3.xml', 'frab-xml', 1007, 'Europe/Berlin'],
    ['28c3-pentabarf.xml', 'frab-xml', 85, 'Europe/Berlin'],
    ['fosdem2024.xml', 'frab-xml', 674, 'Europe/Brussels'],
    ['fosdem2026.xml', 'frab-xml', 883, 'Europe/Brussels'],
    ['giggity-debconf23.xml', 'frab-xml', 117, 'Asia/Kolkata'],
    ['good2025-pretalx.xml', 'frab-xml', 72, 'US/Eastern'],
    ['voc-frab-camp2019.json', 'schedule-json', 79, 'Europe/Berlin'],
    ['voc-hub-schedule2.json', 'schedule-json', 2, 'Europe/Berlin'],
    ['good2025-pretalx.json', 'schedule-json', 72, 'US/Eastern'],
    ['pydatalondon2023-pretalx-widget-v2.json', 'pretalx', 98, 'Europe/London'],
    ['indico-xdc2021-export.json', 'indico', 37, 'Europe/Warsaw'],
    ['good2025-pretalx.ics', 'ical', 72, 'US/Eastern'],
    ['giggity-lca2020.ics', 'ical', 262, 'Australia/Brisbane'],
    ['kubecon-eu-2026-sched-all.ics', 'ical', 596, 'UTC'],
    ['fossasia2015-ical4j.ics', 'ical', 157, 'Asia/Singapore'],
  ])('%s loads as %s with %i sessions in %s', (name, format, count, zone) => {
    // Feeds without a zone are read in the zone their organisers meant.
    const result = load(name, name === '28c3-pentabarf.xml' ? 'Europe/Berlin' : name === 'fosdem2024.xml' ? 'Europe/Brussels' : 'Europe/Vienna');
    expect(result.format).toBe(format);
    expect(result.programme.sessions).toHaveLength(count);
    expect(result.programme.conference.timeZone).toBe(zone);
    expect(new Set(result.programme.sessions.map((s) => s.id)).size).toBe(count);
    for (const s of result.programme.sessions) expect(Date.parse(s.end)).toBeGreaterThanOrEqual(Date.parse(s.start));
  });

  it('38C3: trusts <date>, also for events listed under the previous <day> and across midnight', () => {
    const result = load('eventfahrplan-38c3.xml');
    expect(result.warnings).toEqual([]);
    expect(span(session(result, '270fa44c-821a-577f-8ca3-33e8d4a8c2a7'))).toEqual(['2024-12-27T09:30:00Z', '2024-12-27T10:00:00Z']);
    // <day date="2024-12-27"> holds <date>2024-12-28T01:10:00+01:00</date>, 01:30 long.
    expect(span(session(result, '19b141f2-0f27-5d84-9e90-0d2474d37b7e'))).toEqual(['2024-12-28T00:10:00Z', '2024-12-28T01:40:00Z']);
    // 23:50 + 01:00 crosses midnight.
    expect(span(session(result, '85f8ed00-5e6b-5db1-bbbd-a2561bcf322f'))).toEqual(['2024-12-27T22:50:00Z', '2024-12-27T23:50:00Z']);
    expect(result.programme.conference).toMatchObject({ title: '38C3', start: '2024-12-27', end: '2024-12-30' });
  });

  it('28C3: no zone in the file, day_change 04:00 moves 00:15 to the next date', () => {
    const result = load('28c3-pentabarf.xml', 'Europe/Berlin');
    expect(result.warnings.map((w) => w.message)).toEqual(['no time zone in feed; times read in Europe/Berlin']);
    // Day 1 (2011-12-27) 00:15 is the night after day 1: 2011-12-28 00:15 CET.
    const pentanews = session(result, 'pentanews_game_show_2k11');
    expect(span(pentanews)).toEqual(['2011-12-27T23:15:00Z', '2011-12-28T00:15:00Z']);
    expect(pentanews.persons.map((p) => p.name)).toEqual(['Alien8', '_john', 'klobs']);
    expect(pentanews.abstract).toContain('Penta News Game Show');
    expect(span(session(result, 'keynote'))).toEqual(['2011-12-27T10:30:00Z', '2011-12-27T11:30:00Z']);
    // An empty <slug> falls back to the event id; this one is 00:15 under day 2 (2011-12-28).
    expect(session(result, 'event-4775').start).toBe('2011-12-28T23:15:00Z');
    expect(result.programme.version).toBe('Version 0.21a');
  });

  it('FOSDEM 2024: wall times in Brussels, HTML abstract reduced to text', () => {
    const result = load('fosdem2024.xml', 'Europe/Brussels');
    const talk = session(result, 'fosdem-2024-2531-introduction-to-openapi');
    expect(span(talk)).toEqual(['2024-02-03T09:30:00Z', '2024-02-03T10:00:00Z']);
    expect(talk.track).toBe('APIs & friends devroom');
    expect(talk.abstract).toMatch(/^OpenAPI Specification is a machine/);
    expect(talk.abstract).not.toContain('<p>');
  });

  it('FOSDEM 2026: offsets in <date>, links kept', () => {
    const result = load('fosdem2026.xml');
    expect(result.warnings).toEqual([]);
    const welcome = session(result, '9c3ebb8c-7716-5130-b9fe-ff8544f5636d');
    expect(span(welcome)).toEqual(['2026-01-31T08:30:00Z', '2026-01-31T08:50:00Z']);
    expect(welcome.abstract).toBe('FOSDEM welcome and opening talk.');
    expect(welcome.links.map((l) => l.title)).toContain('Chat room(web)');
  });

  it('DebConf 23: <date> in UTC wins over the IST <start>', () => {
    const result = load('giggity-debconf23.xml');
    expect(span(session(result, '455d075f-48c0-2ec2-24b3-f5add30c383a'))).toEqual(['2023-09-10T05:00:00Z', '2023-09-10T05:20:00Z']);
  });

  it('GOOD 2025 in XML, JSON and iCalendar agree', () => {
    const xml = session(load('good2025-pretalx.xml'), '307e1812-4a21-5d33-910b-30543d8c6026');
    const json = session(load('good2025-pretalx.json'), '307e1812-4a21-5d33-910b-30543d8c6026');
    const ics = session(load('good2025-pretalx.ics'), 'pretalx-2025-CFEMBK@cfp.openondemand.org');
    for (const s of [xml, json, ics]) expect(span(s)).toEqual(['2025-03-17T17:00:00Z', '2025-03-17T21:00:00Z']);
    expect(xml.title).toBe('Contributor Jam');
    expect(json.abstract).toContain("OOD's components");
  });

  it('Camp 2019 JSON: the event across midnight ends the next day', () => {
    const result = load('voc-frab-camp2019.json');
    expect(span(session(result, 'a0a0fcfe-b7fb-46e3-84b6-97a5406016b4'))).toEqual(['2019-08-21T09:00:00Z', '2019-08-21T09:30:00Z']);
    expect(span(session(result, 'ed4b6c75-14f4-49fe-a11e-3762bd6b54e3'))).toEqual(['2019-08-22T21:00:00Z', '2019-08-22T22:30:00Z']);
    expect(session(result, 'a0a0fcfe-b7fb-46e3-84b6-97a5406016b4').persons.map((p) => p.name)).toEqual(['jinxx', 'smtw']);
  });

  it('hub schedule2 JSON: flat events with start and end, track slugs resolved', () => {
    const result = load('voc-hub-schedule2.json');
    const late = session(result, 'b1740c2f-0c44-5f1b-89ed-456a9eecf0b8');
    expect(span(late)).toEqual(['2024-12-27T23:15:00Z', '2024-12-27T23:55:00Z']);
    expect(late.track).toBe('Hardware & Making');
    expect(late.room.name).toBe('Saal ZIGZAG');
  });

  it('pretalx widget: mixed offsets, breaks with derived ids, speakers resolved', () => {
    const result = load('pydatalondon2023-pretalx-widget-v2.json');
    const talk = session(result, 'LAAP8N');
    expect(span(talk)).toEqual(['2023-06-02T08:00:00Z', '2023-06-02T09:30:00Z']);
    expect(talk.room.name).toBe('Warwick');
    const breakfasts = result.programme.sessions.filter((s) => s.title === 'Breakfast & Registration' && s.start.startsWith('2023-06-02'));
    expect(breakfasts).toHaveLength(3);
    // Start written as 07:00:00Z, end as 09:00:00+01:00: the same hour, 08:00-09:00 in London.
    for (const s of breakfasts) expect(span(s)).toEqual(['2023-06-02T07:00:00Z', '2023-06-02T08:00:00Z']);
    expect(breakfasts.every((s) => s.id.startsWith('h-') && s.type === 'break')).toBe(true);
    // The feed lists one break twice (same title, time and room): kept, with a warning.
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toMatch(/duplicate id .*"Break"/);
  });

  it('Indico: UTC datetimes, event zone Europe/Warsaw, authors as persons', () => {
    const result = load('indico-xdc2021-export.json');
    const talk = session(result, 'contribution-12');
    expect(span(talk)).toEqual(['2021-09-17T14:10:00Z', '2021-09-17T14:30:00Z']);
    expect(talk.persons).toEqual([{ name: 'Martin Peres' }]);
    expect(talk.room.name).toBe('');
    expect(result.programme.conference).toMatchObject({ start: '2021-09-15', end: '2021-09-17', timeZone: 'Europe/Warsaw' });
  });

  it('linux.conf.au 2020: TZID without VTIMEZONE resolved as an IANA zone', () => {
    const result = load('giggity-lca2020.ics');
    expect(result.warnings).toEqual([]);
    const plenary = session(result, '201@lca2020.linux.org.au');
    expect(span(plenary)).toEqual(['2020-01-13T21:00:00Z', '2020-01-13T23:00:00Z']);
    expect(plenary.abstract).toMatch(/^Women of Open Technology Breakfast, Presented by ThoughtWorks/);
    expect(plenary.abstract).not.toContain('<');
  });

  it('KubeCon (Sched): UTC times, parallel identical entries kept apart by UID', () => {
    const result = load('kubecon-eu-2026-sched-all.ics');
    expect(span(session(result, 'bdeb89fcb7b271c2053791f3789faff7'))).toEqual(['2026-03-22T07:00:00Z', '2026-03-22T17:00:00Z']);
    expect(result.programme.sessions.filter((s) => s.title === 'Badge Pick-Up').length).toBeGreaterThan(1);
  });

  it('FOSSASIA 2015: floating times in the zone the events name, the all-day entry is all-day and lasts a day', () => {
    const result = load('fossasia2015-ical4j.ics');
    expect(result.warnings.map((w) => w.message)).toEqual([
      'floating times read in Asia/Singapore, named by a non-standard TZID property on the events',
    ]);
    expect(span(session(result, '20150310T162324Z-uidGen@fe80:0:0:0:50b5:43ff:fe09:1160%8'))).toEqual([
      '2015-03-12T22:30:00Z',
      '2015-03-12T22:30:00Z',
    ]);
    expect(span(session(result, '20150310T162320Z-1@fe80:0:0:0:50b5:43ff:fe09:1160%8'))).toEqual([
      '2015-12-24T16:00:00Z',
      '2015-12-25T16:00:00Z',
    ]);
    expect(session(result, '20150310T162320Z-1@fe80:0:0:0:50b5:43ff:fe09:1160%8').allDay).toBe(true);
    expect(result.programme.sessions.filter((s) => s.allDay)).toHaveLength(1);
  });
});
