/**
 * Addresses a feed redirect must not lead to: this machine, private networks,
 * link-local (the cloud metadata endpoint 169.254.169.254), and the like. A
 * hostile feed server could otherwise make the app or the checker request
 * them. Works on hostnames as the WHATWG URL parser leaves them: it already
 * turns 0x7f.1, 2130706433 and 127.1 into 127.0.0.1 and writes IPv6 in
 * brackets in its shortest form, so the ranges below see one spelling only.
 * A name that merely resolves to such an address (DNS rebinding) is not
 * caught here; that would need the resolver, which core has not.
 */

/** IPv4 ranges as [first octets, prefix bits]: loopback, private, CGNAT, link-local, "this network", benchmarking, multicast and reserved. */
const IPV4_SPECIAL: readonly [number[], number][] = [
  [[127], 8],
  [[10], 8],
  [[172, 16], 12],
  [[192, 168], 16],
  [[100, 64], 10],
  [[169, 254], 16],
  [[0], 8],
  [[192, 0, 0], 24],
  [[198, 18], 15],
  [[224], 4],
  [[240], 4],
];

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|home\.arpa|localdomain)$/i;
const METADATA_NAMES = new Set(['metadata', 'metadata.google.internal', 'instance-data']);

function ipv4Octets(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

function inRange(octets: number[], [start, bits]: [number[], number]): boolean {
  const address = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const padded = [...start, 0, 0, 0, 0].slice(0, 4);
  const base = ((padded[0]! << 24) | (padded[1]! << 16) | (padded[2]! << 8) | padded[3]!) >>> 0;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (address & mask) === (base & mask);
}

const isSpecialIpv4 = (octets: number[]): boolean => IPV4_SPECIAL.some((range) => inRange(octets, range));

/** An IPv6 literal without brackets, as URL writes it (lower case, shortest form). */
function isSpecialIpv6(address: string): boolean {
  if (address === '::1' || address === '::') return true;
  // IPv4-mapped and -compatible forms reach the IPv4 address behind them (URL writes them in hex: ::ffff:7f00:1).
  const mapped = /^::(ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (mapped) {
    const high = parseInt(mapped[2]!, 16);
    const low = parseInt(mapped[3]!, 16);
    return isSpecialIpv4([high >> 8, high & 255, low >> 8, low & 255]);
  }
  const first = parseInt(address.split(':')[0] || '0', 16);
  // fc00::/7 unique local, fe80::/10 link-local, fec0::/10 site-local, ff00::/8 multicast.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0 || (first & 0xff00) === 0xff00;
}

/** True for a hostname (from `new URL(…).hostname`) on this machine or a network that is not the public internet. */
export function isSpecialHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) return isSpecialIpv6(host.slice(1, -1));
  const octets = ipv4Octets(host);
  if (octets) return isSpecialIpv4(octets);
  return LOCAL_NAMES.test(host) || METADATA_NAMES.has(host) || !host.includes('.');
}

/** This machine only: loopback addresses and localhost names. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '[::1]' || /(^|\.)localhost$/.test(host)) return true;
  const octets = ipv4Octets(host);
  return octets !== null && octets[0] === 127;
}
