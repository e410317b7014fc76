import type { CompanionState, Unsubscribe } from '../../core/api';
import { pickLanguage } from '../../core/i18n/pick-language';
import type { EventSource } from '../ipc/forward-events';
import type { MainLanguage } from './main-language';

export interface LanguageSource {
  getState(): Promise<Pick<CompanionState, 'settings' | 'systemLanguages'>>;
  events: EventSource;
}

/**
 * Keeps main's language on the attendee's choice, as the renderer does: the
 * chosen language when set, else the system's. A change in Settings switches
 * it live (no restart), and the menu, tray and open windows follow.
 */
export async function followLanguageSetting(source: LanguageSource, language: MainLanguage): Promise<Unsubscribe> {
  const { settings, systemLanguages } = await source.getState();
  language.use(pickLanguage(systemLanguages, settings.language));
  return source.events.on('settingsChanged', (changed) => language.use(pickLanguage(systemLanguages, changed.language)));
}
