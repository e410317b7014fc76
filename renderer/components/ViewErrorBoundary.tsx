/**
 * Catches a render error in one view: the header and navigation stay usable,
 * the view's place says what happened (naming nothing from the feed or from
 * storage) and offers the way back to the programme list. It logs the error
 * once (start-app.tsx keeps React from logging it a second time).
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { errorKind } from './view-failure';
import type { ViewName } from './view-failure';
import './ViewErrorBoundary.css';

interface Props {
  view: ViewName;
  /** A new value (another view, layout or day) clears the failure and tries again. */
  resetKey: string;
  onBack: (failed: ViewName) => void;
  children: ReactNode;
}

interface State {
  /** What went wrong, in words safe to show; null while the view renders. */
  failure: string | null;
  resetKey: string;
}

export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { failure: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failure: errorKind(error) };
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
    return (
      <section className="view-failure" role="alert">
        <p>
          <strong>This view could not be shown:</strong> the {view} ran into {failure} while drawing this programme.
        </p>
        <p>Your bookmarks and settings are safe, and the other views still work.</p>
        <button type="button" className="primary-button" onClick={() => onBack(view)}>
          Back to the programme list
        </button>
      </section>
    );
  }
}
