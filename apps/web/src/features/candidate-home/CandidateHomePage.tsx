import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { proposalStatusInWords } from './proposal-status-in-words';

export const CandidateHomePage_Query = graphql(`
  query CandidateHomePage_Query($first: Int!) {
    myProposals(first: $first) {
      edges {
        node {
          id
          status
          job {
            id
            title
            company {
              name
            }
          }
        }
      }
    }
  }
`);

const PROPOSALS_PAGE_SIZE = 20;

/** The candidate's home. A first slice: the proposals made to them; the portfolio target and nudges come next. */
export default function CandidateHomePage() {
  const { data, error, refetch } = useQuery(CandidateHomePage_Query, { variables: { first: PROPOSALS_PAGE_SIZE } });
  const proposals = data?.myProposals.edges;

  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Keep interviewing</h1>
        <p className="page__lede">The roles recruiters have proposed you for.</p>
      </header>

      <section aria-label="Your proposals" aria-busy={proposals === undefined && !error}>
        {error ? (
          <div role="alert" className="notice notice--error">
            <p>
              <strong>We couldn't load your proposals.</strong> {error.message}
            </p>
            <button type="button" className="button" onClick={() => refetch().catch(() => {})}>
              Retry
            </button>
          </div>
        ) : proposals === undefined ? (
          <p className="notice" role="status">
            Loading your proposals…
          </p>
        ) : proposals.length === 0 ? (
          <div className="notice" role="status">
            <p>
              <strong>No proposals yet.</strong>
            </p>
            <p>When a recruiter proposes you for a role, it shows up here.</p>
          </div>
        ) : (
          <ul className="row-list">
            {proposals.map(({ node: proposal }) => (
              <li key={proposal.id} className="row-list__item">
                <span className="row-list__title">{proposal.job.title}</span>
                <span className="row-list__meta">{proposal.job.company.name}</span>
                <span className={`status status--${proposal.status.toLowerCase()}`}>
                  {proposalStatusInWords[proposal.status]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
