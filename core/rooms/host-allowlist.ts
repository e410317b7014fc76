/**
 * Matching a URL's host against the room allowlist. An entry is a host name
 * (port 443 implied) or host:port; matching is exact, never by suffix, so
 * bbb.example.org.evil.com and evil-bbb.example.org never pass for bbb.example.org.
 * Both sides go through URL, so case, a trailing dot and IDN (punycode) are
 * normalised the same way.
 */

/** The allowlist key of an https URL: lower-case host without trailing dot, plus :port when not 443. */
export function hostKeyOf(url: URL): string {
  const hostname = url.hostname.replace(/\.$/, '');
  return url.port === '' ? hostname : `${hostname}:${url.port}`;
}

/** An allowlist entry in the same normal form, or null when it is not a bare host[:port]. */
export function normalizeAllowedHost(entry: string): string | null {
  if (typeof entry !== 'string') return null;
  const trimmed = entry.trim();
  if (trimmed === '' || /[/\\?#@\s]/.test(trimmed)) return null;
  try {
    return hostKeyOf(new URL(`https://${trimmed}/`));
  } catch {
    return null;
  }
}

export function isAllowedHost(url: URL, allowedHosts: readonly string[]): boolean {
  if (url.username !== '' || url.password !== '') return false;
  const key = hostKeyOf(url);
  if (key === '') return false;
  return allowedHosts.some((entry) => normalizeAllowedHost(entry) === key);
}

/** An https URL (or origin) whose host is on the allowlist. */
export function isAllowedHttpsUrl(raw: string | undefined, allowedHosts: readonly string[]): boolean {
  if (raw === undefined) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && isAllowedHost(url, allowedHosts);
}
