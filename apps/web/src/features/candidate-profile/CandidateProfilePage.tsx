import type { PageProps } from '../../routes/routes';

// Placeholder: being built (issue 5).
export default function CandidateProfilePage(_props: PageProps) {
  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Your profile</h1>
      </header>
    </main>
  );
}
