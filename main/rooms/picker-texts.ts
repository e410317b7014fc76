import type { PickerTexts } from '../../core/room-picker-channels';
import type { MainLanguage } from '../i18n/main-language';

/** The screen-share picker's words in one language, with its lang and dir: the page has no catalogue, main sends these. */
export function pickerTexts({ t, code, dir }: Pick<MainLanguage, 't' | 'code' | 'dir'>): PickerTexts {
  return {
    lang: code,
    dir,
    title: t('roomPage.picker.title'),
    hint: t('roomPage.picker.hint'),
    empty: t('roomPage.picker.empty'),
    screens: t('roomPage.picker.screens'),
    windows: t('roomPage.picker.windows'),
    cancel: t('roomPage.picker.cancel'),
  };
}
