import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { jobStatusInWords } from './job-status-in-words';

export const RecruiterJobsPage_Query = graphql(`
  query RecruiterJobsPage_Query($first: Int!) {
    jobs(first: $first) {
      edges {
        node {
          id
          title
          status
          company {
            name
          }
        }
      }
    }
  }
`);

const JOBS_PAGE_SIZE = 20;

/** The recruiter's home. A first slice: the agency's jobs with their status; pipelines and filters come next. */
export default function RecruiterJobsPage() {
  const { data, error, refetch } = useQuery(RecruiterJobsPage_Query, { variables: { first: JOBS_PAGE_SIZE } });
  const jobs = data?.jobs.edges;

  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Jobs</h1>
        <p className="page__lede">Your agency's job orders, newest first.</p>
      </header>

      <section aria-label="Your agency's jobs" aria-busy={jobs === undefined && !error}>
        {error ? (
          <div role="alert" className="notice notice--error">
            <p>
              <strong>We couldn't load your jobs.</strong> {error.message}
            </p>
            <button type="button" className="button" onClick={() => refetch().catch(() => {})}>
              Retry
            </button>
          </div>
        ) : jobs === undefined ? (
          <p className="notice" role="status">
            Loading jobs…
          </p>
        ) : jobs.length === 0 ? (
          <div className="notice" role="status">
            <p>
              <strong>Your agency has no jobs yet.</strong>
            </p>
          </div>
        ) : (
          <ul className="row-list">
            {jobs.map(({ node: job }) => (
              <li key={job.id} className="row-list__item">
                <span className="row-list__title">{job.title}</span>
                <span className="row-list__meta">{job.company.name}</span>
                <span className={`status status--${job.status.toLowerCase()}`}>{jobStatusInWords[job.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
