/**
 * The attendee's time conventions (core/time/conventions.ts) for every
 * component that shows a time or a date: the UI language with the region of
 * the system's (the browser's) languages, and the clock chosen in Settings.
 * A component rendered outside the provider (a unit test) gets the default,
 * British English.
 */
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { conventionsLocale, DEFAULT_CONVENTIONS } from '../../core/time/conventions';
import type { HourCycleChoice, TimeConventions } from '../../core/time/conventions';

const TimeConventionsContext = createContext<TimeConventions>(DEFAULT_CONVENTIONS);

export const useTimeConventions = (): TimeConventions => useContext(TimeConventionsContext);

interface Props {
  systemLanguages: readonly string[];
  hourCycle: HourCycleChoice;
  children: ReactNode;
}

export function TimeConventionsProvider({ systemLanguages, hourCycle, children }: Props) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const systemKey = systemLanguages.join('\n');
  const conventions = useMemo<TimeConventions>(
    () => ({ locale: conventionsLocale(language, systemKey.split('\n')), hourCycle }),
    [language, systemKey, hourCycle],
  );
  return <TimeConventionsContext.Provider value={conventions}>{children}</TimeConventionsContext.Provider>;
}
