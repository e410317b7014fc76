import type { ToolbarTexts } from '../../core/room-toolbar-channels';
import type { Translate } from '../i18n/main-language';

/** The toolbar page's own words in one language: the page has no catalogue, main sends these. */
export function toolbarTexts(t: Translate): ToolbarTexts {
  return {
    openInBrowser: t('roomPage.openInBrowser'),
    leave: t('roomPage.leave'),
    retry: t('roomPage.retry'),
    remember: t('roomPage.consent.remember'),
    allow: t('roomPage.consent.allow'),
    deny: t('roomPage.consent.deny'),
  };
}
