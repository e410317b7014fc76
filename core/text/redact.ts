/**
 * The one rule for secrets in messages: every error, warning, status line and
 * log line the app or the feed checker makes passes through `redactSecrets`.
 * Values are replaced by "…" and key names kept, so an organiser still sees
 * which parameter was wrong without the message ever carrying the credential.
 */

const HIDDEN = '…';

/** Key-name parts that mark a value as a credential (matched per word of the key, case-insensitive). */
const SECRET_WORDS = new Set([
  'token', 'key', 'secret', 'password', 'passwd', 'pass', 'pwd', 'passphrase', 'auth', 'authorization',
  'signature', 'sig', 'checksum', 'apikey', 'credential', 'credentials', 'session', 'sessionid', 'jwt',
  'bearer', 'otp', 'nonce', 'hmac', 'hash',
]);

/** "sessionToken", "access_token", "X-Amz-Signature", "apiKey" → their words. */
function keyWords(key: string): string[] {
  const decoded = key.replace(/%5F/gi, '_').replace(/%2D/gi, '-');
  const words = decoded
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return [decoded.toLowerCase().replace(/[^a-z0-9]/g, ''), ...words];
}

export const isSecretKey = (key: string): boolean => keyWords(key).some((word) => SECRET_WORDS.has(word));

/** `scheme://user:pass@host` and `scheme://token@host`: the userinfo goes, the host stays. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi;

/**
 * BigBlueButton join links (`/bigbluebutton/api/join?…`) and client links
 * (`/html5client/…?sessionToken=…`) are personal as a whole: every value in
 * their query goes, not only the checksum.
 */
const BBB_QUERY = /((?:\/|%2F)bigbluebutton(?:\/|%2F)api(?:\/|%2F)[a-z]+|(?:\/|%2F)html5client(?:\/|%2F)[^\s?#"'<>]*?)(\?|%3F)([^\s#"'<>]*)/gi;

/** `key=value` (also percent-encoded, `key%3Dvalue`, inside a nested URL). */
const PAIR = /(?<=^|[^A-Za-z0-9_.%-]|%26|%3F)([A-Za-z0-9_.-]+)(=|%3D)([^&\s#"'<>;]*?)(?=&|%26|[\s#"'<>;]|$)/gi;

/** `password="…"` (an XML attribute) and `"access_token": "…"` (JSON): a quoted value after a secret key. */
const QUOTED_PAIR = /(?<=^|[^A-Za-z0-9_.%-])([A-Za-z0-9_.-]+)(["']?\s*[=:]\s*)(["'])([^"'\n]*)\3/g;

function hideQuotedSecrets(text: string): string {
  return text.replace(QUOTED_PAIR, (match, key: string, separator: string, quote: string, value: string) =>
    value !== '' && isSecretKey(key) ? `${key}${separator}${quote}${HIDDEN}${quote}` : match,
  );
}

function hideAllValues(query: string): string {
  return query.replace(PAIR, (_match, key: string, equals: string, value: string) => `${key}${equals}${value === '' ? '' : HIDDEN}`);
}

function hideSecretValues(text: string): string {
  return text.replace(PAIR, (match, key: string, equals: string, value: string) =>
    value !== '' && isSecretKey(key) ? `${key}${equals}${HIDDEN}` : match,
  );
}

/** The message with every credential-shaped value replaced by "…". Idempotent; text without secrets is unchanged. */
export function redactSecrets(text: string): string {
  return hideQuotedSecrets(hideSecretValues(
    text
      .replace(USERINFO, `$1${HIDDEN}@`)
      .replace(BBB_QUERY, (_match, path: string, mark: string, query: string) => `${path}${mark}${hideAllValues(query)}`),
  ));
}
