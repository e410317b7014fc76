/** Links from untrusted text may leave the app only as http(s) or mailto, parsed by URL. */
export type LinkVerdict = { ok: true; url: string } | { ok: false };

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function checkExternalLink(raw: string): LinkVerdict {
  try {
    const url = new URL(raw.trim());
    if (!SAFE_PROTOCOLS.has(url.protocol)) return { ok: false };
    if (url.protocol !== 'mailto:' && (url.username || url.password)) return { ok: false };
    return { ok: true, url: url.href };
  } catch {
    return { ok: false };
  }
}
