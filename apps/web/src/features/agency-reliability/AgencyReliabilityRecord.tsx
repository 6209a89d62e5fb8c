import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../../gql';
import { describeAgencyReliability } from './describe-agency-reliability';
import './agency-reliability.css';

export const AgencyReliabilityRecord_Query = graphql(`
  query AgencyReliabilityRecord_Query {
    me {
      id
      agency {
        id
        name
        reliability {
          lateNoticeMinutes
          interviews
          interviewsScheduled
          shortNoticeInterviews
          medianSchedulingNoticeHours
          cancellations
          lateCancellations
          medianCancellationNoticeHours
          noShows
          noShowsContested
          clientLateCancellations
          clientNoShows
        }
      }
    }
  }
`);

/**
 * The agency's own reliability record, kept as a candidate's is: for the candidate on their proposal, for staff on
 * their jobs page. It loads on its own, beside the page's query: it is about the agency, not the page's subject,
 * and a slow or failed record must not hold up the page (it then says so, or shows nothing while loading).
 */
export function AgencyReliabilityRecord({ audience }: { audience: 'candidate' | 'staff' }) {
  const headingId = useId();
  const { data, error } = useQuery(AgencyReliabilityRecord_Query, { fetchPolicy: 'cache-and-network' });
  const agency = data?.me?.agency;
  if (!agency && !error) return null;

  const title = audience === 'candidate' ? `${agency?.name ?? 'The agency'}'s record with candidates` : "Your agency's record, as candidates see it";
  return (
    <section className="card agency-reliability" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {!agency?.reliability ? (
        <p className="field__hint">The record could not be loaded just now.</p>
      ) : (
        <>
          <ul className="agency-reliability__list">
            {describeAgencyReliability(agency.reliability).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <p className="field__hint">
            {audience === 'candidate'
              ? `The agency is held to the notice it asks of you: times it sets or cancels with less than the policy's notice, and interviews its recruiters missed, are counted here.`
              : 'Held to the notice you ask of candidates: times set or cancelled inside the policy, and no-shows by your recruiters, count here. Candidates see this on their proposals.'}
          </p>
        </>
      )}
    </section>
  );
}
