import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import {
  deliveryStatusClass,
  deliveryStatusInWords,
  latencyInWords,
  pageOfSubject,
  prettyPayload,
  responseInWords,
  subjectOfPayload,
} from './delivery-words';
import { formatLogTime } from './format-webhook-time';

export const DeliveryRow_delivery = graphql(`
  fragment DeliveryRow_delivery on WebhookDelivery {
    id
    webhookId
    eventType
    changePosition
    status
    attemptCount
    nextAttemptAt
    createdAt
    payload
    attempts {
      attemptedAt
      responseStatus
      latencyMs
      error
      isManual
    }
  }
`);

export const DeliveryRow_Mutation = graphql(`
  mutation DeliveryRow_Mutation($input: RedeliverWebhookDeliveryInput!) {
    redeliverWebhookDelivery(input: $input) {
      __typename
      ... on RedeliverWebhookDeliverySuccess {
        webhookDelivery {
          id
          ...DeliveryRow_delivery
          attempts {
            responseStatus
            latencyMs
            error
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** How many columns a delivery's row has: its details row spans them all. */
export const DELIVERY_COLUMNS = 9;

type Outcome = { isSuccess: boolean; text: string };

/**
 * One delivery in the log, and under it (when opened) its attempts and the body sent. "Redeliver" sends it again
 * now with the same `webhook-id`; what the receiver answered is said in the row.
 */
export function DeliveryRow({ delivery, timeZone }: { delivery: FragmentType<typeof DeliveryRow_delivery>; timeZone: string }) {
  const id = useId();
  const { data, complete } = useFragment({ fragment: DeliveryRow_delivery, fragmentName: 'DeliveryRow_delivery', from: delivery });
  const [isOpen, setIsOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [redeliver, { loading: isSending }] = useMutation(DeliveryRow_Mutation);
  if (!complete) return null;

  const lastAttempt = data.attempts.at(-1);
  const subject = subjectOfPayload(data.payload);
  const subjectPage = subject && pageOfSubject(subject);
  const detailsId = `${id}-details`;
  const deliveryId = data.id;

  async function send() {
    if (isSending) return;
    setOutcome(null);
    try {
      const { data: answer } = await redeliver({ variables: { input: { id: deliveryId } } });
      const result = answer?.redeliverWebhookDelivery;
      if (!result) throw new Error('No answer from the server.');
      if (result.__typename !== 'RedeliverWebhookDeliverySuccess') {
        setOutcome({ isSuccess: false, text: result.message });
        return;
      }
      const attempt = result.webhookDelivery.attempts.at(-1);
      if (!attempt) return;
      const took = latencyInWords(attempt.latencyMs);
      setOutcome(
        attempt.error === null
          ? { isSuccess: true, text: `Redelivered: ${responseInWords(attempt.responseStatus)} in ${took}.` }
          : { isSuccess: false, text: `Redelivery failed: ${responseInWords(attempt.responseStatus)} after ${took}. ${firstLine(attempt.error)}` },
      );
    } catch (error) {
      setOutcome({ isSuccess: false, text: `That did not go through: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <>
      <tr className={isOpen ? 'delivery-row delivery-row--open' : 'delivery-row'}>
        <th scope="row" className="delivery-row__event">
          <button type="button" className="delivery-row__toggle" aria-expanded={isOpen} aria-controls={detailsId} onClick={() => setIsOpen(!isOpen)}>
            <span className="delivery-row__chevron" aria-hidden="true" />
            <code>{data.eventType}</code>{' '}
            <span className="visually-hidden">details</span>
          </button>
        </th>
        <td>
          {subject ? subjectPage ? <Link href={subjectPage}>{subject.entity}</Link> : subject.entity : '—'}
          {/* A test event is not in the change log: its position is negative and means nothing to the admin. */}
          <span className="delivery-row__muted">{data.changePosition.startsWith('-') ? 'test event' : `change ${data.changePosition}`}</span>
        </td>
        <td>
          <span className={deliveryStatusClass(data.status, data.attemptCount)}>{deliveryStatusInWords(data.status, data.attemptCount)}</span>
        </td>
        <td>{data.attempts.length}</td>
        <td>{lastAttempt ? responseInWords(lastAttempt.responseStatus) : '—'}</td>
        <td>{lastAttempt ? latencyInWords(lastAttempt.latencyMs) : '—'}</td>
        <td>{data.status === 'PENDING' && data.nextAttemptAt ? <time dateTime={data.nextAttemptAt}>{formatLogTime(data.nextAttemptAt, timeZone)}</time> : '—'}</td>
        <td>
          <time dateTime={data.createdAt}>{formatLogTime(data.createdAt, timeZone)}</time>
        </td>
        <td className="delivery-row__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={isSending || undefined}
            // The visible word starts the name; the event and its time tell the rows apart.
            aria-label={`Redeliver ${data.eventType} of ${formatLogTime(data.createdAt, timeZone)}`}
            onClick={() => void send()}
          >
            {isSending ? 'Sending…' : 'Redeliver'}
          </button>
          <span role="status" className={outcome && !outcome.isSuccess ? 'delivery-row__outcome delivery-row__outcome--failed' : 'delivery-row__outcome'}>
            {outcome?.text}
          </span>
        </td>
      </tr>
      <tr id={detailsId} className="delivery-details" hidden={!isOpen}>
        <td colSpan={DELIVERY_COLUMNS}>
          {isOpen && <DeliveryDetails attempts={data.attempts} payload={data.payload} webhookId={data.webhookId} timeZone={timeZone} />}
        </td>
      </tr>
    </>
  );
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 200);
}

function DeliveryDetails({
  attempts,
  payload,
  webhookId,
  timeZone,
}: {
  attempts: ReadonlyArray<{ attemptedAt: string; responseStatus: number | null; latencyMs: number; error: string | null; isManual: boolean }>;
  payload: string;
  webhookId: string;
  timeZone: string;
}) {
  return (
    <div className="delivery-details__body">
      <div>
        <h3 className="delivery-details__heading">Attempts</h3>
        {attempts.length === 0 ? (
          <p className="delivery-row__muted">Not tried yet.</p>
        ) : (
          <ol className="attempt-list">
            {/* Oldest first and only ever appended to: the position is the attempt's identity. */}
            {attempts.map((attempt, index) => (
              <li key={index} className="attempt">
                <span className="attempt__when">
                  <time dateTime={attempt.attemptedAt}>{formatLogTime(attempt.attemptedAt, timeZone)}</time>
                  {attempt.isManual && <span className="chip">Redelivery</span>}
                </span>
                <span className={attempt.error === null ? 'attempt__answer' : 'attempt__answer attempt__answer--failed'}>
                  {responseInWords(attempt.responseStatus)} in {latencyInWords(attempt.latencyMs)}
                </span>
                {attempt.error !== null && <pre className="attempt__error">{attempt.error}</pre>}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div>
        <h3 className="delivery-details__heading">Payload</h3>
        <p className="delivery-row__muted">
          Sent with <code>webhook-id: {webhookId}</code> on every attempt.
        </p>
        <pre className="delivery-details__payload" tabIndex={0} aria-label="Payload">
          {prettyPayload(payload)}
        </pre>
      </div>
    </div>
  );
}
