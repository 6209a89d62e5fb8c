import { Fragment, useId, useState } from 'react';
import { graphql } from '../../gql';
import type { JobStatus, ProposalStatus, SuggestionsTable_MatchFragment } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { ScoreMeter } from '../../ui/ScoreMeter';
import { describePlace } from '../../words/describe-place';
import { proposalStatusInWords } from '../../words/proposal-status-in-words';
import { lazyPart } from '../../ui/lazy-dialog';
import type { MatchExplanation as MatchExplanationPart } from './MatchExplanation';

// The page spreads this with @unmask and passes the rows down. It holds what a row shows; the reasons "Why 87?"
// opens (MatchExplanation) load on that click, by the match's id.
export const SuggestionsTable_match = graphql(`
  fragment SuggestionsTable_match on Match {
    id
    score
    forwardScore
    reverseScore
    isBlocked
    candidate {
      id
      fullName
      headline
      city
      country
      preferences {
        earliestStart
        noticePeriodDays
      }
    }
    explanation {
      blockers {
        code
        message
      }
      # The few a row names, must-haves first (the API's order): not every requirement of every suggestion.
      matchedSkills(first: 3) {
        skill {
          id
          name
        }
      }
      partialSkills(first: 2) {
        skill {
          id
          name
        }
      }
      missingSkills(first: 2) {
        skill {
          id
          name
        }
      }
    }
  }
`);

type Row = SuggestionsTable_MatchFragment;

/** The candidate's proposal for this job, when there is one: open ones replace the Propose button. */
export type ExistingProposal = { id: string; status: ProposalStatus; isOpen: boolean };

/** Why a job that is not open takes no proposals, and what the recruiter can do about it. */
export const whyNoProposals = {
  DRAFT: 'Publish the job to propose candidates.',
  ON_HOLD: 'The job is on hold: open it again to propose candidates.',
  FILLED: 'The job is filled: open it again to propose more candidates.',
  CLOSED: 'The job is closed: open it again to propose candidates.',
} as const satisfies Record<Exclude<JobStatus, 'OPEN'>, string>;

const COLUMNS = 8;

// The reasons open on a click ("Why 87?"): their code and their data load then.
const MatchExplanation = lazyPart<Parameters<typeof MatchExplanationPart>[0]>(
  () => import('./MatchExplanation').then((module) => module.MatchExplanation),
  <p role="status">Loading the reasons…</p>,
);

/** The row's reasons in one line: a blocker first, else the skills that fit (must-haves first) and what is missing. */
export function topReasons(match: Row): string {
  const blocker = match.explanation.blockers[0];
  if (blocker) return `Blocked: ${blocker.message}`;
  const names = (skills: ReadonlyArray<{ skill: { name: string } }>) => skills.map((skill) => skill.skill.name).join(', ');
  const { matchedSkills, partialSkills, missingSkills } = match.explanation;
  // Skills met only in part (a lower level, a related skill) are named too: a candidate with no skill fully met
  // still ranks for a reason, and the cell says which.
  const reasons = [
    matchedSkills.length > 0 ? `has ${names(matchedSkills)}` : '',
    partialSkills.length > 0 ? `partly ${names(partialSkills)}` : '',
    missingSkills.length > 0 ? `missing ${names(missingSkills)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return reasons.charAt(0).toUpperCase() + reasons.slice(1);
}

/** "Now", "From 12 Jan", with the notice period when there is one; empty for a viewer who may not read the preferences. */
export function describeAvailability(preferences: Row['candidate']['preferences'], now: Date): string {
  if (!preferences) return '';
  const start = preferences.earliestStart ? new Date(preferences.earliestStart) : null;
  const from =
    start && start > now ? `From ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(start)}` : 'Now';
  const notice = preferences.noticePeriodDays > 0 ? ` · ${Math.round(preferences.noticePeriodDays / 7) || 1} wk notice` : '';
  return from + notice;
}

type Props = {
  rows: readonly Row[];
  job: { id: string; status: JobStatus };
  existing: ReadonlyMap<string, ExistingProposal>;
  selected: ReadonlySet<string>;
  onSelect: (candidateIds: readonly string[], isOn: boolean) => void;
  onPropose: (candidateId: string) => void;
  isStale: boolean;
  now: Date;
};

/** The ranked suggestions as a dense table: one row per candidate, selectable for proposing several at once. */
export function SuggestionsTable({ rows, job, existing, selected, onSelect, onPropose, isStale, now }: Props) {
  const id = useId();
  // The candidates whose reasons are open below their row ("Why 87?"): several can be compared at once.
  const [explained, setExplained] = useState<ReadonlySet<string>>(new Set());
  function toggleExplanation(candidateId: string) {
    setExplained((current) => {
      const next = new Set(current);
      if (next.has(candidateId)) next.delete(candidateId);
      else next.add(candidateId);
      return next;
    });
  }
  const selectable = job.status === 'OPEN' ? rows.filter((row) => !existing.get(row.candidate.id)?.isOpen).map((row) => row.candidate.id) : [];
  const isAllSelected = selectable.length > 0 && selectable.every((candidateId) => selected.has(candidateId));
  return (
    <div className="data-table">
      <table className={isStale ? 'suggestions-table suggestions-table--stale' : 'suggestions-table'}>
        <caption className="visually-hidden">Suggested candidates, best match first</caption>
        <thead>
          <tr>
            <th scope="col" className="suggestions-table__select">
              <input
                type="checkbox"
                aria-label="Select all on this page"
                checked={isAllSelected}
                disabled={selectable.length === 0}
                onChange={(event) => onSelect(selectable, event.target.checked)}
              />
            </th>
            <th scope="col" className="suggestions-table__rank">
              #
            </th>
            <th scope="col">Candidate</th>
            <th scope="col">Score</th>
            <th scope="col">Why</th>
            <th scope="col">Location</th>
            <th scope="col">Available</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const { candidate } = row;
            const proposal = existing.get(candidate.id) ?? null;
            const canPropose = job.status === 'OPEN' && !proposal?.isOpen;
            const isExplained = explained.has(candidate.id);
            const explanationId = `${id}-why-${index}`;
            const score = Math.round(row.score);
            return (
              <Fragment key={candidate.id}>
                <tr className={row.isBlocked ? 'suggestions-table__row--blocked' : undefined}>
                  <td className="suggestions-table__select">
                    {canPropose && (
                      <input
                        type="checkbox"
                        aria-label={`Select ${candidate.fullName}`}
                        checked={selected.has(candidate.id)}
                        onChange={(event) => onSelect([candidate.id], event.target.checked)}
                      />
                    )}
                  </td>
                  <td className="suggestions-table__rank">{index + 1}</td>
                  <th scope="row" className="suggestions-table__candidate">
                    <Link href={`/recruiter/candidates/${encodeURIComponent(candidate.id)}`}>{candidate.fullName}</Link>
                    {candidate.headline && <span className="suggestions-table__headline">{candidate.headline}</span>}
                  </th>
                  <td className="suggestions-table__score">
                    <ScoreMeter score={row.score} label={`Match score of ${candidate.fullName}`} />
                  </td>
                  <td className="suggestions-table__why">
                    {topReasons(row)}{' '}
                    <button
                      type="button"
                      className="suggestions-table__why-toggle"
                      aria-expanded={isExplained}
                      aria-controls={isExplained ? explanationId : undefined}
                      // Named for its row too: the visible words start the name, so speech input finds it by them.
                      aria-label={`Why ${score} for ${candidate.fullName}?`}
                      onClick={() => toggleExplanation(candidate.id)}
                    >
                      Why {score}?
                    </button>
                  </td>
                  <td>{describePlace(candidate.city, candidate.country)}</td>
                  <td>{describeAvailability(candidate.preferences, now)}</td>
                  <td className="suggestions-table__action">
                    {proposal?.isOpen ? (
                      <Link href={`/recruiter/proposals/${encodeURIComponent(proposal.id)}`}>{proposalStatusInWords[proposal.status]}</Link>
                    ) : canPropose ? (
                      <button type="button" className="button button--secondary button--sm" aria-label={`Propose ${candidate.fullName}`} onClick={() => onPropose(candidate.id)}>
                        Propose
                      </button>
                    ) : (
                      <span className="field__hint">{job.status === 'OPEN' ? '' : whyNoProposals[job.status]}</span>
                    )}
                  </td>
                </tr>
                {isExplained && (
                  <tr className="suggestions-table__explanation">
                    <td colSpan={COLUMNS}>
                      <section id={explanationId} aria-label={`Why ${candidate.fullName} scores ${score}`}>
                        <MatchExplanation matchId={row.id} />
                      </section>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
