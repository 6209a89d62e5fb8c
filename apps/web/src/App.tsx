import { Suspense } from 'react';
import { Link } from './routes/Link';
import { matchRoute } from './routes/routes';
import { usePathname } from './routes/use-pathname';

export function App() {
  const Page = matchRoute(usePathname());
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="brand">
            Shortlist
          </Link>
        </div>
      </header>
      <Suspense fallback={<p className="page notice">Loading…</p>}>
        <Page />
      </Suspense>
    </>
  );
}
