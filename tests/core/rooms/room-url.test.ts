import { describe, expect, it } from 'vitest';
import { checkRoomUrl, describeRoomUrl, roomUrlShape } from '../../../core/rooms/room-url';

describe('checkRoomUrl', () => {
  it.each([
    ['https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join', 'greenlight-v3'],
    ['https://bbb.example.org/rooms/plh-7kq-2xm-r4d', 'greenlight-v3'],
    ['https://bbb.example.org/rooms/human-rights-plenary', 'greenlight-v3'],
    ['https://gl.example.org/b/abc-def-ghi', 'greenlight-v2'],
    ['https://gl.example.org/b/plenary-room/', 'greenlight-v2'],
    ['https://bbb.example.org/plenary', 'bbb-front-end'],
    ['https://bbb.example.org:8443/rooms/abc-def-ghi-jkl/join', 'greenlight-v3'],
    ['https://127.0.0.1:9443/rooms/abc-def-ghi-jkl/join', 'greenlight-v3'],
    ['https://BBB.Example.ORG/rooms/abc-def-ghi-jkl/join', 'greenlight-v3'],
    ['https://bbb.example.org/rooms/abc-def-ghi-jkl/join?lang=de', 'greenlight-v3'],
  ])('accepts %s as %s', (raw, shape) => {
    const verdict = checkRoomUrl(raw);
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(roomUrlShape(verdict.url)).toBe(shape);
  });

  it('normalises the link through URL', () => {
    expect(checkRoomUrl('  https://BBB.example.org/rooms/abc-def-ghi-jkl/join ')).toEqual({ ok: true, url: 'https://bbb.example.org/rooms/abc-def-ghi-jkl/join' });
  });

  it.each([
    'http://bbb.example.org/rooms/abc-def-ghi-jkl/join',
    'javascript:alert(1)//https://bbb.example.org/',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'ftp://bbb.example.org/rooms/x',
    'wss://bbb.example.org/rooms/x',
    'bbb.example.org/rooms/abc-def-ghi-jkl/join',
    '//bbb.example.org/rooms/abc-def-ghi-jkl/join',
    '',
    'https://',
    'https://user:pass@bbb.example.org/rooms/abc-def-ghi-jkl/join',
    'https://user@bbb.example.org/rooms/abc-def-ghi-jkl/join',
    'https://:pass@bbb.example.org/rooms/abc-def-ghi-jkl/join',
    `https://bbb.example.org/${'a'.repeat(3000)}`,
  ])('rejects %j', (raw) => {
    expect(checkRoomUrl(raw).ok).toBe(false);
  });

  it('rejects a non-string without throwing', () => {
    expect(checkRoomUrl(undefined as unknown as string).ok).toBe(false);
  });

  const SECRET = 'S3cr3tV4lue';
  it.each([
    `https://bbb.example.org/bigbluebutton/api/join?fullName=Ana&meetingID=m1&password=${SECRET}&checksum=${SECRET}`,
    `https://bbb.example.org/bigbluebutton/api/join?meetingID=m1&checksum=${SECRET}`,
    `https://bbb.example.org/BIGBLUEBUTTON/API/JOIN?checksum=${SECRET}`,
    `https://bbb.example.org//bigbluebutton//api/join?x=${SECRET}`,
    `https://bbb.example.org/%62igbluebutton/api/join?x=${SECRET}`,
    `https://bbb.example.org/bigbluebutton%2Fapi%2Fjoin?x=${SECRET}`,
    `https://bbb.example.org/bigbluebutton/api/enter?x=${SECRET}`,
    `https://bbb.example.org/html5client/join?sessionToken=${SECRET}`,
    `https://bbb.example.org/html5client/?sessionToken=${SECRET}`,
    `https://bbb.example.org/html5client/join`,
    `https://bbb.example.org/rooms/abc-def-ghi-jkl/join?sessionToken=${SECRET}`,
    `https://bbb.example.org/rooms/abc-def-ghi-jkl/join?SessionToken=${SECRET}`,
    `https://bbb.example.org/rooms/abc-def-ghi-jkl/join?session_token=${SECRET}`,
    `https://bbb.example.org/rooms/abc-def-ghi-jkl/join?checksum=${SECRET}`,
    `https://bbb.example.org/rooms/abc-def-ghi-jkl/join?pwd=${SECRET}`,
    `https://bbb.example.org/rooms/abc-def-ghi-jkl/join?auth_token=${SECRET}`,
    `https://bbb.example.org/rooms/abc-def-ghi-jkl/join?access-token=${SECRET}`,
    `https://bbb.example.org/rooms/abc-def-ghi-jkl/join#sessionToken=${SECRET}`,
    `https://bbb.example.org/b/abc-def-ghi?moderatorPW=${SECRET}`,
  ])('rejects the credential link %s without quoting its secret', (raw) => {
    const verdict = checkRoomUrl(raw);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.reason).not.toContain(SECRET);
      expect(verdict.reason).not.toContain('?');
    }
  });

  it('never echoes an odd scheme back', () => {
    const verdict = checkRoomUrl('x-<script>:alert(1)');
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).not.toContain('<script>');
  });
});

describe('describeRoomUrl', () => {
  it('keeps host and path and drops query and fragment', () => {
    expect(describeRoomUrl('https://bbb.example.org/html5client/join?sessionToken=abc#x=1')).toBe('https://bbb.example.org/html5client/join');
    expect(describeRoomUrl('nonsense')).toBe('(unreadable link)');
  });
});
