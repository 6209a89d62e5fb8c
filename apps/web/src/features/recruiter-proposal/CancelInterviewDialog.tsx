import { useMutation } from '@apollo/client/react';
import {
  CANCELLATION_REASONS,
  computeCancellationNotice,
  describeNotice,
  REASON_LABELS,
  type CancellationReason,
} from '@shortlist/domain/interviews';
import { graphql } from '../../gql';
import { formatDateTime } from '../../ui/format-date-time';
import { firstNameOf } from '../../words/first-name-of';
import { composeCancelMessage } from './compose-cancel-message';
import { messageParties, type InterviewDialogProps } from './proposal-context';
import { ReasonedActionDialog } from './ReasonedActionDialog';
import { reasonInput } from './ReasonFields';
import { runAction } from './run-action';

export const CancelInterviewDialog_Mutation = graphql(`
  mutation CancelInterviewDialog_Mutation($input: CancelInterviewInput!) {
    cancelInterview(input: $input) {
      __typename
      ... on CancelInterviewSuccess {
        interview {
          id
          status
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** Cancelling states the notice being given under the agency's policy before the recruiter confirms. */
export function CancelInterviewDialog({ interview, context, onClose }: InterviewDialogProps) {
  const [cancel] = useMutation(CancelInterviewDialog_Mutation);
  const { lateNoticeMinutes, name: agencyName } = context.agency;
  const notice = computeCancellationNotice({ cancelledAt: context.now, startsAt: new Date(interview.startsAt), lateNoticeMinutes });
  const noticeWords = describeNotice({ ...notice, lateNoticeMinutes, agencyName });

  return (
    <ReasonedActionDialog
      title={`Cancel the interview on ${formatDateTime(interview.startsAt, context.viewer.timeZone)}`}
      lede={
        <>
          <p className={notice.isLate ? 'notice-given notice-given--late' : 'notice-given'}>
            <span className="notice-given__label">Notice you are giving:</span>{' '}
            {notice.isLate && <strong className="late-badge">Late notice</strong>} {noticeWords}
          </p>
          <p>It is recorded on the proposal, and {firstNameOf(context.candidate.fullName)} is told at once.</p>
        </>
      }
      submitLabel="Confirm cancellation"
      closeLabel="Keep the interview"
      reasons={CANCELLATION_REASONS}
      labels={REASON_LABELS.cancel}
      compose={(reason) =>
        composeCancelMessage({
          reason: (reason || 'OTHER') as CancellationReason,
          ...messageParties(context),
          when: formatDateTime(interview.startsAt, context.candidate.timeZone),
        })
      }
      onClose={onClose}
      onSubmit={(draft) =>
        runAction(
          async () =>
            (await cancel({ variables: { input: { interviewId: interview.id, ...reasonInput<CancellationReason>(draft) } } })).data
              ?.cancelInterview,
          { successTypename: 'CancelInterviewSuccess', onSuccess: () => context.onDone('Interview cancelled.'), onStale: context.onStale },
        )
      }
    />
  );
}
