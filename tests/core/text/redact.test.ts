import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../core/text/redact';

/** Secrets a hostile or careless feed puts in front of us; none of these values may survive redaction. */
export const SECRET_VALUES = ['s3cr3tPW', 'deadbeefc0ffee', 'tok-123456', 'hunter2'];

describe('redactSecrets', () => {
  it.each([
    ['https://feeds.example.org/s.json?token=tok-123456', 'https://feeds.example.org/s.json?token=…'],
    ['https://x.org/f?a=1&ApiKey=tok-123456&b=2', 'https://x.org/f?a=1&ApiKey=…&b=2'],
    ['https://x.org/f?access_token=tok-123456#top', 'https://x.org/f?access_token=…#top'],
    ['https://x.org/f?X-Amz-Signature=deadbeefc0ffee&X-Amz-Date=2024', 'https://x.org/f?X-Amz-Signature=…&X-Amz-Date=2024'],
    ['could not fetch https://ada:hunter2@x.org/feed', 'could not fetch https://…@x.org/feed'],
    ['https://tok-123456@x.org/feed', 'https://…@x.org/feed'],
    ['PASSWORD=hunter2 pwd=hunter2 pass=hunter2 SIG=deadbeefc0ffee secret=s3cr3tPW', 'PASSWORD=… pwd=… pass=… SIG=… secret=…'],
    [
      'LOCATION:https://bbb.example.org/bigbluebutton/api/join?fullName=Ada&meetingID=room1&password=s3cr3tPW&checksum=deadbeefc0ffee',
      'LOCATION:https://bbb.example.org/bigbluebutton/api/join?fullName=…&meetingID=…&password=…&checksum=…',
    ],
    ['not well-formed XML near <room password="s3cr3tPW" name="Graz">', 'not well-formed XML near <room password="…" name="Graz">'],
    ["unexpected ' in {'apiKey': 'tok-123456', 'title': 'x'}", "unexpected ' in {'apiKey': '…', 'title': 'x'}"],
    ['{"access_token": "tok-123456", "room": "Graz"}', '{"access_token": "…", "room": "Graz"}'],
    ['https://bbb.example.org/html5client/join?sessionToken=tok-123456', 'https://bbb.example.org/html5client/join?sessionToken=…'],
    ['https://bbb.example.org/html5client/join?meeting=abc&sessionToken=tok-123456', 'https://bbb.example.org/html5client/join?meeting=…&sessionToken=…'],
    [
      'https://go.example/r?next=https%3A%2F%2Fbbb.example%2Fbigbluebutton%2Fapi%2Fjoin%3FmeetingID%3Dm1%26checksum%3Ddeadbeefc0ffee',
      'https://go.example/r?next=https%3A%2F%2Fbbb.example%2Fbigbluebutton%2Fapi%2Fjoin%3FmeetingID%3D…%26checksum%3D…',
    ],
  ])('%s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
    expect(redactSecrets(expected)).toBe(expected);
  });

  it('leaves ordinary text and ordinary queries alone', () => {
    const plain = 'not well-formed XML: closing tag "titel" (at line 4); see https://x.org/f?day=2&room=Graz and mailto:ada@example.org';
    expect(redactSecrets(plain)).toBe(plain);
  });
});
