import { describe, expect, it } from 'vitest';
import { decidePermission, queryFromCheck, queryFromRequest } from '../../../core/rooms/permission-policy';

const HOSTS = ['gl.example.org', 'node1.bbb.example.org', '127.0.0.1:9443'];
const ROOM = 'https://node1.bbb.example.org/html5client/join';

const request = (permission: string, details: Parameters<typeof queryFromRequest>[1]) =>
  decidePermission(queryFromRequest(permission, details), HOSTS).granted;
const check = (permission: string, origin: string, details: Parameters<typeof queryFromCheck>[2] = {}) =>
  decidePermission(queryFromCheck(permission, origin, details), HOSTS).granted;

describe('room permission policy', () => {
  it('grants camera and microphone to a room host', () => {
    expect(request('media', { requestingUrl: ROOM, mediaTypes: ['audio'] })).toBe(true);
    expect(request('media', { requestingUrl: ROOM, mediaTypes: ['video', 'audio'], securityOrigin: 'https://node1.bbb.example.org' })).toBe(true);
    expect(check('media', 'https://node1.bbb.example.org', { mediaType: 'video', requestingUrl: ROOM })).toBe(true);
    expect(check('media', 'https://127.0.0.1:9443', { mediaType: 'audio' })).toBe(true);
  });

  it.each(['display-capture', 'fullscreen', 'clipboard-sanitized-write'])('grants %s to a room host', (permission) => {
    expect(request(permission, { requestingUrl: ROOM })).toBe(true);
    expect(check(permission, 'https://gl.example.org')).toBe(true);
  });

  it.each([
    'geolocation', 'notifications', 'midi', 'midiSysex', 'hid', 'serial', 'usb', 'openExternal', 'pointerLock',
    'keyboardLock', 'clipboard-read', 'idle-detection', 'window-management', 'local-fonts', 'storage-access',
    'top-level-storage-access', 'fileSystem', 'mediaKeySystem', 'persistent-storage', 'background-sync', 'unknown',
    'MEDIA', 'Media', '', 'media ',
  ])('refuses %j even to a room host', (permission) => {
    expect(request(permission, { requestingUrl: ROOM, mediaTypes: ['audio'] })).toBe(false);
    expect(check(permission, 'https://node1.bbb.example.org', { mediaType: 'audio' })).toBe(false);
  });

  it.each([
    'https://evil.example.net/',
    'https://node1.bbb.example.org.evil.com/',
    'https://bbb-example.org/',
    'https://node1.bbb.example.org:8443/',
    'https://127.0.0.1/',
    'https://127.0.0.1:9444/',
    'http://node1.bbb.example.org/',
    'https://user:pw@node1.bbb.example.org/',
    'https://xn--nde1-bbb-exmple-9kc.org/',
    'file:///etc/passwd',
    'data:text/html,x',
    'null',
    'app://companion/index.html',
  ])('refuses media to %s', (origin) => {
    expect(request('media', { requestingUrl: origin, mediaTypes: ['video'] })).toBe(false);
    expect(check('media', origin, { mediaType: 'video' })).toBe(false);
  });

  it('refuses when any origin involved is foreign: a frame inside a room or a room inside a foreign page', () => {
    expect(request('media', { requestingUrl: ROOM, securityOrigin: 'https://evil.example.net', mediaTypes: ['audio'] })).toBe(false);
    expect(check('media', 'https://node1.bbb.example.org', { embeddingOrigin: 'https://evil.example.net', mediaType: 'audio' })).toBe(false);
    expect(check('media', 'https://evil.example.net', { embeddingOrigin: 'https://node1.bbb.example.org', mediaType: 'audio' })).toBe(false);
  });

  it('refuses a request that names no origin', () => {
    expect(request('media', { mediaTypes: ['audio'] })).toBe(false);
    expect(request('fullscreen', undefined)).toBe(false);
    expect(check('fullscreen', '')).toBe(false);
  });

  it('offers media only for audio and video', () => {
    expect(request('media', { requestingUrl: ROOM, mediaTypes: [] })).toBe(false);
    expect(request('media', { requestingUrl: ROOM })).toBe(false);
    expect(request('media', { requestingUrl: ROOM, mediaTypes: ['audio', 'screen'] })).toBe(false);
    expect(check('media', 'https://node1.bbb.example.org', { mediaType: 'unknown' })).toBe(false);
    expect(check('media', 'https://node1.bbb.example.org', {})).toBe(false);
    expect(request('display-capture', { requestingUrl: ROOM, mediaTypes: ['video', 'audio'] })).toBe(true);
    expect(request('display-capture', { requestingUrl: ROOM, mediaTypes: ['window-handle'] })).toBe(false);
  });

  it('refuses everything with an empty allowlist', () => {
    expect(decidePermission(queryFromRequest('media', { requestingUrl: ROOM, mediaTypes: ['audio'] }), []).granted).toBe(false);
  });
});
