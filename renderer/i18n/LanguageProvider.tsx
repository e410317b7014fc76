/**
 * The UI's language: one i18next instance (core/i18n) for the app's lifetime,
 * switched live when the language changes, and the document's lang and dir
 * kept in step so screen readers pronounce it and right-to-left languages lay out.
 */
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createTranslator } from '../../core/i18n/create-translator';
import { languageOf } from '../../core/i18n/languages';
import { PSEUDO_LANGUAGE } from '../../core/i18n/pseudo-locale';
import { pseudoLocaleWanted } from './pseudo-flag';

export function LanguageProvider({ language, children }: { language: string; children: ReactNode }) {
  const shown = pseudoLocaleWanted() ? PSEUDO_LANGUAGE : language;
  const [translator] = useState(() => createTranslator(shown));
  useEffect(() => {
    // The catalogues are bundled, so the switch is immediate; useTranslation re-renders every text.
    if (translator.language !== shown) void translator.changeLanguage(shown);
    document.documentElement.lang = shown;
    document.documentElement.dir = languageOf(shown).dir;
  }, [translator, shown]);
  return <I18nextProvider i18n={translator}>{children}</I18nextProvider>;
}
