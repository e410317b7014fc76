/** Add one session to a calendar: an .ics file, or the web calendars' own "new event" pages in the browser. */
import { useState } from 'react';
import type { Session } from '../../core/programme/model';
import { googleCalendarLink, outlookCalendarLink } from '../../core/calendar/calendar-links';
import { useApi } from '../hooks/api-context';
import { useZones } from './zone-context';
import './AddToCalendar.css';

export function AddToCalendar({ session }: { session: Session }) {
  const api = useApi();
  const zones = useZones();
  const [message, setMessage] = useState('');
  const exportIcs = async () => {
    const saved = await api.exportCalendar({ kind: 'session', sessionId: session.id });
    setMessage(saved ? 'Calendar file saved. Open it to add the session to your calendar.' : '');
  };
  return (
    <section className="add-to-calendar" aria-labelledby="calendar-heading">
      <h3 id="calendar-heading">Add to your calendar</h3>
      <div className="inline-form">
        <button type="button" onClick={() => void exportIcs()}>
          Calendar file (.ics)
        </button>
        <button type="button" onClick={() => void api.openLink(googleCalendarLink(session, zones.display))}>
          Google Calendar
        </button>
        <button type="button" onClick={() => void api.openLink(outlookCalendarLink(session, 'live', zones.display))}>
          Outlook.com
        </button>
        <button type="button" onClick={() => void api.openLink(outlookCalendarLink(session, 'office365', zones.display))}>
          Outlook (work or school)
        </button>
      </div>
      <p className="form-status" role="status">
        {message}
      </p>
    </section>
  );
}
