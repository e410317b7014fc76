/**
 * go-local-companion:// deep links. Any program on the machine (a browser, a
 * mail client, a script) can hand us such a link, so it is untrusted input: we
 * accept exactly one shape, go-local-companion://session/<id>, and turn it into
 * a session id. Everything else is refused rather than guessed at.
 */
export const DEEP_LINK_SCHEME = 'go-local-companion';

/** Longer than any id a feed produces (guids are 36, hashed ids shorter), short enough to keep out junk. */
export const MAX_SESSION_ID_LENGTH = 200;
/** A whole link longer than this cannot hold a valid id even fully percent-encoded. */
const MAX_LINK_LENGTH = 16 + MAX_SESSION_ID_LENGTH * 3 + 32;

export interface SessionDeepLink {
  kind: 'session';
  sessionId: string;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Matched on the raw text rather than on new URL(): the URL parser would
 * resolve "/../x" and backslashes into something that looks valid.
 * The id is one path segment of URL characters, percent-encoded as needed; a trailing slash is tolerated
 * because Windows shells and some browsers append one to custom-scheme links.
 */
const SESSION_LINK = /^go-local-companion:\/\/session\/([\w\-.~%!$&'()*+,;=:@]+)\/?$/i;

export function parseDeepLink(raw: string): SessionDeepLink | null {
  if (typeof raw !== 'string' || raw.length > MAX_LINK_LENGTH) return null;
  const match = SESSION_LINK.exec(raw.trim());
  if (!match) return null;
  const segment = match[1]!;
  if (segment === '.' || segment === '..') return null;
  const sessionId = decode(segment);
  if (sessionId === null || sessionId.trim() === '') return null;
  if (sessionId.length > MAX_SESSION_ID_LENGTH || CONTROL_CHARACTERS.test(sessionId)) return null;
  return { kind: 'session', sessionId };
}

/**
 * The deep link a command line carries (Windows and Linux pass the link as an
 * argument, to the first launch and to 'second-instance'). Chromium may insert
 * its own switches, so look for the argument rather than at a fixed position;
 * the last one wins, as it is the one the user just clicked.
 */
export function deepLinkFromArgv(argv: readonly string[]): SessionDeepLink | null {
  const prefix = `${DEEP_LINK_SCHEME}:`;
  for (let index = argv.length - 1; index >= 0; index--) {
    const argument = argv[index]!;
    if (argument.toLowerCase().startsWith(prefix)) return parseDeepLink(argument);
  }
  return null;
}
