import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { describeTimeLeft } from '../../ui/format-date-time';
import { PIPELINE_STATUSES, proposalStatusInWords } from '../../words/proposal-status-in-words';
import { groupPipeline } from './group-pipeline';

export const PIPELINE_PAGE_SIZE = 100;

// $pipelineSize comes from the page's query: a variable page size, as elsewhere in the app (the API caps it at 100).
export const PipelineSection_job = graphql(`
  fragment PipelineSection_job on Job {
    id
    pipelineCounts {
      status
      count
    }
    proposals(first: $pipelineSize) {
      edges {
        node {
          id
          status
          respondBy
          candidate {
            id
            fullName
          }
          match {
            score
          }
          interviews {
            id
            status
            startsAt
            rescheduledTo {
              id
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const GROUP_NOTES: Partial<Record<string, string>> = {
  INTERVIEW_FELL_THROUGH: 'Their last interview was cancelled or missed, and nothing is booked since.',
};

/** Counts per status, then every proposal for the job under the stage it has reached. */
export function PipelineSection({ job }: { job: FragmentType<typeof PipelineSection_job> }) {
  const { data, complete } = useFragment({
    fragment: PipelineSection_job,
    fragmentName: 'PipelineSection_job',
    from: job,
    variables: { pipelineSize: PIPELINE_PAGE_SIZE },
  });
  if (!complete) return null;

  const counts = new Map((data.pipelineCounts ?? []).map(({ status, count }) => [status, count]));
  const proposals = (data.proposals?.edges ?? []).map((edge) => edge.node);
  const groups = groupPipeline(proposals);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);

  return (
    <section className="pipeline" aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">Pipeline</h2>
      <ul className="pipeline__counts" aria-label="Proposals per status">
        {PIPELINE_STATUSES.map((status) => {
          const count = counts.get(status) ?? 0;
          return (
            <li key={status} className={count > 0 ? 'pipeline__count' : 'pipeline__count pipeline__count--none'}>
              <span className="pipeline__number">{count}</span> {proposalStatusInWords[status]}
            </li>
          );
        })}
      </ul>

      {total === 0 && proposals.length === 0 ? (
        <p className="notice">No one has been proposed for this job yet. The suggested candidates below are a good start.</p>
      ) : (
        <div className="pipeline__groups">
          {groups.map((group) => (
            <div key={group.key} className="pipeline__group">
              <h3>
                {group.label} <span className="pipeline__group-count">({group.proposals.length})</span>
              </h3>
              {GROUP_NOTES[group.key] && <p className="field__hint">{GROUP_NOTES[group.key]}</p>}
              <ul className="pipeline__list">
                {group.proposals.map((proposal) => (
                  <li key={proposal.id}>
                    <Link href={`/recruiter/proposals/${encodeURIComponent(proposal.id)}`}>
                      {proposal.candidate?.fullName ?? 'A candidate'}
                    </Link>
                    <span className="pipeline__meta">
                      {' '}
                      · match {Math.round(proposal.match.score)}
                      {proposal.status === 'PROPOSED' && ` · answer due ${describeTimeLeft(proposal.respondBy)}`}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {data.proposals?.pageInfo.hasNextPage && (
        <p className="field__hint">Showing the {PIPELINE_PAGE_SIZE} most recent proposals; the counts above include every one.</p>
      )}
    </section>
  );
}
