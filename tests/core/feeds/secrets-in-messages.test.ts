/**
 * No message the app makes quotes a credential: parse errors of every format,
 * warnings, and the refresh error in the service's FeedStatus (the app's alert),
 * each fed a personal BigBlueButton join link, a tokened feed URL and userinfo.
 */
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../../core/feeds';
import { FeedTransportError } from '../../../core/ports';
import { CompanionService } from '../../../core/service';
import { fakePorts } from '../support/fake-ports';
import { nativeFeed, opening } from '../support/native-feed';
import { CLIENT, JOIN, TOKENED, expectNoSecret } from '../support/hostile-text';

function errorOf(feed: string): string {
  try {
    parseFeed(feed, { defaultTimeZone: 'Europe/Vienna' });
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return (error as Error).message;
  }
  throw new Error('expected a FeedError');
}

const ics = (line: string): string => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n${line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;

describe('a spreadsheet never quotes a secret', () => {
  it('in the error for an unclosed quote', () => {
    const message = errorOf(`title;date;start\n"A ${JOIN};2024-02-05;10:00\n`);
    expect(message).toMatch(/row \d+/);
    expectNoSecret(message);
  });

  it('in the warning for a cell that is not a time', () => {
    const result = parseFeed(`title;date;start\nA;2024-02-05;10:00\nB;2024-02-05;${TOKENED}\n`, { defaultTimeZone: 'Europe/Vienna' });
    expect(result.format).toBe('csv');
    const rowThree = result.warnings.find((warning) => warning.at === 'row 3');
    expect(rowThree?.message).toMatch(/^start: /);
    expectNoSecret(JSON.stringify(result.warnings));
  });
});

describe('parse errors never quote a secret', () => {
  it.each([
    ['iCalendar line without a colon', ics(`Join here ${JOIN.slice('https://'.length)}`)],
    ['iCalendar parameter without a value', ics(`X-ROOM;${CLIENT.slice('https://'.length)}`)],
    ['iCalendar unclosed quote', ics(`LOCATION;X="${TOKENED}`)],
    ['JSON with a bare URL', `{"talks": [ ${JOIN} ]}`],
    ['JSON with a bare tokened URL', `{"talks": [ ${TOKENED} ]}`],
    ['XML with an unquoted attribute', `<?xml version="1.0"?>\n<schedule a=${JOIN}>\n</schedule>`],
  ])('%s', (_name, feed) => {
    const message = errorOf(feed);
    expect(message).toMatch(/at line \d+/);
    expectNoSecret(message);
  });

  it('FeedError itself redacts, whoever builds it', () => {
    const error = new FeedError(`could not fetch ${TOKENED}`, `line 3 ${CLIENT}`);
    expectNoSecret(error.message);
    expectNoSecret(error.at ?? '');
    expect(error.message).toContain('token=…');
  });
});

describe('warnings never quote a secret', () => {
  it('a duplicate id whose title is a join link', () => {
    const talk = { code: 'A', title: JOIN, start: '2024-02-05T10:00:00Z', end: '2024-02-05T11:00:00Z' };
    const { warnings } = parseFeed(JSON.stringify({ talks: [talk, { ...talk, title: CLIENT }] }), { defaultTimeZone: 'Europe/Vienna' });
    expect(warnings.some((w) => w.message.includes('duplicate id'))).toBe(true);
    for (const warning of warnings) expectNoSecret(`${warning.message} ${warning.at ?? ''}`);
  });
});

describe('the refresh error in FeedStatus never quotes a secret', () => {
  const feedUrl = 'https://feeds.example.org/f.json';
  it.each([
    ['a transport error', new FeedTransportError(`could not fetch ${TOKENED}`)],
    ['a parse error', new FeedError(`not valid: ${JOIN}`)],
    ['anything else', new Error(`redirected to ${CLIENT}`)],
  ])('%s', async (_name, failure) => {
    const ports = fakePorts();
    ports.transport.reply({ status: 'ok', body: nativeFeed([opening], 'Live') }, failure);
    const service = new CompanionService(ports, { bundledFeed: nativeFeed([opening], 'Bundled'), systemZone: 'UTC' });
    service.start();
    await service.setFeedUrl(feedUrl);
    const status = await service.refreshFeed();
    expect(status.error).toMatch(/still shown/);
    expectNoSecret(status.error ?? '');
  });
});
