import type { WebhookDeliveryStatus } from '../../gql/graphql';

/** A delivery's state as the admin reads it: a PENDING one that has been tried is being retried. */
export function deliveryStatusInWords(status: WebhookDeliveryStatus, attemptCount: number): string {
  if (status === 'SUCCEEDED') return 'Delivered';
  if (status === 'FAILED') return 'Failed';
  return attemptCount > 0 ? 'Retrying' : 'Waiting';
}

/** The class that colours the status: delivered is good news, failed and retrying are not. */
export function deliveryStatusClass(status: WebhookDeliveryStatus, attemptCount: number): string {
  if (status === 'SUCCEEDED') return 'status status--open';
  if (status === 'FAILED' || attemptCount > 0) return 'status status--failing';
  return 'status';
}

/** "HTTP 200", or "No answer" when the receiver never answered (refused, timed out, address not allowed). */
export function responseInWords(responseStatus: number | null): string {
  return responseStatus === null ? 'No answer' : `HTTP ${responseStatus}`;
}

/** "12 ms", "1.4 s": how long the receiver took. */
export function latencyInWords(latencyMs: number): string {
  return latencyMs < 1000 ? `${latencyMs} ms` : `${(latencyMs / 1000).toFixed(1)} s`;
}

/** What the payload says it is about: its object type and global ID (`data.entity`, `data.id`), when it says. */
export function subjectOfPayload(payload: string): { entity: string; id: string } | null {
  try {
    const body = JSON.parse(payload) as { data?: { entity?: unknown; id?: unknown } };
    const { entity, id } = body.data ?? {};
    return typeof entity === 'string' && typeof id === 'string' ? { entity, id } : null;
  } catch {
    return null;
  }
}

/** The payload laid out for reading (two-space indents); as sent when it is not JSON. */
export function prettyPayload(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** The staff page of an event's object, where there is one (interviews are read on their proposal's page). */
export function pageOfSubject(subject: { entity: string; id: string }): string | null {
  const id = encodeURIComponent(subject.id);
  if (subject.entity === 'Job') return `/recruiter/jobs/${id}`;
  if (subject.entity === 'Candidate') return `/recruiter/candidates/${id}`;
  if (subject.entity === 'Proposal') return `/recruiter/proposals/${id}`;
  return null;
}
