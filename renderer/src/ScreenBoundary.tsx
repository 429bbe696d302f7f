import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from './i18n';
import { usePrintFailed } from './StartupError';

type Props = {
  /** The route the screen draws (formatted): a new route draws its screen again, the failed one is not kept. */
  route: string;
  children: ReactNode;
};

type State = { route: string; failed: boolean };

/**
 * Whatever a screen fails on while drawing (its code that cannot be loaded
 * after an update, an error in its rendering) shows a message in the user's
 * language in the screen's place; the navigation around it stays usable and
 * nothing is written. Without it React takes the whole window down.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { route: this.props.route, failed: false };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  /** Another route draws its screen again (a screen that failed on one review may draw another, or the team). */
  static getDerivedStateFromProps(props: Props, state: State): State | null {
    return props.route === state.route ? null : { route: props.route, failed: false };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Jalon: a screen failed to draw', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

function ScreenFailed() {
  const { t } = useTranslation();
  usePrintFailed();
  return (
    <section className="screen-failed" role="alert">
      <h1>{t('app.screenFailed.title')}</h1>
      <p>{t('app.screenFailed.body')}</p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('storage.reload')}
      </button>
    </section>
  );
}
