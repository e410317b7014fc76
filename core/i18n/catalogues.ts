/**
 * The message catalogues, one file per language (flat keys namespaced by area:
 * "session.join.now"; ICU messages). The type makes a declared language without
 * its catalogue a compile error.
 */
import ar from './locales/ar.json';
import de from './locales/de.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import type { LANGUAGES } from './languages';

export type Catalogue = Readonly<Record<string, string>>;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const CATALOGUES: Record<LanguageCode, Catalogue> = { en, de, fr, es, ar };
