import type { PageProps } from '../../routes/routes';

/** Placeholder until its helper lands the page (routes are wired up front so helpers don't race on routes.ts). */
export default function SettingsPage(_props: PageProps) {
  return (
    <main id="main" className="page">
      <h1>Settings</h1>
    </main>
  );
}
