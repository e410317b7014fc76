/**
 * The pseudo-locale (core/i18n/pseudo-locale.ts) is for development only: it
 * shows when the build was made with VITE_PSEUDO_LOCALE=1 (for example
 * `VITE_PSEUDO_LOCALE=1 npm run web`) or by a Vite dev server, and the page's
 * address asks for it with ?lang=pseudo. A production build never offers it.
 */
export function pseudoLocaleWanted(): boolean {
  const enabled = import.meta.env.DEV || import.meta.env.VITE_PSEUDO_LOCALE === '1';
  return enabled && new URLSearchParams(window.location.search).get('lang') === 'pseudo';
}
