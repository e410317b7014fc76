import { describe, expect, it } from 'vitest';
import { chromeLikeUserAgent } from '../../../core/rooms/user-agent';

const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.41 Safari/537.36';
const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.41 Safari/537.36';

describe('chromeLikeUserAgent', () => {
  it('drops the Electron and app tokens', () => {
    const electron = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) go-local-companion/0.1.0 Chrome/140.0.7339.41 Electron/45.5.0 Safari/537.36';
    expect(chromeLikeUserAgent(electron)).toBe(CHROME_LINUX);
    expect(chromeLikeUserAgent(electron, 'go-local-companion/0.1.0')).toBe(CHROME_LINUX);
  });

  it('removes an app name with spaces when told its token', () => {
    const electron = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Go Local Companion/0.1.0 Chrome/140.0.7339.41 Electron/45.5.0 Safari/537.36';
    expect(chromeLikeUserAgent(electron, 'Go Local Companion/0.1.0')).toBe(CHROME_WINDOWS);
    expect(chromeLikeUserAgent(electron)).not.toContain('Electron/');
  });

  it('leaves Chrome’s own agent alone', () => {
    expect(chromeLikeUserAgent(CHROME_WINDOWS)).toBe(CHROME_WINDOWS);
    expect(chromeLikeUserAgent('')).toBe('');
  });
});
