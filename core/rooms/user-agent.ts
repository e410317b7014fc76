/**
 * BBB and Greenlight check the browser: an "Electron/45" or app token in the
 * user agent makes some versions show "unsupported browser" or disable media.
 * Electron's default agent is Chrome's plus two tokens; dropping every
 * product token that Chrome itself does not send leaves Chrome's agent, with
 * the real Chromium version (so feature detection stays truthful).
 */
const CHROME_PRODUCTS = new Set(['mozilla', 'applewebkit', 'chrome', 'safari', 'mobile']);

/** `appToken`: the app's own "Name/version", which may contain spaces and so is removed literally first. */
export function chromeLikeUserAgent(electronUserAgent: string, appToken?: string): string {
  const withoutApp = appToken ? electronUserAgent.split(` ${appToken}`).join('') : electronUserAgent;
  const tokens = withoutApp.match(/\([^)]*\)|\S+/g) ?? [];
  const kept = tokens.filter((token) => {
    if (token.startsWith('(')) return true;
    const product = token.split('/')[0]?.toLowerCase() ?? '';
    return !token.includes('/') || CHROME_PRODUCTS.has(product);
  });
  return kept.join(' ');
}
