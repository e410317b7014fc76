/**
 * The lang attribute for feed text whose language the feed states (a session's
 * `language`), so screen readers pronounce a German title as German inside an
 * English page. Nothing when the feed says nothing or names no valid tag.
 */
export function feedLang(code: string): string | undefined {
  if (code.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(code.trim())[0];
  } catch {
    return undefined;
  }
}
