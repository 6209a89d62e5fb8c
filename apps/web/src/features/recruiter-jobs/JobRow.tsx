import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { formatListDate } from '../../ui/format-list-date';
import { StatusBadge } from '../../ui/Badge';
import { describePlace } from '../../words/describe-place';
import { describeRemotePolicy } from '../../words/describe-remote-policy';
import { jobStatusInWords } from '../../words/job-status-in-words';
import { describePipelineCounts } from './describe-pipeline-counts';
import { jobStatusTone } from './job-status-tone';

export const JobRow_job = graphql(`
  fragment JobRow_job on Job {
    id
    title
    status
    city
    country
    remotePolicy
    openings
    publishedAt
    updatedAt
    clientCompany {
      name
    }
    pipelineCounts {
      status
      count
    }
  }
`);

/** One job of the agency's table: what and where, for whom, its status, how far its candidates have got, dates. */
export function JobRow({ job }: { job: FragmentType<typeof JobRow_job> }) {
  const { data, complete } = useFragment({ fragment: JobRow_job, fragmentName: 'JobRow_job', from: job });
  if (!complete) return null;

  return (
    <tr className="job-row">
      <td className="job-row__what">
        <Link href={`/recruiter/jobs/${encodeURIComponent(data.id)}`} className="data-table__primary job-row__title">
          {data.title}
        </Link>
        <span className="data-table__secondary job-row__where">
          {describePlace(data.city, data.country)} · {describeRemotePolicy(data.remotePolicy)}
        </span>
      </td>
      <td className="job-row__client">{data.clientCompany.name}</td>
      <td>
        <StatusBadge tone={jobStatusTone(data.status)}>{jobStatusInWords[data.status]}</StatusBadge>
      </td>
      <td className="job-row__pipeline">{describePipelineCounts(data.pipelineCounts ?? [])}</td>
      <td className="data-table__num">{data.openings}</td>
      <td className="data-table__nowrap data-table__muted">
        {data.publishedAt ? <time dateTime={data.publishedAt}>{formatListDate(data.publishedAt)}</time> : 'Not yet'}
      </td>
      <td className="data-table__nowrap data-table__muted">
        <time dateTime={data.updatedAt}>{formatListDate(data.updatedAt)}</time>
      </td>
    </tr>
  );
}
