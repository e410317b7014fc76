import { describe, expect, it } from 'vitest';
import { errorKind, viewName, wayBack } from '../../renderer/components/view-failure';

describe('a view that could not be shown', () => {
  it('names the programme view by what it was showing', () => {
    expect(viewName({ view: 'programme' }, 'timeline', false)).toBe('timeline');
    expect(viewName({ view: 'programme', day: '2024-02-05' }, 'list', false)).toBe('programme list');
    expect(viewName({ view: 'programme' }, 'timeline', true)).toBe('search results');
    expect(viewName({ view: 'session', id: 'x' }, 'timeline', false)).toBe('session page');
    expect(viewName({ view: 'changes' }, 'list', false)).toBe('list of changes');
  });

  it('leaves the timeline for the list (saved, so a reload is not blank again), and search results for the empty search', () => {
    expect(wayBack('timeline')).toEqual({ switchToList: true, clearSearch: false });
    expect(wayBack('search results')).toEqual({ switchToList: false, clearSearch: true });
    expect(wayBack('settings page')).toEqual({ switchToList: false, clearSearch: false });
  });

  it('tells the kind of error, never its text', () => {
    expect(errorKind(new RangeError('Maximum call stack size exceeded at https://feed.example/?token=s3cret'))).toBe('a RangeError');
    expect(errorKind(new EvalError('x'))).toBe('an EvalError');
    const odd = new Error('x');
    odd.name = 'token=s3cret';
    expect(errorKind(odd)).toBe('an unexpected error');
    expect(errorKind('a string thrown')).toBe('an unexpected error');
  });
});
