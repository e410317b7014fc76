/**
 * The attendee's conventions for showing times and dates: a BCP 47 locale that
 * Intl formats with (12-hour with AM/PM in en-US, 24-hour in en-GB, de, fr, es;
 * date order and month names per locale) and an optional forced hour cycle.
 */

/** The Settings choice: the locale's own clock, or a forced 12- or 24-hour clock. */
export type HourCycleChoice = 'locale' | 'h12' | 'h23';

export const HOUR_CYCLE_CHOICES: readonly HourCycleChoice[] = ['locale', 'h12', 'h23'];

export interface TimeConventions {
  /** A canonical BCP 47 tag such as "en-US" or "de-AT". */
  locale: string;
  hourCycle: HourCycleChoice;
}

/** What code that has no attendee to ask uses (the CLI, exports, tests): British English, 24-hour. */
export const DEFAULT_CONVENTIONS: TimeConventions = { locale: 'en-GB', hourCycle: 'locale' };

const primarySubtag = (tag: string): string => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

/** A tag Intl accepts, canonical, or null (system locales arrive as "en_US.UTF-8", "C" or worse). */
function canonicalTag(tag: string): string | null {
  const trimmed = tag.trim().replace(/\..*$/, '').replace(/_/g, '-');
  if (trimmed === '' || trimmed.length > 64) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    return canonical && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : null;
  } catch {
    return null;
  }
}

/**
 * The locale to format with: the first system language in the UI language (a
 * German UI on an Austrian system gets de-AT, an English UI in New York en-US),
 * else the UI language itself. A French UI on a US system is formatted in
 * French: dates must read as the sentences around them.
 */
export function conventionsLocale(uiLanguage: string, systemLanguages: readonly string[]): string {
  const ui = primarySubtag(uiLanguage);
  for (const tag of systemLanguages.slice(0, 20)) {
    const canonical = canonicalTag(tag);
    if (canonical && primarySubtag(canonical) === ui) return canonical;
  }
  return canonicalTag(uiLanguage) ?? DEFAULT_CONVENTIONS.locale;
}

export const isHourCycleChoice = (value: unknown): value is HourCycleChoice =>
  typeof value === 'string' && (HOUR_CYCLE_CHOICES as readonly string[]).includes(value);

const localeClocks = new Map<string, boolean>();

/** Whether the locale's own clock is a 24-hour one (h23 or h24), remembered per locale. */
function localeUses24Hours(locale: string): boolean {
  let uses24 = localeClocks.get(locale);
  if (uses24 === undefined) {
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    uses24 = cycle === 'h23' || cycle === 'h24';
    if (localeClocks.size < 200) localeClocks.set(locale, uses24);
  }
  return uses24;
}

/**
 * Intl options for hours and minutes in these conventions. A 24-hour clock is
 * written with two-digit hours ("09:05", as programmes print it), a 12-hour one
 * without ("9:05 AM").
 */
export function clockOptions(conventions: TimeConventions): Intl.DateTimeFormatOptions {
  // hourCycle, not hour12: hour12 gives "0:05 PM" (h11) in some locales such as de and ja.
  if (conventions.hourCycle === 'h12') return { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' };
  if (conventions.hourCycle === 'h23' || localeUses24Hours(conventions.locale)) return { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return { hour: 'numeric', minute: '2-digit' };
}
