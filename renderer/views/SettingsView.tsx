/** The attendee's choices: feed, display zone, day grouping, theme. Saved as soon as they are made. */
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

interface Props {
  settings: Settings;
  feed: FeedStatus;
  systemZone: string;
  bookmarkCount: number;
}

const REMINDER_CHOICES = [null, 5, 10, 15, 30, 60] as const;
const JOIN_WINDOW_CHOICES = [0, 5, 10, 15, 30] as const;
const STAY_OPEN_CHOICES = [0, 5, 15, 30, 60, 120] as const;

export function SettingsView({ settings, feed, systemZone, bookmarkCount }: Props) {
  const api = useApi();
  const zones = useZones();
  const ids = { feed: useId(), theme: useId(), grouping: useId(), reminder: useId(), join: useId(), stayOpen: useId() };
  const [feedDraft, setFeedDraft] = useState(settings.feedUrl ?? '');
  const [feedMessage, setFeedMessage] = useState('');

  const submitFeed = async (event: FormEvent) => {
    event.preventDefault();
    const url = feedDraft.trim();
    setFeedMessage(url ? 'Loading the feed…' : '');
    const status = await api.setFeedUrl(url === '' ? null : url);
    setFeedMessage(status.error ?? (url ? 'Feed loaded.' : 'Using the built-in programme.'));
  };

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>

      <form className="settings-group" onSubmit={(event) => void submitFeed(event)}>
        <h3>Programme feed</h3>
        <label htmlFor={ids.feed}>Feed address</label>
        <p className="hint" id={`${ids.feed}-hint`}>
          The organisers’ programme feed (frab/Pentabarf XML, schedule JSON, pretalx, iCalendar, Indico or a CSV spreadsheet). Leave empty for
          the built-in programme.
        </p>
        <div className="inline-form">
          <input
            id={ids.feed}
            type="url"
            inputMode="url"
            aria-describedby={`${ids.feed}-hint`}
            placeholder="https://…"
            value={feedDraft}
            onChange={(event) => setFeedDraft(event.target.value)}
          />
          <button type="submit" disabled={feed.refreshing}>
            Use this feed
          </button>
        </div>
        <p role="status" className="form-status">
          {feedMessage}
        </p>
        {feed.url !== null && <FeedNotes warnings={feed.warnings} />}
      </form>

      <div className="settings-group">
        <h3>Time zone</h3>
        <ZonePicker
          value={settings.displayZone}
          systemZone={systemZone}
          onChange={(zone) => {
            if (zone === null || isKnownTimeZone(zone)) void api.updateSettings({ displayZone: zone });
          }}
        />
        <fieldset className="radio-group">
          <legend id={ids.grouping}>Group the programme by</legend>
          <label>
            <input
              type="radio"
              name="grouping"
              checked={settings.dayGrouping === 'display'}
              onChange={() => void api.updateSettings({ dayGrouping: 'display' })}
            />{' '}
            my days
          </label>
          <label>
            <input
              type="radio"
              name="grouping"
              checked={settings.dayGrouping === 'event'}
              onChange={() => void api.updateSettings({ dayGrouping: 'event' })}
            />{' '}
            the conference’s days ({zones.eventPlace}, {zones.event})
          </label>
        </fieldset>
      </div>

      <div className="settings-group">
        <h3>Reminders and rooms</h3>
        <label htmlFor={ids.reminder}>Remind me before my sessions</label>
        <select
          id={ids.reminder}
          value={settings.reminderMinutes ?? 'off'}
          onChange={(event) => void api.updateSettings({ reminderMinutes: event.target.value === 'off' ? null : Number(event.target.value) })}
        >
          {REMINDER_CHOICES.map((minutes) => (
            <option key={minutes ?? 'off'} value={minutes ?? 'off'}>
              {minutes === null ? 'No reminders' : `${minutes} minutes before`}
            </option>
          ))}
        </select>
        <label htmlFor={ids.join}>Rooms open for joining</label>
        <select id={ids.join} value={settings.joinWindowMinutes} onChange={(event) => void api.updateSettings({ joinWindowMinutes: Number(event.target.value) })}>
          {JOIN_WINDOW_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0 ? 'at the start' : `${minutes} minutes before the start`}
            </option>
          ))}
        </select>
        <label htmlFor={ids.stayOpen}>Rooms stay open for joining</label>
        <select
          id={ids.stayOpen}
          value={settings.roomsOpenAfterEndMinutes}
          onChange={(event) => void api.updateSettings({ roomsOpenAfterEndMinutes: Number(event.target.value) })}
        >
          {STAY_OPEN_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0 ? 'until the end' : `${minutes} minutes after the end`}
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
        <h3>Appearance</h3>
        <label htmlFor={ids.theme}>Theme</label>
        <select
          id={ids.theme}
          value={settings.theme}
          onChange={(event) => void api.updateSettings({ theme: event.target.value as Settings['theme'] })}
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>
    </section>
  );
}
