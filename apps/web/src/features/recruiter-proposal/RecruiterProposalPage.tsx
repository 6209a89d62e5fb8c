import type { PageProps } from '../../routes/routes';

// Placeholder: being built (issue 5).
export default function RecruiterProposalPage(_props: PageProps) {
  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Proposal</h1>
      </header>
    </main>
  );
}
