import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { PageLoading, PageNotFound } from '../../ui/LoadError';
import { buildJobPosting } from './build-job-posting';
import { excerptOf } from '../job-board/excerpt-of';
import { InterestForm } from './InterestForm';
import { placeOf, PublicJobDetails } from './PublicJobDetails';
import { useJobPostingInHead } from './use-job-posting-in-head';
import './public-job.css';

export const PublicJobPage_Query = graphql(`
  query PublicJobPage_Query($slug: String!) {
    publicJob(slug: $slug) {
      id
      title
      description
      employmentType
      remotePolicy
      city
      country
      startDate
      publishedAt
      salary {
        min
        max
        currency
      }
      clientCompany {
        name
      }
      ...PublicJobDetails_job
      ...InterestForm_job
    }
  }
`);

/** An open job's public page, `/jobs/:slug`: what the role is, and "I'm interested" for anyone, signed out. */
export default function PublicJobPage({ params }: PageProps) {
  const slug = params.slug ?? '';
  const { data, error, refetch } = useQuery(PublicJobPage_Query, { variables: { slug } });
  const job = data?.publicJob ?? null;
  const posting = job ? buildJobPosting(job, `${window.location.origin}/jobs/${encodeURIComponent(slug)}`) : null;
  const summary = job ? `${job.title} at ${job.clientCompany.name}, ${placeOf(job)}. ${excerptOf(job.description, 140)}` : null;
  useJobPostingInHead(posting, summary);

  if (data === undefined) {
    return (
      <PageLoading title="Job" what="this job" error={error} onRetry={() => refetch().catch(() => {})}>
        Loading the job…
      </PageLoading>
    );
  }
  if (!job) {
    return (
      <PageNotFound title="This job is no longer open" back={{ href: '/jobs', label: 'See the open jobs' }}>
        The role has been filled or closed, or the link is mistyped. Other roles are waiting on the job board.
      </PageNotFound>
    );
  }
  return (
    <main id="main" className="page public-job">
      <p className="public-job__back">
        <Link href="/jobs">← All open jobs</Link>
      </p>
      <header className="page__header">
        <h1>{job.title}</h1>
        <p className="page__lede">{job.clientCompany.name}</p>
      </header>
      <div className="public-job__layout">
        <article className="public-job__main" aria-label="The job">
          <PublicJobDetails job={job} />
        </article>
        <aside className="public-job__aside" aria-label="Express interest">
          <InterestForm job={job} />
        </aside>
      </div>
    </main>
  );
}
