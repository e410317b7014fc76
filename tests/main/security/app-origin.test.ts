import { describe, expect, it } from 'vitest';
import { appOriginFor, devRendererUrl, isOwnPageUrl } from '../../../main/security/app-origin';

describe('app origin', () => {
  it('recognises app://companion pages and nothing that merely looks like them', () => {
    const origin = appOriginFor(null);
    expect(isOwnPageUrl('app://companion/index.html', origin)).toBe(true);
    expect(isOwnPageUrl('app://companion/', origin)).toBe(true);
    expect(isOwnPageUrl('app://companion.evil.example/', origin)).toBe(false);
    expect(isOwnPageUrl('https://companion/', origin)).toBe(false);
    expect(isOwnPageUrl('http://localhost:5173/', origin)).toBe(false);
    expect(isOwnPageUrl('garbage', origin)).toBe(false);
  });

  it('trusts the dev server only in an unpackaged app and only on this machine', () => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173/');
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'https://evil.example.net/' }, false)).toBeNull();
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeNull();
    expect(devRendererUrl({}, false)).toBeNull();
    const origin = appOriginFor('http://localhost:5173/');
    expect(isOwnPageUrl('http://localhost:5173/src/main.tsx', origin)).toBe(true);
    expect(isOwnPageUrl('http://localhost:5174/', origin)).toBe(false);
  });
});
