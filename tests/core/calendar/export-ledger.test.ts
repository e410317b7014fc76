import { describe, expect, it } from 'vitest';
import { nextLedger, sessionFingerprint, type ExportLedger } from '../../../core/calendar/export-ledger';
import { lateTalk, opening } from './sessions';

const feedUrl = 'https://programme.example.org/feed.json';
const uid = (id: string): string => `${id}@programme.example.org`;

describe('export ledger', () => {
  it('starts new sessions at sequence 0', () => {
    const { ledger, sequences } = nextLedger({}, { sessions: [opening, lateTalk], feedUrl });
    expect(sequences).toEqual({ 'glc24-001': 0, 'glc24-002': 0 });
    expect(Object.keys(ledger)).toEqual([uid('glc24-001'), uid('glc24-002')]);
    expect(ledger[uid('glc24-001')]).toEqual({ fingerprint: sessionFingerprint(opening, 'CONFIRMED'), sequence: 0 });
  });

  it('keeps the sequence of an unchanged session and bumps a changed one', () => {
    const first = nextLedger({}, { sessions: [opening, lateTalk], feedUrl }).ledger;
    const moved = { ...opening, start: '2024-02-05T10:45:00Z' };
    const second = nextLedger(first, { sessions: [moved, lateTalk], feedUrl });
    expect(second.sequences).toEqual({ 'glc24-001': 1, 'glc24-002': 0 });
    const third = nextLedger(second.ledger, { sessions: [moved, { ...lateTalk, title: 'Renamed' }], feedUrl });
    expect(third.sequences).toEqual({ 'glc24-001': 1, 'glc24-002': 1 });
    // Changing back is a change too: calendars only move forward.
    expect(nextLedger(third.ledger, { sessions: [opening], feedUrl }).sequences).toEqual({ 'glc24-001': 2 });
  });

  it.each([
    ['end', { end: '2024-02-05T11:15:00Z' }],
    ['title', { title: 'Opening' }],
    ['room', { room: { ...opening.room, name: 'Room C' } }],
    ['join link', { room: { ...opening.room, url: 'https://bbb.example.org/rooms/zzz-zzz-zzz-zzz/join' } }],
    ['abstract', { abstract: 'New text' }],
    ['speakers', { persons: [{ name: 'Someone else' }] }],
    ['zone', { timeZone: 'Europe/Berlin' }],
  ])('counts a new %s as a change', (_field, patch) => {
    const first = nextLedger({}, { sessions: [opening], feedUrl }).ledger;
    expect(nextLedger(first, { sessions: [{ ...opening, ...patch }], feedUrl }).sequences['glc24-001']).toBe(1);
  });

  it('bumps a session that left the programme, exported as cancelled', () => {
    const first = nextLedger({}, { sessions: [opening, lateTalk], feedUrl }).ledger;
    const second = nextLedger(first, { sessions: [opening], cancelled: [lateTalk], feedUrl });
    expect(second.sequences).toEqual({ 'glc24-001': 0, 'glc24-002': 1 });
    expect(nextLedger(second.ledger, { sessions: [], cancelled: [lateTalk], feedUrl }).sequences).toEqual({ 'glc24-002': 1 });
  });

  it('remembers sessions outside this export and survives JSON', () => {
    const first = nextLedger({}, { sessions: [opening, lateTalk], feedUrl }).ledger;
    const stored = JSON.parse(JSON.stringify(nextLedger(first, { sessions: [opening], feedUrl }).ledger)) as ExportLedger;
    expect(Object.keys(stored)).toHaveLength(2);
    expect(nextLedger(stored, { sessions: [{ ...lateTalk, title: 'x' }], feedUrl }).sequences).toEqual({ 'glc24-002': 1 });
  });

  it('keys by UID, so another feed host starts afresh', () => {
    const first = nextLedger({}, { sessions: [opening], feedUrl }).ledger;
    const other = nextLedger(first, { sessions: [{ ...opening, title: 'x' }], feedUrl: null });
    expect(other.sequences).toEqual({ 'glc24-001': 0 });
    expect(Object.keys(other.ledger)).toEqual([uid('glc24-001'), 'glc24-001@golocal-companion.local']);
  });

  it('drops malformed stored entries instead of trusting them', () => {
    const stored = { [uid('glc24-001')]: { fingerprint: 'x', sequence: -4 }, junk: null } as unknown as ExportLedger;
    const { ledger, sequences } = nextLedger(stored, { sessions: [opening], feedUrl });
    expect(sequences).toEqual({ 'glc24-001': 0 });
    expect(Object.keys(ledger)).toEqual([uid('glc24-001')]);
  });

  it('does not count a different display zone as a change', () => {
    // The fingerprint covers the event-zone description only.
    expect(sessionFingerprint(opening, 'CONFIRMED')).toBe(sessionFingerprint({ ...opening }, 'CONFIRMED'));
    expect(sessionFingerprint(opening, 'CONFIRMED')).not.toBe(sessionFingerprint(opening, 'CANCELLED'));
  });
});
