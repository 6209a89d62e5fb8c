import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { describeNotice, describeSchedulingNoticeGiven } from '@shortlist/domain/interviews';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format-date-time';
import { describeActivity, describeActor } from './describe-activity';
import { describeFutureRoles } from './describe-future-roles';

export const Timeline_proposal = graphql(`
  fragment Timeline_proposal on Proposal {
    id
    job {
      id
      clientCompany {
        name
      }
    }
    decline {
      isOpenToFutureRoles
    }
    history {
      action
      createdAt
      fromProposalStatus
      toProposalStatus
      reason
      reasonLabel
      reasonText
      message
      noticeGivenMinutes
      isLate
      actor {
        name
        party
        kind
      }
      interview {
        id
        startsAt
        cancellation {
          noticeDescription
        }
      }
    }
  }
`);

type Props = {
  proposal: FragmentType<typeof Timeline_proposal>;
  /** The reader's zone: every time on the timeline is shown in it. */
  timeZone: string;
  agency: { name: string; lateNoticeMinutes: number };
};

/** Every event of the proposal, oldest first: who, when, what, why, in their words, and the notice given. */
export function Timeline({ proposal, timeZone, agency }: Props) {
  const { data, complete } = useFragment({ fragment: Timeline_proposal, fragmentName: 'Timeline_proposal', from: proposal });
  if (!complete) return null;
  // A proposal is declined once: its decline event carries what the candidate said about other roles at the client.
  const futureRoles = describeFutureRoles(data.decline?.isOpenToFutureRoles, data.job.clientCompany.name);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {data.history.length === 0 ? (
        <p className="notice">Nothing has happened on this proposal yet.</p>
      ) : (
        <ol className="timeline__list">
          {data.history.map((event, index) => {
            const noticeWords =
              event.noticeGivenMinutes === null
                ? null
                : // The description recorded with the cancellation is under the policy of that day; fall back to today's.
                  (event.action === 'interview.cancelled' ? event.interview?.cancellation?.noticeDescription : null) ??
                  (isTimeSet(event.action)
                    ? describeSchedulingNoticeGiven({
                        noticeGivenMinutes: event.noticeGivenMinutes,
                        isShort: event.isLate ?? false,
                        lateNoticeMinutes: agency.lateNoticeMinutes,
                        agencyName: agency.name,
                      })
                    : null) ??
                  describeNotice({
                    noticeGivenMinutes: event.noticeGivenMinutes,
                    isLate: event.isLate ?? false,
                    lateNoticeMinutes: agency.lateNoticeMinutes,
                    agencyName: agency.name,
                  });
            return (
              <li key={`${event.createdAt}-${index}`} className={event.isLate ? 'timeline__item timeline__item--late' : 'timeline__item'}>
                <p className="timeline__what">
                  <strong>{describeActivity(event, { timeZone })}</strong>
                </p>
                <p className="timeline__meta">
                  <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, timeZone)}</time> · {describeActor(event.actor)}
                </p>
                {event.reasonLabel && <p>Reason: {event.reasonLabel}</p>}
                {event.reasonText && (
                  <p>
                    {event.action === 'interview.reschedule_requested' || event.action === 'interview.rescheduled' ? 'Why' : 'In their words'}: “{event.reasonText}”
                  </p>
                )}
                {noticeWords && (
                  <p className={event.isLate ? 'notice-given notice-given--late' : 'notice-given'}>
                    {event.isLate ? (
                      <strong className="late-badge">{isTimeSet(event.action) ? 'Short notice' : 'Late notice'}</strong>
                    ) : (
                      <span>Notice given</span>
                    )}{' '}
                    · {noticeWords}
                  </p>
                )}
                {event.action === 'proposal.declined' && futureRoles && <p>{futureRoles}.</p>}
                {event.message && (
                  <blockquote className="quoted-message">{event.message}</blockquote>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** Events that set an interview's time: their notice is what the agency gave, held to the candidates' policy. */
const isTimeSet = (action: string) => action === 'interview.scheduled' || action === 'interview.rescheduled';
