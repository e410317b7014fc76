/** Everything about one session: times in both zones, room, people, abstract, links. */
import { useEffect, useRef } from 'react';
import type { Session } from '../../core/programme/model';
import { dateInZone } from '../../core/time/zoned';
import { JoinRoom } from '../components/JoinRoom';
import { BookmarkButton } from '../components/BookmarkButton';
import { AddToCalendar } from '../components/AddToCalendar';
import { dayHref } from '../hooks/use-hash-route';
import { LinkifiedText } from '../components/LinkifiedText';
import { SessionWhen } from '../components/SessionWhen';
import { useZones } from '../components/zone-context';
import './SessionView.css';
import '../components/SessionRow.css';
import { useTranslation } from 'react-i18next';
import { feedLang } from '../i18n/feed-lang';

interface Props {
  session: Session | undefined;
  now: number;
  groupingZone: string;
  joinWindowMinutes: number;
  roomsOpenAfterEndMinutes: number;
}

export function SessionView({ session, now, groupingZone, joinWindowMinutes, roomsOpenAfterEndMinutes }: Props) {
  const zones = useZones();
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the new view's heading so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [session?.id]);

  if (!session) {
    return (
      <section className="empty-state" aria-labelledby="session-heading">
        <h2 id="session-heading" ref={heading} tabIndex={-1}>
          {t('session.notFound.heading')}
        </h2>
        <p>{t('session.notFound.text')}</p>
        <p>
          <a href="#/">{t('session.back')}</a>
        </p>
      </section>
    );
  }

  const cancelled = session.status === 'cancelled';
  // An all-day entry is on its own dates, whatever zone the days are grouped in.
  const backDay = dateInZone(Date.parse(session.start), session.allDay ? session.timeZone : groupingZone);
  return (
    <article className={`session-detail${cancelled ? ' session-cancelled' : ''}`} aria-labelledby="session-heading">
      <p className="back-link">
        <a href={dayHref(backDay)}>{t('session.backWithArrow')}</a>
      </p>
      <div className="detail-title">
        <h2 id="session-heading" ref={heading} tabIndex={-1} lang={feedLang(session.language)}>
          {session.title}
        </h2>
        <BookmarkButton sessionId={session.id} title={session.title} />
      </div>
      {session.subtitle && (
        <p className="session-subtitle" lang={feedLang(session.language)}>
          {session.subtitle}
        </p>
      )}
      <div className="detail-when">
        <SessionWhen session={session} now={now} withDate />
      </div>
      {cancelled && <p className="detail-cancelled">{t('session.cancelled')}</p>}
      <dl className="detail-facts">
        {session.room.name && (
          <>
            <dt>{t('session.fact.room')}</dt>
            <dd>{session.room.name}</dd>
          </>
        )}
        {session.track && (
          <>
            <dt>{t('session.fact.track')}</dt>
            <dd>{session.track}</dd>
          </>
        )}
        {session.type && (
          <>
            <dt>{t('session.fact.format')}</dt>
            <dd>{session.type}</dd>
          </>
        )}
        {session.language && (
          <>
            <dt>{t('session.fact.language')}</dt>
            <dd>{languageName(session.language, i18n.language)}</dd>
          </>
        )}
        {session.persons.length > 0 && (
          <>
            <dt>{t('session.fact.speakers', { count: session.persons.length })}</dt>
            <dd>{session.persons.map((p) => p.name).join(', ')}</dd>
          </>
        )}
      </dl>
      {!cancelled && <JoinRoom session={session} now={now} joinWindow={{ beforeStartMinutes: joinWindowMinutes, afterEndMinutes: roomsOpenAfterEndMinutes }} />}
      {session.abstract && (
        <section className="detail-abstract" aria-label={t('session.about')} lang={feedLang(session.language)}>
          <LinkifiedText text={session.abstract} />
        </section>
      )}
      {session.links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h3 id="links-heading">{t('session.links')}</h3>
          <ul className="detail-links">
            {session.links.map((link, index) => (
              <li key={index}>
                <LinkifiedText text={link.title && link.title !== link.url ? t('session.link', { title: link.title, url: link.url }) : link.url} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <AddToCalendar session={session} />
      <p className="detail-zone-note">{t('session.zoneNote', { zone: zones.display, place: zones.eventPlace, eventZone: zones.event })}</p>
    </article>
  );
}

/** A feed's language code in the UI's language ("de" → "German" in English, "Deutsch" in German). */
function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
