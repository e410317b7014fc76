/**
 * The organisers' feed checker: `check` says whether a feed is usable,
 * `list` shows every session in the event zone and a local zone.
 * Exit codes: 0 usable, 1 unusable (or unreadable), 2 wrong usage.
 */
import { FeedError, parseFeed, type ParseResult } from '../core/feeds';
import { buildListing, formatListingTable, warningText } from '../core/feeds/listing';
import { isKnownTimeZone } from '../core/settings';
import { loadFeedSource } from './feed-source';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Injected by tests; the real CLI reads files and URLs. */
  load?(source: string): Promise<string>;
  /** The machine's zone; injected by tests. */
  machineZone?: string;
}

/** The conference is run from Graz: feeds that name no zone are read in its zone unless told otherwise. */
export const DEFAULT_FEED_ZONE = 'Europe/Vienna';

export const USAGE = `Usage: npm run --silent feed -- <command> <file-or-url> [options]

Commands:
  check <file-or-url>   Is the feed usable? Exit 0 if so (warnings on stderr), 1 if not, 2 on wrong usage.
  list <file-or-url>    Every session with its times in the event zone and a local zone.

Options:
  --tz <IANA zone>          local zone for list (default: this machine's zone)
  --default-tz <IANA zone>  zone for feeds that state none (default: ${DEFAULT_FEED_ZONE})
  --json                    list as JSON
  -h, --help                this text

URLs must be https (plain http only for localhost).`;

interface Invocation {
  command: 'check' | 'list';
  source: string;
  tz?: string;
  defaultTz: string;
  json: boolean;
}

type ParsedArgs = { ok: true; invocation: Invocation } | { ok: false; problem: string } | { ok: 'help' };

function parseArgs(args: string[]): ParsedArgs {
  const [command, ...rest] = args;
  if (command === '-h' || command === '--help' || command === 'help') return { ok: 'help' };
  if (command !== 'check' && command !== 'list') return { ok: false, problem: command ? `unknown command "${command}"` : 'no command given' };
  const positional: string[] = [];
  let tz: string | undefined;
  let defaultTz = DEFAULT_FEED_ZONE;
  let json = false;
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
    } else if (flag.startsWith('-') && flag !== '-') return { ok: false, problem: `unknown option "${flag}"` };
    else positional.push(rest[i] as string);
  }
  if (positional.length !== 1) return { ok: false, problem: positional.length === 0 ? 'no feed file or URL given' : 'give exactly one feed' };
  if (command === 'check' && (tz !== undefined || json)) return { ok: false, problem: '--tz and --json belong to list' };
  return { ok: true, invocation: { command, source: positional[0] as string, ...(tz ? { tz } : {}), defaultTz, json } };
}

export async function runFeedCli(args: string[], io: CliIo): Promise<number> {
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
  try {
    const text = await (io.load ?? loadFeedSource)(source);
    result = parseFeed(text, { defaultTimeZone: defaultTz, ...(/^https?:/i.test(source) ? { sourceUrl: source } : {}) });
  } catch (error) {
    // FeedError already names the place; anything else (unreadable file, a parser bug) is reported, never thrown.
    const message = error instanceof FeedError ? error.message : `${(error as Error).message ?? String(error)}`;
    io.err(`error: ${message}`);
    return 1;
  }
  if (command === 'check') {
    for (const warning of result.warnings) io.err(`warning: ${warningText(warning)}`);
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
