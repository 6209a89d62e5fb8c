import type { PageProps } from '../../routes/routes';

// Placeholder: being built (issue 5).
export default function CandidatesPage(_props: PageProps) {
  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Candidates</h1>
      </header>
    </main>
  );
}
