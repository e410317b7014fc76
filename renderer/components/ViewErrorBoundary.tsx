/**
 * Catches a render error in one view: the header and navigation stay usable,
 * the view's place says what happened (naming nothing from the feed or from
 * storage) and offers the way back to the programme list. It logs the error
 * once (start-app.tsx keeps React from logging it a second time).
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { errorName, VIEW_NAME_KEYS } from './view-failure';
import type { ViewName } from './view-failure';

interface Props {
  view: ViewName;
  /** A new value (another view, layout or day) clears the failure and tries again. */
  resetKey: string;
  onBack: (failed: ViewName) => void;
  children: ReactNode;
}

interface State {
  /** Whether the view failed, and the error's name when it is one safe to show (see errorName). */
  failure: { name: string | null } | null;
  resetKey: string;
}

export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { failure: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failure: { name: errorName(error) } };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failure: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Go Local Companion: the ${this.props.view} could not be shown:`, error, info.componentStack ?? '');
  }

  override render(): ReactNode {
    const { failure } = this.state;
    const { view, onBack, children } = this.props;
    if (!failure) return children;
    return <ViewFailure view={view} errorName={failure.name} onBack={onBack} />;
  }
}

function ViewFailure({ view, errorName, onBack }: { view: ViewName; errorName: string | null; onBack: (failed: ViewName) => void }) {
  const { t } = useTranslation();
  const values = {
    view: t(VIEW_NAME_KEYS[view]),
    error: errorName ?? '',
    // English puts "an" before a vowel; other languages ignore this.
    vowel: errorName !== null && /^[AEIOU]/.test(errorName) ? 'yes' : 'no',
  };
  return (
    <section className="view-failure" role="alert">
      <p>
        <Trans i18nKey={errorName === null ? 'viewFailure.ranIntoUnknown' : 'viewFailure.ranInto'} values={values} components={{ strong: <strong /> }} />
      </p>
      <p>{t('viewFailure.safe')}</p>
      <button type="button" className="primary-button" onClick={() => onBack(view)}>
        {t('viewFailure.back')}
      </button>
    </section>
  );
}
