import { describe, expect, it } from 'vitest';
import { decideNavigation } from '../../../core/rooms/navigation-policy';

const HOSTS = ['gl.example.org', 'node1.bbb.example.org', '127.0.0.1:9443'];
const decide = (url: string, isMainFrame = true, signInHost?: string) => decideNavigation(url, HOSTS, { isMainFrame, signInHost }).decision;

describe('room navigation policy', () => {
  it.each([
    'https://gl.example.org/rooms/abc-def-ghi-jkl/join',
    'https://GL.example.org./rooms/abc-def-ghi-jkl',
    'https://gl.example.org:443/signin',
    'https://node1.bbb.example.org/html5client/join?sessionToken=abc',
    'https://127.0.0.1:9443/rooms/abc-def-ghi-jkl/join',
  ])('keeps %s in the room window', (url) => {
    expect(decide(url)).toBe('allow');
    expect(decide(url, false)).toBe('allow');
  });

  it('allows the sign-in host only when it is configured', () => {
    expect(decide('https://login.example.net/saml', true)).toBe('external');
    expect(decide('https://login.example.net/saml', true, 'login.example.net')).toBe('allow');
    expect(decide('https://login.example.net.evil.com/', true, 'login.example.net')).toBe('external');
  });

  it.each([
    'https://www.example.org/programme',
    'https://gl.example.org.evil.com/rooms/x',
    'https://gl-example.org/',
    'https://evilgl.example.org/',
    'https://node2.bbb.example.org/html5client/',
    'https://gl.example.org:8443/',
    'https://127.0.0.1/',
    'https://127.0.0.1:9444/',
    'https://xn--gl-exmple-5ib.org/',
    'https://gl.exаmple.org/',
    'http://gl.example.org/rooms/x',
    'http://example.org/',
  ])('sends %s to the system browser from the main frame and blocks it in a sub-frame', (url) => {
    expect(decide(url)).toBe('external');
    expect(decide(url, false)).toBe('block');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'file:///etc/passwd',
    'file://gl.example.org/share',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://gl.example.org/6d3b1f7e-0000-4000-8000-000000000000',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'view-source:https://gl.example.org/',
    'ms-msdt:/id PCWDiagnostic',
    'zoommtg://zoom.us/join',
    'go-local-companion://open',
    'app://companion/index.html',
    'https://user:pass@gl.example.org/',
    'https://gl.example.org@evil.com/',
    'http://user@example.org/',
    'not a url',
    '',
  ])('blocks %j', (url) => {
    expect(decide(url)).toBe('block');
  });

  it('lets sub-frames be empty or hold the room host’s own blobs, nothing more', () => {
    expect(decide('about:blank', false)).toBe('allow');
    expect(decide('about:srcdoc', false)).toBe('allow');
    expect(decide('blob:https://gl.example.org/6d3b1f7e-0000-4000-8000-000000000000', false)).toBe('allow');
    expect(decide('blob:https://evil.example.net/6d3b1f7e', false)).toBe('block');
    expect(decide('blob:null/6d3b1f7e', false)).toBe('block');
    expect(decide('data:text/html,hi', false)).toBe('block');
    expect(decide('javascript:alert(1)', false)).toBe('block');
  });

  it('never puts a path or query in its reason', () => {
    for (const url of ['https://evil.example.net/x?sessionToken=SECRET', 'file:///SECRET', 'javascript:SECRET']) {
      expect(decideNavigation(url, HOSTS).reason).not.toContain('SECRET');
    }
  });
});
