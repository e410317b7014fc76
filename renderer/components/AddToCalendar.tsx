/** Add one session to a calendar: an .ics file, or the web calendars' own "new event" pages in the browser. */
import { useState } from 'react';
import type { Session } from '../../core/programme/model';
import { googleCalendarLink, outlookCalendarLink } from '../../core/calendar/calendar-links';
import { useApi } from '../hooks/api-context';
import { useZones } from './zone-context';
import './AddToCalendar.css';
import { useTranslation } from 'react-i18next';

export function AddToCalendar({ session }: { session: Session }) {
  const api = useApi();
  const zones = useZones();
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const exportIcs = async () => {
    const saved = await api.exportCalendar({ kind: 'session', sessionId: session.id });
    setMessage(saved ? t('calendar.saved') : '');
  };
  return (
    <section className="add-to-calendar" aria-labelledby="calendar-heading">
      <h3 id="calendar-heading">{t('calendar.heading')}</h3>
      <div className="inline-form">
        <button type="button" onClick={() => void exportIcs()}>
          {t('calendar.ics')}
        </button>
        <button type="button" onClick={() => void api.openLink(googleCalendarLink(session, zones.display))}>
          {t('calendar.google')}
        </button>
        <button type="button" onClick={() => void api.openLink(outlookCalendarLink(session, 'live', zones.display))}>
          {t('calendar.outlookCom')}
        </button>
        <button type="button" onClick={() => void api.openLink(outlookCalendarLink(session, 'office365', zones.display))}>
          {t('calendar.office365')}
        </button>
      </div>
      <p className="form-status" role="status">
        {message}
      </p>
    </section>
  );
}
