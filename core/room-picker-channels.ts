/**
 * The IPC contract between the screen-share picker page and main: pure types,
 * channel names and guards. Its own file, imported by the picker's preload, the
 * page and main: each sandboxed preload must bundle into one file, so the two
 * room preloads share no module.
 */
export const PICKER_CHANNELS = {
  ready: 'room-picker:ready',
  choose: 'room-picker:choose',
  cancel: 'room-picker:cancel',
  sources: 'room-picker:sources',
  texts: 'room-picker:texts',
} as const;

/** Everything the picker page sends main, by channel, with its payload (`undefined`: a bare signal). */
export interface PickerMessages {
  [PICKER_CHANNELS.ready]: undefined;
  /** The id of one source main offered. */
  [PICKER_CHANNELS.choose]: string;
  [PICKER_CHANNELS.cancel]: undefined;
}

/** Everything main pushes to the picker page, by channel. */
export interface PickerPushes {
  [PICKER_CHANNELS.sources]: PickerSource[];
  /** Sent before the sources, and again when the language setting changes while the picker is open. */
  [PICKER_CHANNELS.texts]: PickerTexts;
}

/** The picker's words, already in the attendee's language (the page has no catalogues), and that language. */
export interface PickerTexts {
  /** For the page's <html lang> and <html dir> (Arabic mirrors the page). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The page's heading and title (the window's title follows it). */
  title: string;
  hint: string;
  empty: string;
  screens: string;
  windows: string;
  cancel: string;
}

const PICKER_TEXT_NAMES = ['lang', 'title', 'hint', 'empty', 'screens', 'windows', 'cancel'] as const satisfies readonly (keyof PickerTexts)[];

export function isPickerTexts(value: unknown): value is PickerTexts {
  if (typeof value !== 'object' || value === null) return false;
  const texts = value as Record<string, unknown>;
  return (texts['dir'] === 'ltr' || texts['dir'] === 'rtl') && PICKER_TEXT_NAMES.every((name) => typeof texts[name] === 'string');
}

export interface PickerSource {
  id: string;
  name: string;
  kind: 'screen' | 'window';
  /** A data: URL of a small PNG; the picker's CSP allows data: images only. */
  thumbnail: string;
}

export function isPickerSourceList(value: unknown): value is PickerSource[] {
  return (
    Array.isArray(value) &&
    value.every((item: unknown) => {
      if (typeof item !== 'object' || item === null) return false;
      const source = item as Record<string, unknown>;
      return typeof source['id'] === 'string' && typeof source['name'] === 'string' && typeof source['thumbnail'] === 'string';
    })
  );
}

/** What the picker page may ask of main: its preload hands the page exactly this, named sourcePicker. */
export interface SourcePickerApi {
  choose(id: string): void;
  cancel(): void;
  /** Registered before onSources: the texts arrive first. */
  onTexts(listener: (texts: PickerTexts) => void): void;
  /** Tells main the page is ready, which then sends the texts and the sources. */
  onSources(listener: (sources: PickerSource[]) => void): void;
}
