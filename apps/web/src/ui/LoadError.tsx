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
