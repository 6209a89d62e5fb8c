import type { PageProps } from '../../routes/routes';

/** Placeholder until its helper lands the page (routes are wired up front so helpers don't race on routes.ts). */
export default function ClientPage(_props: PageProps) {
  return (
    <main id="main" className="page">
      <h1>Client company</h1>
    </main>
  );
}
