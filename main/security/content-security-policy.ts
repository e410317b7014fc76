/**
 * The policy for every page we serve from app://. Feed text is untrusted, so no
 * inline script may run and nothing may be fetched from elsewhere: the main
 * process does all networking. frame-ancestors stops other pages framing us.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
