import type { PageProps } from '../../routes/routes';

/** Placeholder until its helper lands the page (routes are wired up front so helpers don't race on routes.ts). */
export default function ClientsPage(_props: PageProps) {
  return (
    <main id="main" className="page">
      <h1>Client companies</h1>
    </main>
  );
}
