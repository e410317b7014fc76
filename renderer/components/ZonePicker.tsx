/**
 * Choose a display zone by typing a city, region, offset or the zone's name in
 * the attendee's language ("Mitteleuropäische"); "automatic" follows the system.
 */
import { useId, useMemo, useState } from 'react';
import { foldTerm } from '../../core/search/terms';
import { zoneChoices } from '../../core/time/zone-choices';
import { zoneLongName } from '../../core/time/zone-label';
import { useTimeConventions } from '../i18n/time-conventions';
import './ZonePicker.css';
import { Trans, useTranslation } from 'react-i18next';

interface Props {
  value: string | null;
  systemZone: string;
  onChange: (zone: string | null) => void;
}

export function ZonePicker({ value, systemZone, onChange }: Props) {
  const id = useId();
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const now = useMemo(() => Date.now(), []);
  const { locale } = useTimeConventions();
  const needle = query.trim().toLowerCase().replace(/_/g, ' ').replace(/−/g, '-');
  const searching = needle !== '';
  // About 420 zones: their names in the attendee's language (40–110 ms to read, then remembered) are read
  // at the first keystroke rather than when Settings opens, and folded like session search.
  const choices = useMemo(
    () =>
      zoneChoices(now).map((choice) => {
        const name = searching ? zoneLongName(now, choice.zone, locale) : '';
        return { ...choice, name, folded: foldTerm(name) };
      }),
    [now, locale, searching],
  );
  const foldedNeedle = foldTerm(needle);
  const matches = needle ? choices.filter((c) => c.search.includes(needle) || c.folded.includes(foldedNeedle)).slice(0, 50) : [];

  return (
    <div className="zone-picker">
      <p>
        <Trans
          i18nKey={value === null ? 'zone.shownInAutomatic' : 'zone.shownIn'}
          values={{ zone: value ?? systemZone }}
          components={{ strong: <strong /> }}
        />
        {value !== null && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => onChange(null)}>
              {t('zone.followSystem', { zone: systemZone })}
            </button>
          </>
        )}
      </p>
      <label htmlFor={id}>{t('zone.find')}</label>
      <input
        id={id}
        type="search"
        placeholder={t('zone.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className="sr-only" aria-live="polite">
        {needle ? t('zone.matchCount', { count: matches.length }) : ''}
      </p>
      {matches.length > 0 && (
        <ul className="zone-results" aria-label={t('zone.resultsLabel')}>
          {matches.map((choice) => (
            <li key={choice.zone}>
              <button
                type="button"
                aria-pressed={choice.zone === value}
                onClick={() => {
                  onChange(choice.zone);
                  setQuery('');
                }}
              >
                <span>{choice.city}</span> <span className="hint">{choice.zone}</span>{' '}
                <span className="zone-offset">{choice.offset}</span> <span className="hint zone-name">{choice.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
