/**
 * Settings: the UI language. Each language is listed in its own name, so an
 * attendee finds theirs whatever the UI shows now; "System" follows the
 * system's (the browser's) languages and names the one they pick.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageOf } from '../../core/i18n/languages';
import type { Language } from '../../core/i18n/languages';

/** The select's value for "follow the system" (null in the settings). */
const SYSTEM = '';

interface Props {
  chosen: string | null;
  systemLanguage: string;
  onChange: (language: string | null) => void;
}

export function LanguagePicker({ chosen, systemLanguage, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('settings.language.label')}</label>
      <select id={id} value={chosen ?? SYSTEM} onChange={(event) => onChange(event.target.value === SYSTEM ? null : event.target.value)}>
        <option value={SYSTEM}>{t('settings.language.system', { language: languageOf(systemLanguage).nativeName })}</option>
        {LANGUAGES.map((language: Language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.nativeName}
          </option>
        ))}
      </select>
    </>
  );
}
