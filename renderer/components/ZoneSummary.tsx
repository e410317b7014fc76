/** A standing reminder of which two clocks the programme shows. */
import { zoneAbbreviation, zoneCity } from '../../core/time/zone-label';
import { useZones } from './zone-context';
import './ZoneSummary.css';
import { Trans, useTranslation } from 'react-i18next';
import { useTimeConventions } from '../i18n/time-conventions';

export function ZoneSummary({ now }: { now: number }) {
  const zones = useZones();
  const { t } = useTranslation();
  const { locale } = useTimeConventions();
  const display = `${zoneCity(zones.display)} (${zoneAbbreviation(now, zones.display, locale)})`;
  const event = `${zones.eventPlace} (${zoneAbbreviation(now, zones.event, locale)})`;
  return (
    <p className="zone-summary">
      {zones.display === zones.event ? (
        t('zoneSummary.same', { event })
      ) : (
        <Trans i18nKey="zoneSummary.both" values={{ display, place: zones.eventPlace, event }} components={{ strong: <strong /> }} />
      )}{' '}
      <a href="#/settings">{t('zoneSummary.change')}</a>
    </p>
  );
}
