import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';
import { dateInZone, timeInZone } from '../../../core/time/zoned';
import type { Session } from '../../../core/programme/model';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');

const source = read('assets/programme/golocal-2024.json');
const { format, programme, warnings } = parseFeed(source, { defaultTimeZone: 'Europe/Vienna' });
const zone = 'Europe/Vienna';

interface ObjectSchema {
  required?: string[];
  properties: Record<string, unknown>;
}

describe('bundled 2024 programme', () => {
  it('parses as the native format without warnings', () => {
    expect(format).toBe('native');
    expect(warnings).toEqual([]);
    expect(programme.version).toBe('2024-sample-1');
  });

  it('is marked as a sample held in Europe/Vienna', () => {
    expect(programme.conference.isSample).toBe(true);
    expect(programme.conference.timeZone).toBe(zone);
    expect(programme.conference.subtitle).toMatch(/sample/i);
    expect(programme.sessions.every((s) => s.timeZone === zone)).toBe(true);
  });

  it('spans exactly 5 to 8 February 2024', () => {
    expect(programme.conference.start).toBe('2024-02-05');
    expect(programme.conference.end).toBe('2024-02-08');
    const days = new Set(programme.sessions.map((s) => dateInZone(Date.parse(s.start), zone)));
    for (const s of programme.sessions) days.add(dateInZone(Date.parse(s.end), zone));
    expect([...days].sort()).toEqual(['2024-02-05', '2024-02-06', '2024-02-07', '2024-02-08']);
  });

  it('has between 45 and 60 sessions with unique ids', () => {
    expect(programme.sessions.length).toBeGreaterThanOrEqual(45);
    expect(programme.sessions.length).toBeLessThanOrEqual(60);
    const ids = programme.sessions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every session except breaks a BigBlueButton room link', () => {
    for (const s of programme.sessions) {
      if (s.type === 'Break') {
        expect(s.room.url, s.id).toBeNull();
      } else {
        expect(s.room.kind, s.id).toBe('bbb');
        expect(s.room.url, s.id).toMatch(/^https:\/\/[^/]+\/rooms\/[a-z0-9]{3}(-[a-z0-9]{3}){3}\/join$/);
      }
    }
  });

  it('uses one link per room', () => {
    const linkOf = new Map<string, string | null>();
    for (const s of programme.sessions) {
      const known = linkOf.get(s.room.name);
      if (known !== undefined) expect(s.room.url, s.id).toBe(known);
      linkOf.set(s.room.name, s.room.url);
    }
  });

  it('starts the first Academy day at 11:30 CET', () => {
    const first = programme.sessions[0];
    expect(first?.start).toBe('2024-02-05T10:30:00Z');
    expect(timeInZone(Date.parse(first?.start ?? ''), zone)).toBe('11:30');
  });

  it('has at least one session running past 16:00 CET', () => {
    expect(programme.sessions.some((s) => timeInZone(Date.parse(s.end), zone) > '16:00')).toBe(true);
  });

  it('never double-books a room', () => {
    const byRoom = new Map<string, Session[]>();
    for (const s of programme.sessions) byRoom.set(s.room.name, [...(byRoom.get(s.room.name) ?? []), s]);
    for (const [room, sessions] of byRoom) {
      const sorted = [...sessions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1]!;
        const after = sorted[i]!;
        expect(Date.parse(after.start), `${room}: ${before.id} overlaps ${after.id}`).toBeGreaterThanOrEqual(Date.parse(before.end));
      }
      for (const s of sessions) expect(Date.parse(s.end), s.id).toBeGreaterThan(Date.parse(s.start));
    }
  });
});

describe('programme.schema.json and the bundled file', () => {
  const schema = JSON.parse(read('assets/programme/programme.schema.json')) as {
    $schema: string;
    required: string[];
    properties: { conference: ObjectSchema; sessions: { items: ObjectSchema & { properties: { room: ObjectSchema } } } };
  };
  const raw = JSON.parse(source) as Record<string, unknown> & {
    conference: Record<string, unknown>;
    sessions: Array<Record<string, unknown> & { room: Record<string, unknown> }>;
  };
  const item = schema.properties.sessions.items;

  it('is a draft 2020-12 schema whose required names are all listed', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const part of [schema as unknown as ObjectSchema, schema.properties.conference, item, item.properties.room]) {
      for (const name of part.required ?? []) expect(Object.keys(part.properties)).toContain(name);
    }
  });

  it('lists exactly the properties every session uses', () => {
    const listed = Object.keys(item.properties).sort();
    for (const session of raw.sessions) {
      expect(Object.keys(session).sort(), String(session.id)).toEqual(listed);
      for (const name of item.required ?? []) expect(session[name], `${String(session.id)}.${name}`).toBeDefined();
      expect(Object.keys(session.room).sort(), String(session.id)).toEqual(Object.keys(item.properties.room.properties).sort());
    }
  });

  it('lists the top-level and conference properties of the file', () => {
    expect(Object.keys(raw).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(Object.keys(raw.conference).sort()).toEqual(Object.keys(schema.properties.conference.properties).sort());
  });
});
