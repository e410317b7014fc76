import { describe, expect, it } from 'vitest';
import en from '../../../core/i18n/locales/en.json';
import { pseudoCatalogue, pseudoMessage, PSEUDO_LANGUAGE } from '../../../core/i18n/pseudo-locale';
import { createTranslator } from '../../../core/i18n/create-translator';
import { catalogueDifferences } from './catalogue-shape';

describe('the pseudo-locale', () => {
  it('keeps every placeholder, plural, select and tag of every English message', () => {
    expect(catalogueDifferences(en, pseudoCatalogue(en))).toEqual([]);
  });

  it('accents the letters, pads about 40% and brackets the message', () => {
    const pseudo = pseudoMessage('Join room');
    expect(pseudo).toBe('[Ĵóíñ ŕóóɱ ····]');
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.ceil('Join room'.length * 1.4));
  });

  it('changes only the literal text inside plurals, never the keywords or the names', () => {
    expect(pseudoMessage('{count, plural, one {# session} other {# sessions}}')).toBe('[{count,plural,one{# šéššíóñ} other{# šéššíóñš}} ····]');
  });

  it('renders through the translator with the values filled in', () => {
    const { t } = createTranslator(PSEUDO_LANGUAGE);
    expect(t('days.count', { count: 2 })).toBe('[2 šéššíóñš ····]');
    expect(t('app.title.session', { title: 'Opening' })).toContain('Opening');
  });
});
