import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SESSION_ID_LENGTH, deepLinkFromArgv, parseDeepLink } from '../../core/deep-link';

describe('parseDeepLink', () => {
  it.each([
    ['go-local-companion://session/glc24-001', 'glc24-001'],
    ['go-local-companion://session/glc24-001/', 'glc24-001'],
    ['GO-LOCAL-COMPANION://session/abc', 'abc'],
    ['go-local-companion://session/a%20b%2Fc', 'a b/c'],
    ['go-local-companion://session/%C3%A9v%C3%A9nement', 'événement'],
    ['  go-local-companion://session/x  ', 'x'],
  ])('accepts %s', (raw, id) => {
    expect(parseDeepLink(raw)).toEqual({ kind: 'session', sessionId: id });
  });

  it.each([
    ['another scheme', 'https://session/abc'],
    ['a file link', 'file:///session/abc'],
    ['another host', 'go-local-companion://room/abc'],
    ['no id', 'go-local-companion://session/'],
    ['no path', 'go-local-companion://session'],
    ['a blank id', 'go-local-companion://session/%20%20'],
    ['two segments', 'go-local-companion://session/a/b'],
    ['a query', 'go-local-companion://session/abc?x=1'],
    ['a fragment', 'go-local-companion://session/abc#x'],
    ['credentials', 'go-local-companion://user:pw@session/abc'],
    ['a port', 'go-local-companion://session:8080/abc'],
    ['broken percent-encoding', 'go-local-companion://session/%E0%A4%A'],
    ['a control character', 'go-local-companion://session/a%0Ab'],
    ['a dot segment', 'go-local-companion://session/../settings'],
    ['a parent segment alone', 'go-local-companion://session/..'],
    ['a backslash', 'go-local-companion://session\\abc'],
    ['a host with userinfo', 'go-local-companion://x@session/abc'],
    ['a space inside the link', 'go-local-companion://session/a b'],
    ['the opaque form', 'go-local-companion:session/abc'],
    ['not a URL', 'session/abc'],
    ['an empty string', ''],
  ])('rejects %s', (_label, raw) => {
    expect(parseDeepLink(raw)).toBeNull();
  });

  it('caps the id length', () => {
    expect(parseDeepLink(`go-local-companion://session/${'a'.repeat(MAX_SESSION_ID_LENGTH)}`)?.sessionId).toHaveLength(MAX_SESSION_ID_LENGTH);
    expect(parseDeepLink(`go-local-companion://session/${'a'.repeat(MAX_SESSION_ID_LENGTH + 1)}`)).toBeNull();
    expect(parseDeepLink(`go-local-companion://session/${'%41'.repeat(MAX_SESSION_ID_LENGTH + 1)}`)).toBeNull();
    expect(parseDeepLink(`go-local-companion://session/${'a'.repeat(100_000)}`)).toBeNull();
  });

  it('round-trips any reasonable id through encodeURIComponent', () => {
    const id = fc
      .string({ minLength: 1, maxLength: MAX_SESSION_ID_LENGTH, unit: 'grapheme' })
      // "." and ".." stay unencoded and read as path steps: refused on purpose (see the traversal test).
      .filter((s) => s.trim() !== '' && s !== '.' && s !== '..' && !/[\u0000-\u001f\u007f-\u009f]/.test(s) && s.length <= MAX_SESSION_ID_LENGTH);
    fc.assert(
      fc.property(id, (sessionId) => {
        expect(parseDeepLink(`go-local-companion://session/${encodeURIComponent(sessionId)}`)).toEqual({ kind: 'session', sessionId });
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (raw) => void parseDeepLink(raw)));
    fc.assert(
      fc.property(fc.webUrl(), (raw) => {
        expect(parseDeepLink(raw)).toBeNull();
      }),
    );
  });
});

describe('deepLinkFromArgv', () => {
  it('finds the link among Chromium switches, the last one winning', () => {
    const argv = ['C:\\Program Files\\Go Local Companion.exe', '--allow-file-access-from-files', 'go-local-companion://session/one', 'go-local-companion://session/two'];
    expect(deepLinkFromArgv(argv)).toEqual({ kind: 'session', sessionId: 'two' });
  });

  it('returns null without a link, or when the last link is malformed', () => {
    expect(deepLinkFromArgv(['/usr/bin/go-local-companion', '--no-sandbox'])).toBeNull();
    expect(deepLinkFromArgv(['app', 'go-local-companion://session/ok', 'go-local-companion://evil/x'])).toBeNull();
    expect(deepLinkFromArgv([])).toBeNull();
  });
});
