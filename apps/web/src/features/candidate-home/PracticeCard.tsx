import { useId } from 'react';
import { graphql } from '../../gql';
import type { PracticeCard_PracticeFragment } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { formatDateTime } from '../../ui/format-date-time';
import '../candidate-reflection/candidate-reflection.css';

export const PracticeCard_practice = graphql(`
  fragment PracticeCard_practice on Practice {
    interviewsDone
    reflectionsWritten
    contactsMade
    followUpsDue
    awaitingReflection {
      id
      startsAt
      proposal {
        id
        job {
          id
          title
          clientCompany {
            name
          }
        }
      }
    }
  }
`);

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "Practice so far": every interview is networking and practice, whatever came of it. The numbers, the contacts to
 * follow up, and "How did it go?" for interviews that ended without a reflection.
 */
// Practice has no ID of its own (it is the candidate's summary, not a record), so the page spreads it unmasked.
export function PracticeCard({ practice, timeZone }: { practice: PracticeCard_PracticeFragment; timeZone: string }) {
  const headingId = useId();
  const promptsId = useId();
  return (
    <>
      {practice.awaitingReflection.length > 0 && (
        <section aria-labelledby={promptsId} className="candidate-home__section practice__prompts">
          <h2 id={promptsId}>How did it go?</h2>
          <p className="candidate-home__hint">Two minutes while it is fresh: how it felt, what you learned, and who you met.</p>
          <ul className="row-list">
            {practice.awaitingReflection.map((interview) => (
              <li key={interview.id} className="row-list__item practice__prompt">
                <span>
                  {interview.proposal.job.title} at {interview.proposal.job.clientCompany.name}
                  <span className="practice__when"> · {formatDateTime(interview.startsAt, timeZone)}</span>
                </span>
                <Link className="button button--secondary" href={`/me/interviews/${encodeURIComponent(interview.id)}/reflection`}>
                  Write how it went<span className="visually-hidden">: {interview.proposal.job.title} at {interview.proposal.job.clientCompany.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={headingId} className="candidate-home__section card practice">
        <h2 id={headingId}>Practice so far</h2>
        <p className="candidate-home__hint">Every interview counts, whatever the outcome: practice, and people you now know.</p>
        <ul className="practice__numbers">
          <li className="practice__number">
            <strong>{practice.interviewsDone}</strong> {practice.interviewsDone === 1 ? 'interview done' : 'interviews done'}
          </li>
          <li className="practice__number">
            <strong>{practice.reflectionsWritten}</strong> {practice.reflectionsWritten === 1 ? 'reflection' : 'reflections'}
          </li>
          <li className="practice__number">
            <strong>{practice.contactsMade}</strong> {practice.contactsMade === 1 ? 'contact' : 'contacts'}
          </li>
          <li className="practice__number">
            <strong>{practice.followUpsDue}</strong> {practice.followUpsDue === 1 ? 'follow-up due' : 'follow-ups due'}
          </li>
        </ul>
        <p>
          <Link href="/me/contacts">{practice.followUpsDue > 0 ? `Your contacts: ${count(practice.followUpsDue, 'follow-up', 'follow-ups')} due` : 'Your contacts'}</Link>
        </p>
      </section>
    </>
  );
}
