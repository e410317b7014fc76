/**
 * The organisers' feed checker: `check` says whether a feed is usable,
 * `list` shows every session in the event zone and a local zone,
 * `ics` exports sessions as an iCalendar file.
 * Exit codes: 0 usable, 1 unusable (or unreadable, or an unknown session id), 2 wrong usage.
 */
import { writeFile } from 'node:fs/promises';
import { exportCalendar, MAX_ALARM_MINUTES } from '../core/calendar/ics-export';
import { FeedError, parseFeed, type ParseResult } from '../core/feeds';
import { unusableReason } from '../core/feeds/usable';
import { buildListing, formatListingTable, warningText } from '../core/feeds/listing';
import { leftOutRows } from '../core/feeds/csv';
import { isKnownTimeZone } from '../core/settings';
import { checkFeedUrl } from '../core/feeds/feed-url';
import { cutShortHint, loadFeed, type LoadedFeed } from './feed-source';
import { printable } from './printable';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Injected by tests; the real CLI reads files and URLs. */
  load?(source: string): Promise<string>;
  /** The machine's zone; injected by tests. */
  machineZone?: string;
  /** Raw stdout (an .ics must end exactly as written); falls back to out. */
  write?(text: string): void;
  /** The export time (DTSTAMP); injected by tests. */
  now?(): number;
  /** Writes --out files; injected by tests. */
  writeFile?(path: string, text: string): Promise<void>;
}

/** The conference is run from Graz: feeds that name no zone are read in its zone unless told otherwise. */
export const DEFAULT_FEED_ZONE = 'Europe/Vienna';

export const USAGE = `Usage: npm run --silent feed -- <command> <file-or-url> [options]

Commands:
  check <file-or-url>   Is the feed usable? Exit 0 if so (warnings on stderr), 1 if not, 2 on wrong usage.
  list <file-or-url>    Every session with its times in the event zone and a local zone.
  ics <file-or-url>     The sessions as an iCalendar (.ics) file, on stdout or in --out.
                        Exit 1 also when a --session id is not in the feed.

Options:
  --tz <IANA zone>          local zone for list (default: this machine's zone);
                            for ics, adds the times in that zone to each description
  --default-tz <IANA zone>  zone for feeds that state none (default: ${DEFAULT_FEED_ZONE})
  --json                    list as JSON
  --session <id>            ics: only this session (repeat for more; default: all)
  --alarm <minutes>         ics: a reminder this many minutes before (0-${MAX_ALARM_MINUTES})
  --out <file>              ics: write to this file instead of stdout
  -h, --help                this text

URLs must be https or webcal(s):// (plain http only for localhost).`;

type Command = 'check' | 'list' | 'ics';
const COMMANDS: readonly string[] = ['check', 'list', 'ics'] satisfies Command[];

interface Invocation {
  command: Command;
  source: string;
  tz?: string;
  defaultTz: string;
  json: boolean;
  sessions: string[];
  alarm?: number;
  out?: string;
}

type ParsedArgs = { ok: true; invocation: Invocation } | { ok: false; problem: string } | { ok: 'help' };

function parseArgs(args: string[]): ParsedArgs {
  const [command, ...rest] = args;
  if (command === '-h' || command === '--help' || command === 'help') return { ok: 'help' };
  if (!command || !COMMANDS.includes(command)) return { ok: false, problem: command ? `unknown command "${command}"` : 'no command given' };
  const positional: string[] = [];
  let tz: string | undefined;
  let defaultTz = DEFAULT_FEED_ZONE;
  let json = false;
  const sessions: string[] = [];
  let alarm: number | undefined;
  let out: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = (rest[i] as string).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '-h' || flag === '--help') return { ok: 'help' };
    if (flag === '--json' && inline === undefined) json = true;
    else if (flag === '--tz' || flag === '--default-tz') {
      const value = inline ?? rest[++i];
      if (!value) return { ok: false, problem: `${flag} needs an IANA zone such as Europe/Vienna` };
      if (!isKnownTimeZone(value)) return { ok: false, problem: `${flag}: unknown time zone "${value}"` };
      if (flag === '--tz') tz = value;
      else defaultTz = value;
    } else if (flag === '--session' || flag === '--alarm' || flag === '--out') {
      const value = inline ?? rest[++i];
      if (!value) return { ok: false, problem: `${flag} needs a value` };
      if (command !== 'ics') return { ok: false, problem: `${flag} belongs to ics` };
      if (flag === '--session') sessions.push(value);
      else if (flag === '--out') out = value;
      else if (!/^\d{1,4}$/.test(value) || Number(value) > MAX_ALARM_MINUTES) return { ok: false, problem: `--alarm takes whole minutes from 0 to ${MAX_ALARM_MINUTES}, not "${value}"` };
      else alarm = Number(value);
    } else if (flag.startsWith('-') && flag !== '-') return { ok: false, problem: `unknown option "${flag}"` };
    else positional.push(rest[i] as string);
  }
  if (positional.length !== 1) return { ok: false, problem: positional.length === 0 ? 'no feed file or URL given' : 'give exactly one feed' };
  if (command === 'check' && (tz !== undefined || json)) return { ok: false, problem: '--tz and --json belong to list' };
  if (command === 'ics' && json) return { ok: false, problem: '--json belongs to list' };
  const invocation: Invocation = { command: command as Command, source: positional[0] as string, defaultTz, json, sessions: [...new Set(sessions)] };
  if (tz) invocation.tz = tz;
  if (alarm !== undefined) invocation.alarm = alarm;
  if (out !== undefined) invocation.out = out;
  return { ok: true, invocation };
}

/** The feed's address as the app would store it (webcal:// read as https://), or null for a file. */
function feedAddress(source: string): string | null {
  if (!/^(https?|webcals?):\/\//i.test(source)) return null;
  const verdict = checkFeedUrl(source);
  return verdict.ok ? verdict.url : null;
}

/** `ics`: the chosen sessions (all by default) as one calendar. No ledger here: every SEQUENCE is 0. */
async function runIcs(result: ParseResult, invocation: Invocation, io: CliIo): Promise<number> {
  const { conference, sessions } = result.programme;
  const unknown = invocation.sessions.filter((id) => !sessions.some((s) => s.id === id));
  if (unknown.length > 0) {
    io.err(`error: no session with id ${unknown.map((id) => `"${id}"`).join(', ')} in the feed (see: feed -- list ${invocation.source} --json)`);
    return 1;
  }
  const chosen = invocation.sessions.length === 0 ? sessions : sessions.filter((s) => invocation.sessions.includes(s.id));
  for (const warning of result.warnings) io.err(`warning: ${warningText(warning)}`);
  let skipped = 0;
  const text = exportCalendar({
    sessions: chosen,
    calendarName: conference.title || 'Go Local',
    feedUrl: feedAddress(invocation.source),
    alarmMinutes: invocation.alarm ?? null,
    exportedAt: io.now?.() ?? Date.now(),
    sequences: () => 0,
    ...(invocation.tz ? { displayZone: invocation.tz } : {}),
    onSkipped: (session, reason) => {
      skipped += 1;
      io.err(`warning: session "${session.id}" left out of the calendar: ${reason}`);
    },
  });
  if (invocation.out === undefined) {
    (io.write ?? io.out)(text);
    return 0;
  }
  try {
    await (io.writeFile ?? ((path: string, data: string) => writeFile(path, data, 'utf8')))(invocation.out, text);
  } catch (error) {
    io.err(`error: cannot write ${invocation.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  io.err(`wrote ${chosen.length - skipped} session(s) to ${invocation.out}`);
  return 0;
}

export async function runFeedCli(args: string[], rawIo: CliIo): Promise<number> {
  // The one place the checker's words reach stdout and stderr. `write` stays raw: it is the .ics file itself.
  const io: CliIo = { ...rawIo, out: (text) => rawIo.out(printable(text)), err: (text) => rawIo.err(printable(text)) };
  const parsed = parseArgs(args);
  if (parsed.ok === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (!parsed.ok) {
    io.err(`feed: ${parsed.problem}\n\n${USAGE}`);
    return 2;
  }
  const { command, source, defaultTz, json } = parsed.invocation;
  let result: ParseResult;
  let feed: LoadedFeed = { text: '' };
  try {
    feed = io.load ? { text: await io.load(source) } : await loadFeed(source);
    const address = feedAddress(source);
    result = parseFeed(feed.text, { defaultTimeZone: defaultTz, ...(address === null ? {} : { sourceUrl: address }) });
  } catch (error) {
    // FeedError already names the place; anything else (unreadable file, a parser bug) is reported, never thrown.
    const message = error instanceof FeedError ? `${error.message}${cutShortHint(error.at, feed)}` : `${(error as Error).message ?? String(error)}`;
    io.err(`error: ${message}`);
    return 1;
  }
  if (command === 'ics') return runIcs(result, parsed.invocation, io);
  if (command === 'check') {
    for (const warning of result.warnings) io.err(`warning: ${warningText(warning)}`);
    // A spreadsheet's unreadable rows are left out, not fatal: say plainly which, so none is missed.
    const leftOut = result.format === 'csv' ? leftOutRows(result.warnings) : [];
    if (leftOut.length > 0) io.err(`${leftOut.length} row(s) left out (${leftOut.join(', ')}): fix them in the spreadsheet and check again`);
    const problem = unusableReason(result);
    if (problem !== null) {
      io.err(`error: ${problem}`);
      return 1;
    }
    const { conference, sessions } = result.programme;
    io.out(`usable: ${result.format}, ${sessions.length} sessions, event zone ${conference.timeZone}, ${result.warnings.length} warning(s)`);
    return 0;
  }
  const zone = parsed.invocation.tz ?? io.machineZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const listing = buildListing(result, zone);
  if (json) {
    io.out(JSON.stringify(listing, null, 2));
  } else {
    for (const warning of listing.warnings) io.err(`warning: ${warning}`);
    io.out(formatListingTable(listing));
  }
  return 0;
}
