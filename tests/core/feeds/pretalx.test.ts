import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';

const options = { defaultTimeZone: 'Europe/Vienna' };

const WIDGET = {
  version: '3',
  timezone: 'Europe/Vienna',
  rooms: [{ id: 1, name: { en: 'Graz', de: 'Graz' } }, { id: 2, name: 'Online' }],
  tracks: [{ id: 5, name: { de: 'Recht' } }],
  speakers: [{ code: 'SPK1', name: 'Ada' }],
  talks: [
    { code: 'ABCDEF', title: 'Rights', abstract: '## Why\n\nBecause [we can](https://example.org).', speakers: ['SPK1', 'NOPE'], track: 5, room: 1, start: '2024-10-27T02:30:00+02:00', end: '2024-10-27T02:15:00+01:00' },
    { title: { en: 'Coffee' }, start: '2024-02-05T09:00:00Z', end: '2024-02-05T10:30:00+01:00', room: 2 },
    { title: { de: 'Pause' }, start: '2024-02-05T12:00:00', end: '2024-02-05T13:00:00', room: 2 },
  ],
};

describe('pretalx widget JSON', () => {
  const { format, programme, warnings } = parseFeed(JSON.stringify(WIDGET), options);
  const [coffee, pause, rights] = programme.sessions;

  it('is detected by its talks list', () => expect(format).toBe('pretalx'));

  it('uses the code as id; breaks get derived ids and the break type', () => {
    expect(rights?.id).toBe('ABCDEF');
    expect(coffee?.id).toMatch(/^h-/);
    expect(coffee?.type).toBe('break');
  });

  it('handles mixed offsets and offsets across a DST change', () => {
    expect(coffee).toMatchObject({ start: '2024-02-05T09:00:00Z', end: '2024-02-05T09:30:00Z' });
    // 02:30 CEST to 02:15 CET on the night clocks go back: 45 minutes.
    expect(rights).toMatchObject({ start: '2024-10-27T00:30:00Z', end: '2024-10-27T01:15:00Z' });
  });

  it('resolves i18n names, rooms, tracks and speakers; reduces Markdown to text', () => {
    expect(rights).toMatchObject({ title: 'Rights', track: 'Recht', room: { name: 'Graz' }, persons: [{ name: 'Ada' }] });
    expect(rights?.abstract).toBe('Why\n\nBecause we can (https://example.org).');
    expect(pause?.title).toBe('Pause');
  });

  it('reads times without offset in the event zone, with one warning', () => {
    expect(pause).toMatchObject({ start: '2024-02-05T11:00:00Z', end: '2024-02-05T12:00:00Z' });
    expect(warnings).toEqual([{ message: '2 time(s) have no UTC offset; read as wall time in Europe/Vienna', at: '$.talks[2].start' }]);
  });

  it('names the path of an unusable talk', () => {
    expect(() => parseFeed('{"talks": [{"title": "x", "start": "2024-01-01T10:00:00Z"}, 7]}', options)).toThrow('expected a talk object (at $.talks[1])');
  });
});
