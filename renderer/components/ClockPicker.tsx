/**
 * Settings: the clock. The locale's own (12-hour in en-US, 24-hour in de), or a
 * forced 12- or 24-hour clock; each choice shows a sample time the way it
 * would appear, so the attendee need not know what "h23" means.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../core/time/clock-time';
import { HOUR_CYCLE_CHOICES, isHourCycleChoice } from '../../core/time/conventions';
import type { HourCycleChoice } from '../../core/time/conventions';
import { useTimeConventions } from '../i18n/time-conventions';

/** A quarter past two in the afternoon: shows both the hour cycle and the AM/PM marker. */
const SAMPLE = Date.UTC(2024, 1, 5, 14, 15);

const LABEL_KEYS: Record<HourCycleChoice, string> = {
  locale: 'settings.clock.locale',
  h12: 'settings.clock.h12',
  h23: 'settings.clock.h23',
};

export function ClockPicker({ chosen, onChange }: { chosen: HourCycleChoice; onChange: (choice: HourCycleChoice) => void }) {
  const { t } = useTranslation();
  const { locale } = useTimeConventions();
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{t('settings.clock.label')}</label>
      <select
        id={id}
        value={chosen}
        onChange={(event) => {
          if (isHourCycleChoice(event.target.value)) onChange(event.target.value);
        }}
      >
        {HOUR_CYCLE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(LABEL_KEYS[choice], { example: clockTime(SAMPLE, 'UTC', { locale, hourCycle: choice }) })}
          </option>
        ))}
      </select>
    </>
  );
}
