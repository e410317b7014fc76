import { isSupportedLanguage, SOURCE_LANGUAGE } from './languages';

/** The primary subtag of a BCP 47 tag, lower case: de-AT → de, zh-Hant-TW → zh. */
const primarySubtag = (tag: string): string => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * The language to show: the attendee's choice when it is supported, else the first
 * of the system's (or browser's) preferred languages the app has, else English.
 */
export function pickLanguage(preferred: readonly string[], chosen: string | null): string {
  if (chosen !== null && isSupportedLanguage(chosen)) return chosen;
  for (const tag of preferred) {
    const code = primarySubtag(tag);
    if (isSupportedLanguage(code)) return code;
  }
  return SOURCE_LANGUAGE;
}
