import { describe, expect, it } from 'vitest';
import { isLeaveNavigation, isMeetingClientUrl } from '../../../core/rooms/leave-detection';

describe('leaving a BBB meeting', () => {
  it('recognises the HTML5 client', () => {
    expect(isMeetingClientUrl('https://node1.bbb.example.org/html5client/join?sessionToken=x')).toBe(true);
    expect(isMeetingClientUrl('https://node1.bbb.example.org/HTML5CLIENT/')).toBe(true);
    expect(isMeetingClientUrl('https://node1.bbb.example.org/html5client')).toBe(true);
    expect(isMeetingClientUrl('https://gl.example.org/rooms/abc-def-ghi-jkl/join')).toBe(false);
    expect(isMeetingClientUrl('https://gl.example.org/notes/html5client/')).toBe(false);
    expect(isMeetingClientUrl('http://node1.bbb.example.org/html5client/')).toBe(false);
    expect(isMeetingClientUrl('garbage')).toBe(false);
  });

  it('treats the HTML5 client handing over to any other page as leaving', () => {
    expect(isLeaveNavigation('https://gl.example.org/rooms/abc-def-ghi-jkl', true)).toBe(true);
    expect(isLeaveNavigation('https://node1.bbb.example.org/', true)).toBe(true);
    expect(isLeaveNavigation('https://node1.bbb.example.org/html5client/join?sessionToken=y', true)).toBe(false);
  });

  it('does not close on the way in', () => {
    expect(isLeaveNavigation('https://gl.example.org/rooms/abc-def-ghi-jkl/join', false)).toBe(false);
    expect(isLeaveNavigation('https://gl.example.org/signin', false)).toBe(false);
    expect(isLeaveNavigation('https://node1.bbb.example.org/html5client/join?sessionToken=y', false)).toBe(false);
  });

  it.each([
    'https://gl.example.org/b/abc-def-ghi/logout',
    'https://gl.example.org/logout',
    'https://gl.example.org/signout',
    'https://gl.example.org/sign_out/',
    'https://gl.example.org/users/sign-out',
  ])('treats %s as leaving even before the meeting', (url) => {
    expect(isLeaveNavigation(url, false)).toBe(true);
  });

  it('ignores unreadable URLs', () => {
    expect(isLeaveNavigation('::', true)).toBe(false);
  });
});
