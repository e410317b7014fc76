import { LANGUAGES, SOURCE_LANGUAGE } from './languages';

/** The primary subtag of a BCP 47 tag, lower case: de-AT → de, zh-Hant-TW → zh. */
const primarySubtag = (tag: string): string => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

const SHIPPED: readonly string[] = LANGUAGES.map((language) => language.code);

/**
 * The language to show: the attendee's choice when it is supported, else the first
 * of the system's (or browser's) preferred languages the app has, else English.
 * `supported` is the declared list; tests pass others.
 */
export function pickLanguage(preferred: readonly string[], chosen: string | null, supported: readonly string[] = SHIPPED): string {
  if (chosen !== null && supported.includes(chosen)) return chosen;
  for (const tag of preferred) {
    const code = primarySubtag(tag);
    if (supported.includes(code)) return code;
  }
  return SOURCE_LANGUAGE;
}
