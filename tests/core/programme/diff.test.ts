import { describe, expect, it } from 'vitest';
import { diffProgrammes, isMove } from '../../../core/programme/diff';
import type { Programme, Session } from '../../../core/programme/model';
import { makeSession, oneHourAfter } from '../support/model';

const session = (id: string, start: string, extra: Partial<Session> = {}): Session =>
  makeSession({ id, start, end: oneHourAfter(start), title: `Talk ${id}`, room: { name: 'A', url: null, kind: 'unknown' }, language: '', ...extra });

const programme = (sessions: Session[]): Programme => ({
  conference: { title: 'T', subtitle: '', timeZone: 'Europe/Vienna', start: '', end: '', url: '', isSample: false },
  sessions,
  version: '',
});

describe('diffProgrammes', () => {
  const before = programme([
    session('same', '2024-02-05T09:00:00Z'),
    session('moved', '2024-02-05T10:00:00Z'),
    session('gone', '2024-02-05T08:00:00Z'),
    session('renamed', '2024-02-05T12:00:00Z'),
    session('everything', '2024-02-05T13:00:00Z'),
    session('relinked', '2024-02-05T14:00:00Z'),
  ]);
  const after = programme([
    session('everything', '2024-02-05T07:00:00Z', { title: 'New', room: { name: 'B', url: null, kind: 'unknown' } }),
    session('new', '2024-02-05T11:00:00Z'),
    session('same', '2024-02-05T09:00:00Z', { abstract: 'edited text is not a change attendees are told about' }),
    session('moved', '2024-02-05T15:00:00Z'),
    session('renamed', '2024-02-05T12:00:00Z', { title: 'Better title' }),
    session('relinked', '2024-02-05T14:00:00Z', { room: { name: 'A', url: 'https://bbb.example.org/b/abc', kind: 'bbb' } }),
  ]);
  const changes = diffProgrammes(before, after);

  it('lists each change once with its kinds, in time order', () => {
    expect(changes.map((c) => [c.sessionId, c.kinds])).toEqual([
      ['everything', ['moved-time', 'moved-room', 'retitled']],
      ['gone', ['removed']],
      ['new', ['added']],
      ['renamed', ['retitled']],
      ['relinked', ['moved-room']],
      ['moved', ['moved-time']],
    ]);
  });

  it('carries before and after', () => {
    const gone = changes.find((c) => c.sessionId === 'gone');
    expect(gone?.before?.title).toBe('Talk gone');
    expect(gone?.after).toBeNull();
    const added = changes.find((c) => c.sessionId === 'new');
    expect(added?.before).toBeNull();
    expect(changes.filter(isMove).map((c) => c.sessionId)).toEqual(['everything', 'relinked', 'moved']);
  });

  it('is empty for identical programmes and stable under input order', () => {
    expect(diffProgrammes(before, before)).toEqual([]);
    const shuffled = programme([...after.sessions].reverse());
    expect(diffProgrammes(before, shuffled)).toEqual(changes);
  });

  it('orders ties by id', () => {
    const a = programme([]);
    const b = programme([session('z', '2024-02-05T09:00:00Z'), session('a', '2024-02-05T09:00:00Z')]);
    expect(diffProgrammes(a, b).map((c) => c.sessionId)).toEqual(['a', 'z']);
  });
});
