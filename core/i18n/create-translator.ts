/**
 * One i18next instance with ICU messages (i18next-icu over intl-messageformat)
 * for one language, English as the fallback for any key a catalogue lacks.
 * Pure: the renderer uses it now, main's menus, tray and notifications can use
 * the same catalogues later.
 */
import i18next from 'i18next';
import type { i18n, Resource } from 'i18next';
import ICU from 'i18next-icu';
import { CATALOGUES } from './catalogues';
import { SOURCE_LANGUAGE } from './languages';
import { PSEUDO_LANGUAGE, pseudoCatalogue } from './pseudo-locale';

function resourcesFor(language: string): Resource {
  const resources: Resource = {};
  for (const [code, catalogue] of Object.entries(CATALOGUES)) resources[code] = { translation: catalogue };
  if (language === PSEUDO_LANGUAGE) resources[PSEUDO_LANGUAGE] = { translation: pseudoCatalogue(CATALOGUES.en) };
  return resources;
}

/** A ready instance (synchronous: the catalogues are bundled, nothing is fetched). */
export function createTranslator(language: string): i18n {
  const instance = i18next.createInstance();
  void instance.use(new ICU()).init({
    lng: language,
    fallbackLng: SOURCE_LANGUAGE,
    resources: resourcesFor(language),
    // Flat keys with dots in them ("session.join.now"), no namespaces in keys.
    keySeparator: false,
    nsSeparator: false,
    // React escapes text itself; ICU does the interpolation.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
