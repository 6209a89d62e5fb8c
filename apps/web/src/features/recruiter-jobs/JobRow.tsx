import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { describePlace } from '../../words/describe-place';
import { describeRemotePolicy } from '../../words/describe-remote-policy';
import { jobStatusInWords } from '../../words/job-status-in-words';
import { describePipelineCounts } from './describe-pipeline-counts';

export const JobRow_job = graphql(`
  fragment JobRow_job on Job {
    id
    title
    status
    city
    country
    remotePolicy
    clientCompany {
      name
    }
    pipelineCounts {
      status
      count
    }
  }
`);

/** One job of the agency's list: what it is, for whom, where, and how far its candidates have got. */
export function JobRow({ job }: { job: FragmentType<typeof JobRow_job> }) {
  const { data, complete } = useFragment({ fragment: JobRow_job, fragmentName: 'JobRow_job', from: job });
  if (!complete) return null;

  return (
    <li className="job-row">
      <div className="job-row__what">
        <Link href={`/recruiter/jobs/${encodeURIComponent(data.id)}`} className="job-row__title">
          {data.title}
        </Link>
        <span className="job-row__client">{data.clientCompany.name}</span>
      </div>
      <span className="job-row__where">
        {describePlace(data.city, data.country)} · {describeRemotePolicy(data.remotePolicy)}
      </span>
      <span className="job-row__pipeline">
        <span className="visually-hidden">Pipeline: </span>
        {describePipelineCounts(data.pipelineCounts ?? [])}
      </span>
      <span className={`status status--${data.status.toLowerCase()}`}>{jobStatusInWords[data.status]}</span>
    </li>
  );
}
