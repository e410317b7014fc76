/** Choose a display zone by typing a city, region or offset; "automatic" follows the system. */
import { useId, useMemo, useState } from 'react';
import { zoneChoices } from '../../core/time/zone-choices';
import './ZonePicker.css';

interface Props {
  value: string | null;
  systemZone: string;
  onChange: (zone: string | null) => void;
}

export function ZonePicker({ value, systemZone, onChange }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const now = useMemo(() => Date.now(), []);
  const choices = useMemo(() => zoneChoices(now), [now]);
  const needle = query.trim().toLowerCase().replace(/_/g, ' ').replace(/−/g, '-');
  const matches = needle ? choices.filter((c) => c.search.includes(needle)).slice(0, 50) : [];

  return (
    <div className="zone-picker">
      <p>
        Times are shown in <strong>{value ?? `${systemZone} (automatic, from this computer)`}</strong>.
        {value !== null && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => onChange(null)}>
              Follow this computer’s zone ({systemZone})
            </button>
          </>
        )}
      </p>
      <label htmlFor={id}>Find a time zone</label>
      <input
        id={id}
        type="search"
        placeholder="City, country region or offset, e.g. Nairobi or +05:30"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} className="sr-only" aria-live="polite">
        {needle ? `${matches.length} zones match` : ''}
      </p>
      {matches.length > 0 && (
        <ul className="zone-results" aria-label="Matching time zones">
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
                <span className="zone-offset">{choice.offset}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
