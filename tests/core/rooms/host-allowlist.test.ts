import { describe, expect, it } from 'vitest';
import { hostKeyOf, isAllowedHost, isAllowedHttpsUrl, normalizeAllowedHost } from '../../../core/rooms/host-allowlist';

const HOSTS = ['bbb.example.org', 'node1.bbb.example.org', '127.0.0.1:9443', 'bücher.example'];

describe('room host allowlist', () => {
  it('normalises entries the way URL normalises hosts', () => {
    expect(normalizeAllowedHost('BBB.Example.org.')).toBe('bbb.example.org');
    expect(normalizeAllowedHost('bbb.example.org:443')).toBe('bbb.example.org');
    expect(normalizeAllowedHost('bücher.example')).toBe('xn--bcher-kva.example');
    expect(normalizeAllowedHost('127.0.0.1:9443')).toBe('127.0.0.1:9443');
    for (const bad of ['', ' ', 'https://bbb.example.org', 'bbb.example.org/path', 'user@bbb.example.org', 'bbb example.org', 'a\\b']) {
      expect(normalizeAllowedHost(bad)).toBeNull();
    }
  });

  it.each([
    'https://bbb.example.org/rooms/x',
    'https://BBB.EXAMPLE.ORG/rooms/x',
    'https://bbb.example.org./rooms/x',
    'https://bbb.example.org:443/rooms/x',
    'https://node1.bbb.example.org/html5client/',
    'https://127.0.0.1:9443/rooms/x',
    'https://xn--bcher-kva.example/',
    'https://bücher.example/',
  ])('allows %s', (raw) => {
    expect(isAllowedHttpsUrl(raw, HOSTS)).toBe(true);
  });

  it.each([
    'https://bbb.example.org.evil.com/',
    'https://evil.com/bbb.example.org',
    'https://bbb-example.org/',
    'https://evilbbb.example.org/',
    'https://node2.bbb.example.org/',
    'https://example.org/',
    'https://bbb.example.org:8443/',
    'https://127.0.0.1/',
    'https://127.0.0.1:9444/',
    'https://bbb.example.org@evil.com/',
    'https://user:pw@bbb.example.org/',
    'https://xn--bbb-exmple-7ob.org/',
    'https://bbb.exаmple.org/',
    'http://bbb.example.org/',
    'bbb.example.org',
    'not a url',
  ])('refuses %s', (raw) => {
    expect(isAllowedHttpsUrl(raw, HOSTS)).toBe(false);
  });

  it('refuses everything with an empty allowlist', () => {
    expect(isAllowedHost(new URL('https://bbb.example.org/'), [])).toBe(false);
    expect(isAllowedHttpsUrl(undefined, HOSTS)).toBe(false);
  });

  it('keys hosts without the default port', () => {
    expect(hostKeyOf(new URL('https://a.example:443/'))).toBe('a.example');
    expect(hostKeyOf(new URL('https://[::1]:9443/'))).toBe('[::1]:9443');
  });
});
