import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { describeRemotePolicy } from '../../words/describe-remote-policy';
import { formatSalaryBand } from '../../words/format-salary-band';
import { Link } from '../../routes/Link';
import { excerptOf } from './excerpt-of';

export const JobCard_job = graphql(`
  fragment JobCard_job on Job {
    id
    slug
    title
    description
    city
    country
    remotePolicy
    salary {
      min
      max
      currency
    }
    clientCompany {
      name
    }
  }
`);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function JobCard({ job }: { job: FragmentType<typeof JobCard_job> }) {
  const { data, complete } = useFragment({ fragment: JobCard_job, fragmentName: 'JobCard_job', from: job });
  if (!complete) return null;

  const country = countryName(data.country);
  const excerpt = excerptOf(data.description);
  // City states ("Singapore, Singapore") read better once.
  const place = data.city && data.city !== country ? `${data.city}, ${country}` : country;
  return (
    <article className="job-card" aria-labelledby={`job-${data.id}-title`}>
      <h2 className="job-card__title" id={`job-${data.id}-title`}>
        {/* A job made before addresses existed has none; it still shows, without a page to open. */}
        {data.slug ? (
          <Link href={`/jobs/${encodeURIComponent(data.slug)}`} className="job-card__link">
            {data.title}
          </Link>
        ) : (
          data.title
        )}
      </h2>
      <p className="job-card__company">{data.clientCompany.name}</p>
      <ul className="job-card__facts" aria-label="Details">
        <li>{place}</li>
        <li>
          <span className={`badge badge--${data.remotePolicy.toLowerCase()}`}>
            {describeRemotePolicy(data.remotePolicy)}
          </span>
        </li>
      </ul>
      <p className="job-card__salary">{formatSalaryBand(data.salary)}</p>
      {excerpt && <p className="job-card__excerpt">{excerpt}</p>}
    </article>
  );
}
