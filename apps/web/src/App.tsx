import { Suspense } from 'react';
import { SessionMenu } from './features/auth/SessionMenu';
import { useSession } from './features/auth/use-session';
import { accessFor, decideRouteAccess } from './routes/decide-route-access';
import { Link } from './routes/Link';
import { PageErrorBoundary } from './routes/PageErrorBoundary';
import { usePageAnnouncement } from './routes/use-page-announcement';
import { Redirect } from './routes/Redirect';
import { matchRoute, normalizePathname } from './routes/routes';
import { usePathname } from './routes/use-pathname';
import { useSearch } from './routes/use-search';

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              S
            </span>
            Shortlist
          </Link>
          <SessionMenu />
        </div>
      </header>
      <PageBody />
    </>
  );
}

/** A page that fails to render or load is contained; moving to another address starts afresh. */
function PageBody() {
  const pathname = usePathname();
  usePageAnnouncement(pathname);
  return (
    <PageErrorBoundary key={pathname}>
      <Suspense fallback={<p className="page notice">Loading…</p>}>
        <GuardedPage />
      </Suspense>
    </PageErrorBoundary>
  );
}

/** Public pages render at once; private ones wait for the session, then show or redirect. */
function GuardedPage() {
  const pathname = normalizePathname(usePathname());
  const search = useSearch();
  const session = useSession();
  const { Page, params } = matchRoute(pathname);

  if (accessFor(pathname) === 'anyone') return <Page params={params} />;
  if (session.error) {
    return (
      <main id="main" className="page">
        <div role="alert" className="notice notice--error">
          <p>
            <strong>We couldn't check whether you are signed in.</strong> {session.error.message}
          </p>
          <button type="button" className="button" onClick={session.retry}>
            Retry
          </button>
        </div>
      </main>
    );
  }
  if (session.isLoading) {
    return (
      <p className="page notice" role="status">
        Loading…
      </p>
    );
  }
  const decision = decideRouteAccess({ pathname, search, viewer: session.viewer });
  return decision.kind === 'redirect' ? <Redirect to={decision.to} /> : <Page params={params} />;
}
