import { describe, expect, it } from 'vitest';
import { detectFormat, FeedError, MAX_FEED_BYTES, parseFeed } from '../../../core/feeds';

const options = { defaultTimeZone: 'Europe/Vienna' };

describe('detectFormat', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- made by hand -->\n<schedule></schedule>', 'frab-xml'],
    ['\n  <schedule/>', 'frab-xml'],
    ['BEGIN:VCALENDAR\r\nEND:VCALENDAR', 'ical'],
    ['begin:vcalendar\nend:vcalendar', 'ical'],
    ['{"schedule": {"conference": {}}}', 'schedule-json'],
    ['{"talks": [], "rooms": []}', 'pretalx'],
    ['{"count": 1, "results": [{"contributions": []}]}', 'indico'],
    ['{"format": "go-local-companion/1"}', 'native'],
  ])('sniffs %j as %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it.each([
    ['<rss version="2.0"></rss>', /<rss> root; expected a frab\/Pentabarf <schedule>/],
    ['{"foo": 1}', /JSON, but not a programme shape/],
    ['[1, 2]', /JSON, but not a programme shape/],
    ['hello', /not a programme feed this app can read/],
    ['{"talks": [1,}', /not valid JSON: unexpected "}" \(at line 1\)/],
  ])('refuses %j clearly', (text, message) => {
    expect(() => detectFormat(text)).toThrow(message);
  });
});

describe('parseFeed caps', () => {
  it('refuses empty and oversized feeds before parsing', () => {
    expect(() => parseFeed('  \n', options)).toThrow('the feed is empty');
    expect(() => parseFeed(' '.repeat(MAX_FEED_BYTES + 1), options)).toThrow(/larger than 20 MB/);
  });

  it('skips a byte-order mark', () => {
    expect(parseFeed('\ufeff{"talks": []}', options).format).toBe('pretalx');
  });

  it('refuses JSON nested deeper than 64 levels, naming the path', () => {
    const deep = `{"schedule": {"conference": {"days": ${'['.repeat(80)}${']'.repeat(80)}}}}`;
    const error = (() => {
      try {
        parseFeed(deep, options);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).message).toMatch(/nested deeper than 64 levels/);
    expect((error as FeedError).at).toMatch(/^\$\.schedule\.conference\.days\[0\]\[0\]/);
  });

  it('names the line of a JSON syntax error', () => {
    expect(() => parseFeed('{\n  "talks": [\n    {"title": "a",}\n  ]\n}', options)).toThrow(/\(at line 3\)/);
    expect(() => parseFeed('{\n  "talks": [', options)).toThrow(/ends too early/);
  });
});
