/** What the attendee can set. Persisted through the KeyValueStore port. */
import { isSupportedLanguage } from './i18n/languages';
import type { HourCycleChoice } from './time/conventions';
import { isHourCycleChoice } from './time/conventions';

export type ThemePreference = 'system' | 'light' | 'dark';
export type DayGrouping = 'display' | 'event';
export type ProgrammeLayout = 'list' | 'timeline';

export interface Settings {
  /** The organisers' feed; null means the bundled programme. */
  feedUrl: string | null;
  /** IANA zone for display; null follows the system zone. */
  displayZone: string | null;
  /** Group days by the attendee's zone or by the event's (Graz) zone. */
  dayGrouping: DayGrouping;
  /** The programme as a list, or as a timeline with a column per room. */
  layout: ProgrammeLayout;
  theme: ThemePreference;
  /** Minutes before a bookmarked session to remind; null turns reminders off. */
  reminderMinutes: number | null;
  /** Automatic refresh interval; 0 turns it off. */
  refreshMinutes: number;
  /** How long before a session its room may be joined. */
  joinWindowMinutes: number;
  /** How long after a session's end its room may still be joined (0–120). */
  roomsOpenAfterEndMinutes: number;
  /** More BigBlueButton hosts rooms may use (for example a node the organisers announced by e-mail). */
  extraRoomHosts: string[];
  /** The UI language (a code of core/i18n/languages.ts); null follows the system's (the browser's) languages. */
  language: string | null;
  /** The clock: the conventions' own (12-hour in en-US, 24-hour in de), or forced to 12- or 24-hour. */
  hourCycle: HourCycleChoice;
}

/** What updateSettings may change: the feed URL is left out, it changes only through setFeedUrl (URL check, feed switch, bookmark move). */
export type SettingsPatch = Partial<Omit<Settings, 'feedUrl'>>;

export const DEFAULT_SETTINGS: Settings = {
  feedUrl: null,
  displayZone: null,
  dayGrouping: 'display',
  layout: 'list',
  theme: 'system',
  reminderMinutes: 10,
  refreshMinutes: 30,
  joinWindowMinutes: 10,
  roomsOpenAfterEndMinutes: 15,
  extraRoomHosts: [],
  language: null,
  hourCycle: 'locale',
};

/** A bare host name such as bbb2.example.org: letters, digits, dots and hyphens, no scheme, port or path. */
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;
export const isHostName = (value: unknown): value is string => typeof value === 'string' && HOST_NAME.test(value);

const isWholeMinutes = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

const knownZones = new Map<string, boolean>();

/** Whether Intl knows a zone; remembered, since feeds ask for the same zone for every session. */
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

/** Validates one field of a patch; used at the IPC boundary and when reading a stored copy. */
const fieldValidators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  feedUrl: (v): v is string | null => v === null || (typeof v === 'string' && v.length <= 2048),
  displayZone: (v): v is string | null => v === null || (typeof v === 'string' && isKnownTimeZone(v)),
  dayGrouping: (v): v is DayGrouping => v === 'display' || v === 'event',
  layout: (v): v is ProgrammeLayout => v === 'list' || v === 'timeline',
  theme: (v): v is ThemePreference => v === 'system' || v === 'light' || v === 'dark',
  reminderMinutes: (v): v is number | null => v === null || isWholeMinutes(v, 24 * 60),
  refreshMinutes: (v): v is number => isWholeMinutes(v, 24 * 60),
  joinWindowMinutes: (v): v is number => isWholeMinutes(v, 24 * 60),
  roomsOpenAfterEndMinutes: (v): v is number => isWholeMinutes(v, 120),
  extraRoomHosts: (v): v is string[] => Array.isArray(v) && v.length <= 50 && v.every(isHostName),
  language: (v): v is string | null => v === null || isSupportedLanguage(v),
  hourCycle: isHourCycleChoice,
};

export function isSettingsPatch(value: unknown): value is SettingsPatch {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([key, field]) => key !== 'feedUrl' && Object.hasOwn(fieldValidators, key) && fieldValidators[key as keyof Settings](field),
  );
}

/** Keeps every valid stored field and falls back to the default for the rest: a damaged store loses only what is damaged. */
export function settingsFromStored(stored: unknown): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (typeof stored !== 'object' || stored === null) return settings;
  for (const key of Object.keys(fieldValidators) as (keyof Settings)[]) {
    const value = (stored as Record<string, unknown>)[key];
    if (fieldValidators[key](value)) (settings as unknown as Record<string, unknown>)[key] = value;
  }
  return settings;
}
