/** The splash when the app could not start: what went wrong, and (once the state failed to load) that nothing was lost. */
import { useTranslation } from 'react-i18next';

export function StartFailure({ message, reassure }: { message: string; reassure: boolean }) {
  const { t } = useTranslation();
  return (
    <main className="splash">
      <h1>{t('app.startFailed.heading')}</h1>
      <p role="alert">{message}</p>
      {reassure && <p>{t('app.startFailed.safe')}</p>}
    </main>
  );
}
