import type { PageProps } from '../../routes/routes';

/** Placeholder until its helper lands the page (routes are wired up front so helpers don't race on routes.ts). */
export default function MyDataPage(_props: PageProps) {
  return (
    <main id="main" className="page">
      <h1>Your data</h1>
    </main>
  );
}
