import { Link } from './Link';

export default function NotFoundPage() {
  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Page not found</h1>
        <p className="page__lede">There is nothing at this address.</p>
      </header>
      <p>
        <Link href="/">See the open jobs</Link>
      </p>
    </main>
  );
}
