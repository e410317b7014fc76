/** The attendee's choices: feed, display zone, day grouping, language, clock, theme. Saved as soon as they are made. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { FeedStatus } from '../../core/api';
import type { Settings } from '../../core/settings';
import { isKnownTimeZone } from '../../core/settings';
import { useApi } from '../hooks/api-context';
import { ZonePicker } from '../components/ZonePicker';
import { BookmarkTransfer } from '../components/BookmarkTransfer';
import { RoomHostsField } from '../components/RoomHostsField';
import { RoomPermissionsList } from '../components/RoomPermissionsList';
import { FeedNotes } from '../components/FeedNotes';
import { useZones } from '../components/zone-context';
import './SettingsView.css';
import { LanguagePicker } from '../components/LanguagePicker';
import { ClockPicker } from '../components/ClockPicker';
import { useTranslation } from 'react-i18next';

interface Props {
  settings: Settings;
  feed: FeedStatus;
  systemZone: string;
  /** The language the system's (the browser's) preferences pick, shown beside "System". */
  systemLanguage: string;
  bookmarkCount: number;
}

const REMINDER_CHOICES = [null, 5, 10, 15, 30, 60] as const;
const JOIN_WINDOW_CHOICES = [0, 5, 10, 15, 30] as const;
const STAY_OPEN_CHOICES = [0, 5, 15, 30, 60, 120] as const;

export function SettingsView({ settings, feed, systemZone, systemLanguage, bookmarkCount }: Props) {
  const api = useApi();
  const { t } = useTranslation();
  const zones = useZones();
  const ids = { feed: useId(), theme: useId(), grouping: useId(), reminder: useId(), join: useId(), stayOpen: useId() };
  const [feedDraft, setFeedDraft] = useState(settings.feedUrl ?? '');
  const [feedMessage, setFeedMessage] = useState('');

  const submitFeed = async (event: FormEvent) => {
    event.preventDefault();
    const url = feedDraft.trim();
    setFeedMessage(url ? t('settings.feed.loading') : '');
    const status = await api.setFeedUrl(url === '' ? null : url);
    setFeedMessage(status.error ?? (url ? t('settings.feed.loaded') : t('settings.feed.builtIn')));
  };

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>

      <form className="settings-group" onSubmit={(event) => void submitFeed(event)}>
        <h3>{t('settings.feed.heading')}</h3>
        <label htmlFor={ids.feed}>{t('settings.feed.label')}</label>
        <p className="hint" id={`${ids.feed}-hint`}>
          {t('settings.feed.hint')}
        </p>
        <div className="inline-form">
          <input
            id={ids.feed}
            type="url"
            inputMode="url"
            aria-describedby={`${ids.feed}-hint`}
            placeholder={t('settings.feed.placeholder')}
            value={feedDraft}
            onChange={(event) => setFeedDraft(event.target.value)}
          />
          <button type="submit" disabled={feed.refreshing}>
            {t('settings.feed.use')}
          </button>
        </div>
        <p role="status" className="form-status">
          {feedMessage}
        </p>
        {feed.url !== null && <FeedNotes warnings={feed.warnings} />}
      </form>

      <div className="settings-group">
        <h3>{t('settings.zone.heading')}</h3>
        <ZonePicker
          value={settings.displayZone}
          systemZone={systemZone}
          onChange={(zone) => {
            if (zone === null || isKnownTimeZone(zone)) void api.updateSettings({ displayZone: zone });
          }}
        />
        <fieldset className="radio-group">
          <legend id={ids.grouping}>{t('settings.grouping.legend')}</legend>
          <label>
            <input
              type="radio"
              name="grouping"
              checked={settings.dayGrouping === 'display'}
              onChange={() => void api.updateSettings({ dayGrouping: 'display' })}
            />{' '}
            {t('settings.grouping.mine')}
          </label>
          <label>
            <input
              type="radio"
              name="grouping"
              checked={settings.dayGrouping === 'event'}
              onChange={() => void api.updateSettings({ dayGrouping: 'event' })}
            />{' '}
            {t('settings.grouping.event', { place: zones.eventPlace, zone: zones.event })}
          </label>
        </fieldset>
      </div>

      <div className="settings-group">
        <h3>{t('settings.reminders.heading')}</h3>
        <label htmlFor={ids.reminder}>{t('settings.reminders.label')}</label>
        <select
          id={ids.reminder}
          value={settings.reminderMinutes ?? 'off'}
          onChange={(event) => void api.updateSettings({ reminderMinutes: event.target.value === 'off' ? null : Number(event.target.value) })}
        >
          {REMINDER_CHOICES.map((minutes) => (
            <option key={minutes ?? 'off'} value={minutes ?? 'off'}>
              {minutes === null ? t('settings.reminders.off') : t('settings.reminders.before', { minutes })}
            </option>
          ))}
        </select>
        <label htmlFor={ids.join}>{t('settings.join.label')}</label>
        <select id={ids.join} value={settings.joinWindowMinutes} onChange={(event) => void api.updateSettings({ joinWindowMinutes: Number(event.target.value) })}>
          {JOIN_WINDOW_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0 ? t('settings.join.atStart') : t('settings.join.before', { minutes })}
            </option>
          ))}
        </select>
        <label htmlFor={ids.stayOpen}>{t('settings.stayOpen.label')}</label>
        <select
          id={ids.stayOpen}
          value={settings.roomsOpenAfterEndMinutes}
          onChange={(event) => void api.updateSettings({ roomsOpenAfterEndMinutes: Number(event.target.value) })}
        >
          {STAY_OPEN_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0 ? t('settings.stayOpen.untilEnd') : t('settings.stayOpen.after', { minutes })}
            </option>
          ))}
        </select>
      </div>

      <div className="settings-group">
        <RoomHostsField hosts={settings.extraRoomHosts} />
      </div>

      <div className="settings-group">
        <RoomPermissionsList />
      </div>

      <BookmarkTransfer count={bookmarkCount} />

      <div className="settings-group">
        <h3>{t('settings.appearance.heading')}</h3>
        <LanguagePicker chosen={settings.language} systemLanguage={systemLanguage} onChange={(language) => void api.updateSettings({ language })} />
        <ClockPicker chosen={settings.hourCycle} onChange={(hourCycle) => void api.updateSettings({ hourCycle })} />
        <label htmlFor={ids.theme}>{t('settings.theme.label')}</label>
        <select
          id={ids.theme}
          value={settings.theme}
          onChange={(event) => void api.updateSettings({ theme: event.target.value as Settings['theme'] })}
        >
          <option value="system">{t('settings.theme.system')}</option>
          <option value="light">{t('settings.theme.light')}</option>
          <option value="dark">{t('settings.theme.dark')}</option>
        </select>
      </div>
    </section>
  );
}
