/** Hostile text shared by the tests of messages, terminal output and notifications. */
import { expect } from 'vitest';

export const JOIN = 'https://bbb.example.org/bigbluebutton/api/join?fullName=Ada&meetingID=room1&password=s3cr3tPW&checksum=deadbeefc0ffee';
export const CLIENT = 'https://bbb.example.org/html5client/join?sessionToken=tok-123456';
export const TOKENED = 'https://ada:hunter2@feeds.example.org/f.json?token=tok-123456&apiKey=s3cr3tPW';
const SECRETS = ['s3cr3tPW', 'deadbeefc0ffee', 'tok-123456', 'hunter2', 'Ada&'];

export function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text, text).not.toContain(secret);
}

/** Every sequence a hostile title may try on an organiser's terminal. */
export const TERMINAL_ATTACKS = [
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\u001b]52;c;cGF5bG9hZA==\u0007',
  '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\',
  'fake\rreal',
  'bell\u0007',
  'del\u007f',
  '\u009b2J',
  '\u0085next',
  '\u202eevil\u202c',
  '\u2066iso\u2069',
];

/** True when the text holds nothing a terminal would act on (newline and tab allowed). */
export const isTerminalSafe = (text: string): boolean =>
  !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text);
