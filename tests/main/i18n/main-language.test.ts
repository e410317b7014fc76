/**
 * Main's language (main/i18n): it translates from the shared catalogues, gives a page its lang and
 * dir, tells its listeners only of a real switch, and follows the language setting as the renderer does.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CompanionState } from '../../../core/api';
import { EventHub } from '../../../core/events';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import type { Settings } from '../../../core/settings';
import { followLanguageSetting } from '../../../main/i18n/follow-language-setting';
import { MainLanguage } from '../../../main/i18n/main-language';

function serviceWith(language: string | null, systemLanguages: string[]) {
  const events = new EventHub();
  let settings: Settings = { ...DEFAULT_SETTINGS, language };
  return {
    events,
    getState: () => Promise.resolve({ settings, systemLanguages } satisfies Pick<CompanionState, 'settings' | 'systemLanguages'>),
    choose(next: string | null) {
      settings = { ...settings, language: next };
      events.emit('settingsChanged', settings);
    },
  };
}

describe('MainLanguage', () => {
  it('translates with ICU placeholders in the language it uses, and gives that language’s lang and dir', () => {
    const language = new MainLanguage();
    expect([language.code, language.dir, language.t('tray.quit')]).toEqual(['en', 'ltr', 'Quit']);
    language.use('de');
    expect([language.code, language.dir]).toEqual(['de', 'ltr']);
    expect(language.t('tray.nextReminder', { title: 'Eröffnung', time: '09:00' })).toBe('Nächste Erinnerung: Eröffnung um 09:00');
    language.use('ar');
    expect([language.code, language.dir, language.t('roomPage.consent.allow')]).toEqual(['ar', 'rtl', 'السماح']);
  });

  it('tells its listeners of each switch to another language, not of the same one again, and not after they leave', () => {
    const language = new MainLanguage();
    const heard = vi.fn(() => language.code);
    const leave = language.onChange(heard);
    language.use('en');
    language.use('fr');
    language.use('fr');
    leave();
    language.use('es');
    expect(heard.mock.results.map((result) => result.value as string)).toEqual(['fr']);
  });
});

describe('followLanguageSetting', () => {
  it('uses the chosen language, and the system’s when none is chosen, and switches live when Settings change', async () => {
    const service = serviceWith(null, ['de-AT', 'en-US']);
    const language = new MainLanguage();
    const stop = await followLanguageSetting(service, language);
    expect(language.code).toBe('de');
    service.choose('ar');
    expect(language.code).toBe('ar');
    service.choose(null);
    expect(language.code).toBe('de');
    stop();
    service.choose('fr');
    expect(language.code).toBe('de');
  });

  it('falls back to English when neither the setting nor the system names a shipped language', async () => {
    const language = new MainLanguage('fr');
    await followLanguageSetting(serviceWith(null, ['ja-JP']), language);
    expect(language.code).toBe('en');
  });
});
