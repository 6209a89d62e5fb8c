// A partner proposes a candidate for a job, safely retried: one Idempotency-Key per intended proposal (kept with the
// partner's own record of it, so a retry after a crash sends the same one). However often the request is sent, by
// retries or by the same job running twice, Shortlist makes one proposal and answers every copy with it.
import { randomUUID } from 'node:crypto';
import type { GraphQLRequest } from './graphql-client.ts';

export interface ProposeInput {
  jobId: string;
  candidateId: string;
  /** For the candidate to read (10-2,000 characters). */
  message: string;
  /** 1-10 interview times for the candidate to pick from. */
  slots: Array<{ startsAt: string; endsAt: string; timeZone: string; format: 'VIDEO' | 'PHONE' | 'ONSITE'; location?: string }>;
  /** Default 7 days from now; at most 30. */
  respondBy?: string;
  /** The recruiter (a User ID of the agency) the proposal is made for; default: whoever created the key. */
  onBehalfOfRecruiterId?: string;
}

/** A typed refusal: `ValidationError` (with `fieldErrors`), `NotAllowedError` (with `requiredScope`), `NotFoundError`, … */
export class ProposeRefusedError extends Error {
  override name = 'ProposeRefusedError';
  constructor(readonly result: { __typename: string; message: string; requiredScope?: string | null; fieldErrors?: Array<{ field: string; message: string }> }) {
    super(`${result.__typename}: ${result.message}`);
  }
}

const PROPOSE_MATCH = /* GraphQL */ `mutation ProposeMatch($input: ProposeMatchInput!) {
  proposeMatch(input: $input) {
    __typename
    ... on ProposeMatchSuccess { proposal { id status } }
    ... on DuplicateProposalError { message proposal { id status } }
    ... on NotAllowedError { requiredScope }
    ... on ValidationError { fieldErrors { field message } }
    ... on Error { message }
  }
}`;

interface ProposeResult {
  __typename: string;
  message: string;
  proposal?: { id: string; status: string };
  requiredScope?: string | null;
  fieldErrors?: Array<{ field: string; message: string }>;
}

/**
 * Proposes once per `idempotencyKey`. The client retries a lost answer, a 409 (the first copy still runs) or a 429/503
 * with the same key. `isExisting` is true when the candidate already had an open proposal for the job (someone, or an
 * earlier run without the key, proposed meanwhile): the partner carries on with that one.
 */
export async function proposeIdempotently(request: GraphQLRequest, input: ProposeInput, idempotencyKey: string = randomUUID()) {
  const { proposeMatch: result } = await request<{ proposeMatch: ProposeResult }>(PROPOSE_MATCH, { input }, { idempotencyKey });
  if (result.__typename === 'ProposeMatchSuccess' || result.__typename === 'DuplicateProposalError') {
    return { proposal: result.proposal!, isExisting: result.__typename === 'DuplicateProposalError' };
  }
  throw new ProposeRefusedError(result);
}
