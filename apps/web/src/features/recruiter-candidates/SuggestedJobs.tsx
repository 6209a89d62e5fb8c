import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useId } from 'react';
import type { ProposalStatus } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { formatDateTime } from '../../ui/format-date-time';
import { proposalStatusInWords } from './CandidateProposals';

export const SuggestedJobs_candidate = graphql(`
  fragment SuggestedJobs_candidate on Candidate {
    id
    suggestedJobs(first: 10) {
      edges {
        node {
          score
          isBlocked
          job {
            id
            title
            clientCompany {
              name
            }
          }
          explanation {
            matchedSkills {
              skill {
                id
                name
              }
            }
            partialSkills {
              skill {
                id
                name
              }
            }
            missingSkills {
              requirement
              skill {
                id
                name
              }
            }
            blockers {
              code
              message
            }
          }
        }
      }
    }
  }
`);

const TOP_SKILLS = 3;

/** The candidate's proposal for a suggested job: an open one, or else their latest closed one and when it closed. */
export type EarlierProposal = { status: ProposalStatus; isOpen: boolean; closedAt: string | null };

/** "Already proposed", or for a closed proposal "Proposed before: declined on Mon 2 Feb, 10:00 (Europe/London)". */
function describeEarlierProposal(proposal: EarlierProposal, timeZone: string): string {
  if (proposal.isOpen) return 'Already proposed';
  const status = proposalStatusInWords[proposal.status].toLowerCase();
  const on = proposal.closedAt ? ` on ${formatDateTime(proposal.closedAt, timeZone)}` : '';
  return `Proposed before: ${status}${on}; you can propose them again from the job`;
}

/**
 * The agency's open jobs that suit the candidate best, each with its score and the skills that decide it; a job they
 * have been proposed for says so, and how an earlier proposal ended.
 */
export function SuggestedJobs({
  candidate,
  proposalsByJob,
  timeZone,
}: {
  candidate: FragmentType<typeof SuggestedJobs_candidate>;
  proposalsByJob: ReadonlyMap<string, EarlierProposal>;
  /** The reader's zone, for when an earlier proposal closed. */
  timeZone: string;
}) {
  const id = useId();
  const { data, complete } = useFragment({
    fragment: SuggestedJobs_candidate,
    fragmentName: 'SuggestedJobs_candidate',
    from: candidate,
  });
  if (!complete) return null;
  const matches = data.suggestedJobs?.edges.map((edge) => edge.node) ?? null;

  return (
    <section className="card candidate-section" aria-labelledby="candidate-suggested-jobs">
      <h2 id="candidate-suggested-jobs">Suggested jobs</h2>
      {matches === null ? (
        <p className="candidate-section__empty">Suggestions could not be loaded just now.</p>
      ) : matches.length === 0 ? (
        <p className="candidate-section__empty">None of your agency's open jobs suits this candidate yet.</p>
      ) : (
        <ol className="suggested-jobs">
          {matches.map((match, index) => {
            const score = Math.round(match.score);
            const matchedId = `${id}-${index}-matched`;
            const missingId = `${id}-${index}-missing`;
            const { matchedSkills, partialSkills, missingSkills, blockers } = match.explanation;
            return (
              <li key={match.job.id} className="suggested-job">
                <div className="suggested-job__head">
                  <Link href={`/recruiter/jobs/${encodeURIComponent(match.job.id)}`} className="suggested-job__title">
                    {match.job.title}
                  </Link>
                  <span className="suggested-job__client">
                    {match.job.clientCompany.name}
                    {proposalsByJob.has(match.job.id) && (
                      <span className="suggested-job__proposed">
                        {' · '}
                        {describeEarlierProposal(proposalsByJob.get(match.job.id)!, timeZone)}
                      </span>
                    )}
                  </span>
                  <span className="suggested-job__score">
                    <meter min={0} max={100} value={score} aria-label={`Score for ${match.job.title}`} />
                    Score {score} of 100
                  </span>
                </div>
                {match.isBlocked && blockers.length > 0 && (
                  <p className="suggested-job__blocked">
                    <strong>Blocked:</strong> {blockers.map((blocker) => blocker.message).join(' ')}
                  </p>
                )}
                <div className="suggested-job__skills">
                  {matchedSkills.length + partialSkills.length > 0 && (
                    <div className="suggested-job__chips">
                      <span id={matchedId} className="suggested-job__chips-label">
                        Matched skills
                      </span>
                      <ul className="chip-list" aria-labelledby={matchedId}>
                      {matchedSkills.slice(0, TOP_SKILLS).map(({ skill }) => (
                        <li key={skill.id} className="chip chip--matched">
                          {skill.name}
                        </li>
                      ))}
                      {partialSkills.slice(0, Math.max(0, TOP_SKILLS - matchedSkills.length)).map(({ skill }) => (
                        <li key={skill.id} className="chip chip--partial">
                          {skill.name} (in part)
                        </li>
                      ))}
                      </ul>
                    </div>
                  )}
                  {missingSkills.length > 0 && (
                    <div className="suggested-job__chips">
                      <span id={missingId} className="suggested-job__chips-label">
                        Missing skills
                      </span>
                      <ul className="chip-list" aria-labelledby={missingId}>
                      {missingSkills.slice(0, TOP_SKILLS).map(({ skill, requirement }) => (
                        <li key={skill.id} className="chip chip--missing">
                          {skill.name}
                          {requirement === 'MUST_HAVE' ? ' (must-have)' : ''}
                        </li>
                      ))}
                      </ul>
                    </div>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
