/**
 * The last line of defence: should any part of the screen fail to draw (a project the checks let through that
 * the screen still cannot show), the app says so in words and offers to go back to the start screen, instead of
 * leaving a blank page. Nothing is deleted: the automatic copy stays, to be recovered or declined from there.
 */
import { Component, Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  error?: Error;
  /** Bumped to draw the app anew, from its start screen. */
  generation: number;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { generation: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error('lexgap: the screen could not be drawn', error);
  }

  override render(): ReactNode {
    if (this.state.error)
      return <CrashScreen error={this.state.error} onBack={() => this.setState((s) => ({ error: undefined, generation: s.generation + 1 }))} />;
    return <Fragment key={this.state.generation}>{this.props.children}</Fragment>;
  }
}

function CrashScreen(props: { error: Error; onBack(): void }) {
  const { t } = useTranslation();
  return (
    <main className="crash" role="alert" data-testid="crash">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
      <p>
        <button type="button" className="primary" onClick={props.onBack} autoFocus>
          {t('crash.back')}
        </button>
      </p>
      <details>
        <summary>{t('crash.details')}</summary>
        <pre>{props.error.message}</pre>
      </details>
    </main>
  );
}
