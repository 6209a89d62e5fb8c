import type { ReactNode } from 'react';
import { Link } from '../routes/Link';

/** A query that failed: what we could not load, the server's words, and a way to try again. */
export function LoadError({ what, error, onRetry }: { what: string; error: { message: string }; onRetry: () => void }) {
  return (
    <div role="alert" className="notice notice--error">
      <p>
        <strong>We couldn't load {what}.</strong> {error.message}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

/** A polite "still loading" line that screen readers announce. */
export function Loading({ children }: { children: string }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}

/** A page whose query has not answered yet: its heading, then the loading line, or what failed with Retry. */
export function PageLoading({
  title,
  className = 'page',
  what,
  error,
  onRetry,
  children,
}: {
  title: ReactNode;
  className?: string;
  /** What could not be loaded, e.g. "this job". */
  what: string;
  error: { message: string } | undefined;
  onRetry: () => void;
  /** The loading line, e.g. "Loading the job…". */
  children: string;
}) {
  return (
    <main id="main" className={className} aria-busy={!error}>
      <header className="page__header">
        <h1>{title}</h1>
      </header>
      {error ? <LoadError what={what} error={error} onRetry={onRetry} /> : <Loading>{children}</Loading>}
    </main>
  );
}

/** A detail page whose object does not exist (or is not the viewer's to see): says so and offers a way back. */
export function PageNotFound({
  title,
  className = 'page',
  back,
  children,
}: {
  title: string;
  className?: string;
  back: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <main id="main" className={className}>
      <header className="page__header">
        <h1>{title}</h1>
      </header>
      <div className="notice" role="status">
        <p>{children}</p>
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      </div>
    </main>
  );
}
