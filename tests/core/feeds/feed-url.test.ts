import { describe, expect, it } from 'vitest';
import { checkFeedUrl, checkRedirect } from '../../../core/feeds/feed-url';
import { isSpecialHost } from '../../../core/feeds/special-address';
import { CompanionService } from '../../../core/service';
import { fakePorts } from '../support/fake-ports';
import { nativeFeed, opening } from '../support/native-feed';

describe('checkFeedUrl', () => {
  it.each([
    ['webcal://cal.example.org/golocal.ics', 'https://cal.example.org/golocal.ics'],
    ['WEBCALS://cal.example.org/golocal.ics?x=1', 'https://cal.example.org/golocal.ics?x=1'],
    ['  webcal://localhost:8080/f.ics', 'https://localhost:8080/f.ics'],
  ])('reads %s as the https address %s', (raw, url) => {
    expect(checkFeedUrl(raw)).toEqual({ ok: true, url });
  });

  it('still refuses credentials in a webcal address', () => {
    expect(checkFeedUrl('webcal://ada:pw@cal.example.org/f.ics').ok).toBe(false);
  });
});

describe('a webcal address in Settings', () => {
  it('is stored and fetched as https', async () => {
    const ports = fakePorts();
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening], 'Live') });
    const service = new CompanionService(ports, { bundledFeed: nativeFeed([opening], 'Bundled'), systemZone: 'UTC' });
    service.start();
    const status = await service.setFeedUrl('webcal://cal.example.org/golocal.ics');
    expect(status).toMatchObject({ url: 'https://cal.example.org/golocal.ics', error: null });
    expect(ports.transport.requests.map((r) => r.url)).toEqual(['https://cal.example.org/golocal.ics']);
    expect((await service.getState()).settings.feedUrl).toBe('https://cal.example.org/golocal.ics');
    service.stop();
  });
});

describe('isSpecialHost', () => {
  const host = (url: string): string => new URL(url).hostname;
  it.each([
    'http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1/', 'http://127.1/', 'http://0x7f.0.0.1/', 'http://2130706433/',
    'http://10.1.2.3/', 'http://172.20.0.1/', 'http://192.168.1.1/', 'http://100.64.0.1/', 'http://0.0.0.0/',
    'http://[::1]/', 'http://[::]/', 'http://[fd00::1]/', 'http://[fe80::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:169.254.169.254]/',
    'http://localhost/', 'http://api.localhost/', 'http://metadata.google.internal/', 'http://printer.local/', 'http://intranet/',
  ])('%s is not the public internet', (url) => {
    expect(isSpecialHost(host(url))).toBe(true);
  });

  it.each(['https://feeds.example.org/', 'https://8.8.8.8/', 'https://172.32.0.1/', 'https://[2001:db8::1]/', 'https://192.169.0.1/'])('%s is', (url) => {
    expect(isSpecialHost(host(url))).toBe(false);
  });
});

describe('checkRedirect', () => {
  const feed = 'https://feeds.example.org/f.json';
  it('follows a hop to another public https address, relative or absolute', () => {
    expect(checkRedirect(feed, feed, '/v2/f.json')).toEqual({ ok: true, url: 'https://feeds.example.org/v2/f.json' });
    expect(checkRedirect(feed, feed, 'https://cdn.example.net/f.json')).toEqual({ ok: true, url: 'https://cdn.example.net/f.json' });
  });

  it.each(['http://169.254.169.254/latest/meta-data/', 'https://169.254.169.254/', 'https://10.0.0.1/', 'http://127.0.0.1:8080/', 'https://[fd00::1]/', 'https://localhost/', 'http://feeds.example.org/f.json', 'javascript:alert(1)', 'https://u:p@x.org/'])(
    'refuses a public feed redirecting to %s',
    (location) => {
      const verdict = checkRedirect(feed, feed, location);
      expect(verdict.ok).toBe(false);
      expect(verdict.ok ? '' : verdict.reason).toMatch(/^the server redirected/);
    },
  );

  it('lets a feed on this machine redirect on this machine only', () => {
    const local = 'http://127.0.0.1:4000/f.json';
    expect(checkRedirect(local, local, 'http://localhost:4000/g.json').ok).toBe(true);
    expect(checkRedirect(local, local, 'http://169.254.169.254/').ok).toBe(false);
    expect(checkRedirect(local, local, 'https://10.0.0.1/').ok).toBe(false);
  });
});
