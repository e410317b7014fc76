/**
 * Words an organiser can act on for a failed download, instead of the fetch
 * implementation's own ("fetch failed", "terminated"). Node's fetch (undici)
 * puts the real reason in `cause` with a code; browsers give a bare TypeError
 * (the page may not learn why), for which the caller keeps its own words.
 */

/** How deep the `cause` chain is followed: undici nests two or three levels. */
const MAX_CAUSES = 5;

const TLS_WORDS = "the secure connection failed: the server's certificate";

/** Error codes, as undici, Node's net/tls/dns and OpenSSL name them, to words. */
const BY_CODE: Readonly<Record<string, string>> = {
  ENOTFOUND: 'the server name could not be found (check the address, or this network\u2019s DNS)',
  EAI_AGAIN: 'the server name could not be looked up right now (DNS did not answer; check the network)',
  ECONNREFUSED: 'nothing answers at that address and port (connection refused)',
  ECONNRESET: 'the server reset the connection',
  ETIMEDOUT: 'the server could not be reached in time (connection timed out)',
  EHOSTUNREACH: 'the server\u2019s network cannot be reached from here',
  ENETUNREACH: 'the network is unreachable from here',
  UND_ERR_CONNECT_TIMEOUT: 'the server could not be reached in time (connection timed out)',
  UND_ERR_HEADERS_OVERFLOW: 'the server sent more header lines than any web server should; this is not a normal feed server answer',
  UND_ERR_HEADERS_TIMEOUT: 'the server accepted the connection but sent no answer in time',
  UND_ERR_BODY_TIMEOUT: 'the server stopped sending in the middle of the feed',
  UND_ERR_SOCKET: 'the server closed the connection before the whole feed arrived (the download is incomplete; it may have sent less than its Content-Length)',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'the server sent a different number of bytes than its Content-Length said',
  UND_ERR_REQ_CONTENT_LENGTH_MISMATCH: 'the server sent a different number of bytes than its Content-Length said',
  HPE_INVALID_CONSTANT: 'the server did not answer in HTTP (an HTTP/0.9 or non-web service on that port?)',
  HPE_INVALID_VERSION: 'the server did not answer in HTTP/1.x',
  HPE_HEADER_OVERFLOW: 'the server sent more header lines than any web server should; this is not a normal feed server answer',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'the server sent a Content-Length that does not fit its answer',
  HPE_INVALID_CONTENT_LENGTH: 'the server sent an invalid Content-Length',
  ERR_INVALID_URL: 'the server redirected to something that is not a web address',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the secure connection failed: the server does not speak https on that port (is it a plain http port?)',
  CERT_HAS_EXPIRED: `${TLS_WORDS} has expired`,
  CERT_NOT_YET_VALID: `${TLS_WORDS} is not valid yet (check this computer\u2019s clock)`,
  DEPTH_ZERO_SELF_SIGNED_CERT: `${TLS_WORDS} is self-signed, so it is not trusted`,
  SELF_SIGNED_CERT_IN_CHAIN: `${TLS_WORDS} chain ends in an untrusted (self-signed) root`,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: `${TLS_WORDS} cannot be verified (the server may be missing an intermediate certificate)`,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: `${TLS_WORDS} comes from an issuer this computer does not trust`,
  ERR_TLS_CERT_ALTNAME_INVALID: `${TLS_WORDS} is for another name than the one in the address`,
  CERT_DATE: `${TLS_WORDS} has expired or is not valid yet (check this computer\u2019s clock too)`,
};

/** Chromium's net errors (Electron's net.request says `net::ERR_…`), read as the codes above. */
const CHROMIUM_NET_ERRORS: Readonly<Record<string, string>> = {
  ERR_NAME_NOT_RESOLVED: 'ENOTFOUND',
  ERR_NAME_RESOLUTION_FAILED: 'EAI_AGAIN',
  ERR_CONNECTION_REFUSED: 'ECONNREFUSED',
  ERR_CONNECTION_RESET: 'ECONNRESET',
  ERR_CONNECTION_CLOSED: 'UND_ERR_SOCKET',
  ERR_CONNECTION_TIMED_OUT: 'ETIMEDOUT',
  ERR_TIMED_OUT: 'ETIMEDOUT',
  ERR_ADDRESS_UNREACHABLE: 'EHOSTUNREACH',
  ERR_INTERNET_DISCONNECTED: 'ENETUNREACH',
  ERR_RESPONSE_HEADERS_TOO_BIG: 'UND_ERR_HEADERS_OVERFLOW',
  ERR_INVALID_HTTP_RESPONSE: 'HPE_INVALID_CONSTANT',
  ERR_CONTENT_LENGTH_MISMATCH: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  ERR_INCOMPLETE_CHUNKED_ENCODING: 'UND_ERR_SOCKET',
  ERR_EMPTY_RESPONSE: 'UND_ERR_SOCKET',
  ERR_SSL_PROTOCOL_ERROR: 'ERR_SSL_WRONG_VERSION_NUMBER',
  ERR_CERT_DATE_INVALID: 'CERT_DATE',
  ERR_CERT_AUTHORITY_INVALID: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  ERR_CERT_COMMON_NAME_INVALID: 'ERR_TLS_CERT_ALTNAME_INVALID',
};

interface WithCause {
  code?: unknown;
  cause?: unknown;
  message?: unknown;
}

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSES && typeof current === 'object' && current !== null; depth++) {
    const { code, cause } = current as WithCause;
    if (typeof code === 'string') codes.push(code);
    const chromium = typeof (current as WithCause).message === 'string' ? /net::(ERR_[A-Z_]+)/.exec((current as WithCause).message as string)?.[1] : undefined;
    if (chromium) codes.push(CHROMIUM_NET_ERRORS[chromium] ?? chromium);
    current = cause;
  }
  return codes;
}

/** The innermost message of the `cause` chain: undici's outer "fetch failed" says nothing, its cause does. */
export function innermostMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  let current: unknown = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; depth < MAX_CAUSES && current instanceof Error; depth++) {
    message = current.message;
    current = current.cause;
  }
  return message;
}

/** The organiser's words for a network error, or null when the error carries no reason we know. */
export function describeNetworkFailure(error: unknown): string | null {
  for (const code of codesOf(error)) {
    const words = BY_CODE[code];
    if (words) return words;
    if (/^(ERR_SSL_|ERR_TLS_|CERT_|ERR_CERT_)/.test(code)) return `the secure connection failed (${code})`;
  }
  return null;
}
