import type { Party } from '../../gql/graphql';
import { Link } from '../../routes/Link';
import { formatDateTime } from '../../ui/format-date-time';
import { messageLabelForCandidate } from '../../words/message-label';

/**
 * On an interview that replaced another: when it was before, why it moved and the message sent with the move, as
 * written, so the "Interview moved" notice that leads here has its whole text here too (B6).
 */
export function MovedFrom({
  previous,
  timeZone,
  names,
}: {
  previous: { id: string; startsAt: string; rescheduleRequest?: { by?: Party | null; reason: string; message?: string | null } | null };
  timeZone: string;
  names: { recruiterName: string; companyName: string };
}) {
  const request = previous.rescheduleRequest;
  return (
    <div className="interview__moved-from">
      <p>
        Moved from{' '}
        <Link href={`/me/interviews/${encodeURIComponent(previous.id)}`}>{formatDateTime(previous.startsAt, timeZone)}</Link>
        {request && (
          <>
            {request.by === 'CANDIDATE' ? ', as you asked' : ''}: “{request.reason}”
          </>
        )}
        {/* A reason that ends its own sentence needs no second full stop after the quote. */}
        {request && /[.!?]$/.test(request.reason) ? '' : '.'}
      </p>
      {request?.message && (
        <dl className="interview__facts">
          <dt>{messageLabelForCandidate(request.by, names)}</dt>
          <dd className="interview__message">{request.message}</dd>
        </dl>
      )}
    </div>
  );
}
