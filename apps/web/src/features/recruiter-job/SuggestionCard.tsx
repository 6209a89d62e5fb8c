import { useId } from 'react';
import { graphql } from '../../gql';
import type { JobStatus, ProposalStatus, SuggestionCard_MatchFragment } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { ScoreMeter } from '../../ui/ScoreMeter';
import { proposalStatusInWords } from '../../words/proposal-status-in-words';

// A Match has no id of its own, so the cache cannot hand it to useFragment: the page spreads this fragment with
// @unmask and passes the data down (see RecruiterJobPage).
export const SuggestionCard_match = graphql(`
  fragment SuggestionCard_match on Match {
    score
    forwardScore
    reverseScore
    isBlocked
    candidate {
      id
      fullName
      headline
    }
    explanation {
      blockers {
        code
        message
      }
      categories {
        name
        side
        score
        weight
        evidence
      }
      matchedSkills {
        requirement
        skill {
          id
          name
        }
      }
      partialSkills {
        requirement
        requiredLevel
        credit
        skill {
          id
          name
        }
        creditedBy {
          relation
          level
          skill {
            id
            name
          }
        }
      }
      missingSkills {
        requirement
        skill {
          id
          name
        }
      }
    }
  }
`);

/** The candidate's proposal for this job, when there is one: open ones replace the Propose button. */
export type ExistingProposal = { id: string; status: ProposalStatus; isOpen: boolean };

/** Why a job that is not open takes no proposals, and what the recruiter can do about it. */
export const whyNoProposals = {
  DRAFT: 'Publish the job to propose candidates.',
  ON_HOLD: 'The job is on hold: open it again to propose candidates.',
  FILLED: 'The job is filled: open it again to propose more candidates.',
  CLOSED: 'The job is closed: open it again to propose candidates.',
} as const satisfies Record<Exclude<JobStatus, 'OPEN'>, string>;

type Props = {
  match: SuggestionCard_MatchFragment;
  /** The job the card suggests for: candidates can be proposed only while it is open. */
  job: { id: string; status: JobStatus };
  existingProposal?: ExistingProposal | null;
  onPropose: () => void;
};

type PartialSkill = SuggestionCard_MatchFragment['explanation']['partialSkills'][number];

/** Why a skill counts only in part: a related skill stands in for it, or the candidate's level is below the job's. */
export function describePartialCredit(skill: PartialSkill): string {
  const credit = skill.creditedBy;
  if (credit && credit.skill.id !== skill.skill.id) return `via ${credit.skill.name}`;
  if (credit && skill.requiredLevel !== null && credit.level < skill.requiredLevel) {
    return `level ${credit.level} of ${skill.requiredLevel}`;
  }
  return `${Math.round(skill.credit * 100)}% credit`;
}

const SIDES = [
  ['forward', 'Fits the job'],
  ['reverse', 'Job fits them'],
] as const;

export function SuggestionCard({ match, job, existingProposal, onPropose }: Props) {
  const id = useId();
  const { candidate, explanation } = match;
  const { matchedSkills, partialSkills, missingSkills, blockers } = explanation;
  const hasSkills = matchedSkills.length + partialSkills.length + missingSkills.length > 0;

  return (
    <article className={match.isBlocked ? 'card suggestion suggestion--blocked' : 'card suggestion'} aria-labelledby={`${id}-name`}>
      <header className="suggestion__header">
        <div>
          <h3 className="suggestion__name" id={`${id}-name`}>
            {candidate.fullName}
          </h3>
          {candidate.headline && <p className="suggestion__headline">{candidate.headline}</p>}
        </div>
        <div className="suggestion__score">
          <ScoreMeter score={match.score} />
          <p className="suggestion__split">
            Fits the job {Math.round(match.forwardScore)} · Job fits them {Math.round(match.reverseScore)}
          </p>
        </div>
      </header>

      {blockers.length > 0 && (
        <div className="suggestion__blockers">
          <h4>{blockers.length === 1 ? 'Blocker' : 'Blockers'}</h4>
          <ul>
            {blockers.map((blocker) => (
              <li key={blocker.code + blocker.message}>{blocker.message}</li>
            ))}
          </ul>
        </div>
      )}

      {hasSkills && (
        <ul className="chip-list suggestion__skills" aria-label="Skills the job asks for">
          {matchedSkills.map((skill) => (
            <li key={`matched-${skill.skill.id}`} className="chip chip--matched">
              <span aria-hidden="true">✓ </span>
              <span className="visually-hidden">matched: </span>
              {skill.skill.name}
            </li>
          ))}
          {partialSkills.map((skill) => (
            <li key={`partial-${skill.skill.id}`} className="chip chip--partial">
              <span aria-hidden="true">≈ </span>
              <span className="visually-hidden">partly matched: </span>
              {skill.skill.name}
              <span className="chip__note"> ({describePartialCredit(skill)})</span>
            </li>
          ))}
          {missingSkills.map((skill) => (
            <li key={`missing-${skill.skill.id}`} className="chip chip--missing">
              <span aria-hidden="true">✗ </span>
              <span className="visually-hidden">missing: </span>
              {skill.skill.name}
              {skill.requirement === 'MUST_HAVE' && <span className="chip__note"> (must-have)</span>}
            </li>
          ))}
        </ul>
      )}

      <details className="suggestion__why">
        <summary>Why this score</summary>
        {SIDES.map(([side, title]) => {
          const categories = explanation.categories.filter((category) => category.side === side);
          if (categories.length === 0) return null;
          return (
            <div key={side} className="suggestion__side">
              <h4>
                {title}: {Math.round(side === 'forward' ? match.forwardScore : match.reverseScore)}
              </h4>
              <ul className="suggestion__categories">
                {categories.map((category) => (
                  <li key={category.name}>
                    <p className="suggestion__category">
                      <strong>{category.name}</strong> {Math.round(category.score)} of 100
                      <span className="suggestion__weight"> · weight {Math.round(category.weight)}%</span>
                    </p>
                    <ul className="suggestion__evidence">
                      {category.evidence.map((sentence) => (
                        <li key={sentence}>{sentence}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </details>

      <footer className="suggestion__actions">
        {existingProposal?.isOpen ? (
          <p className="suggestion__proposed">
            Already proposed for this job ({proposalStatusInWords[existingProposal.status]}).{' '}
            <Link href={`/recruiter/proposals/${encodeURIComponent(existingProposal.id)}`}>
              See {candidate.fullName}’s proposal
            </Link>
          </p>
        ) : (
          <>
            {existingProposal && (
              <p className="suggestion__proposed">
                Proposed before: {proposalStatusInWords[existingProposal.status].toLowerCase()}.{' '}
                <Link href={`/recruiter/proposals/${encodeURIComponent(existingProposal.id)}`}>See that proposal</Link>
              </p>
            )}
            {job.status === 'OPEN' ? (
              <button type="button" className="button" onClick={onPropose}>
                Propose {candidate.fullName}
              </button>
            ) : (
              <p className="suggestion__not-open">
                {whyNoProposals[job.status]}{' '}
                <Link href={`/recruiter/jobs/${encodeURIComponent(job.id)}/edit`}>Edit the job</Link>
              </p>
            )}
          </>
        )}
      </footer>
    </article>
  );
}
