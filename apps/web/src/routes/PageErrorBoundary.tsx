import { Component, type ReactNode } from 'react';

type State = { error: Error | null };

/**
 * A page that throws while rendering, or whose code cannot be fetched (e.g. the app was updated while this tab was
 * open and the old chunk is gone), shows what happened and a way out instead of a blank screen. Keyed by the
 * address in App, so moving to another page starts afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const isMissingCode = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
    return (
      <main id="main" className="page">
        <div role="alert" className="notice notice--error">
          <p>
            <strong>This page could not be shown.</strong>{' '}
            {isMissingCode
              ? 'Shortlist was updated since this tab opened; reloading fetches the new version.'
              : 'Something went wrong on our side. Reloading usually helps; nothing you saved is lost.'}
          </p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </main>
    );
  }
}
