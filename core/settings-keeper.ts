/**
 * Keeps settings safe the way BookmarkKeeper keeps bookmarks: every write goes
 * to the main store and to a mirror in the cache store, and a settings file
 * that was lost or replaced after damage is restored from the mirror.
 */
import type { KeyValueStore } from './ports';
import { settingsFromStored } from './settings';
import type { Settings } from './settings';
import type { SavedDataNote } from './storage/saved-data-note';

const PRIMARY_KEY = 'settings';
const MIRROR_KEY = 'settings-mirror';

export interface LoadedSettings {
  settings: Settings;
  /** What was repaired, for the attendee; empty when all was well. */
  notes: SavedDataNote[];
}

export class SettingsKeeper {
  constructor(
    private readonly primary: KeyValueStore,
    private readonly mirror: KeyValueStore,
  ) {}

  load(): LoadedSettings {
    const stored = this.primary.get(PRIMARY_KEY);
    const mirrored = this.mirror.get(MIRROR_KEY);
    const restore = stored === undefined && mirrored !== undefined;
    const settings = settingsFromStored(restore ? mirrored : stored);
    if (!restore) return { settings, notes: [] };
    this.save(settings);
    return { settings, notes: [{ kind: 'settings-restored' }] };
  }

  save(settings: Settings): void {
    this.primary.set(PRIMARY_KEY, settings);
    this.mirror.set(MIRROR_KEY, settings);
  }
}
