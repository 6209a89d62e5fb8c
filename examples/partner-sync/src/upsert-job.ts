// A client's ATS pushes its job orders by its own requisition number: `upsertJob` creates the job the first time and
// updates it after, so the ATS keeps no map of Shortlist's IDs to send an edit (it may keep the ID for the feed). The
// key needs JOBS_WRITE; a key limited to one client writes that client's jobs and may leave clientCompanyId out.
import type { GraphQLRequest } from './graphql-client.ts';

export interface JobOrder {
  /** The ATS's own reference (1-200 characters), unique in the agency. */
  externalId: string;
  /** A ClientCompany ID of the agency: needed to create, unless the key is limited to a client. */
  clientCompanyId?: string;
  title?: string;
  seniority?: 'JUNIOR' | 'MID' | 'SENIOR' | 'LEAD' | 'PRINCIPAL';
  currency?: string;
  remotePolicy?: 'ONSITE' | 'HYBRID' | 'REMOTE';
  country?: string;
  city?: string | null;
  timeZone?: string;
  description?: string;
  /** DRAFT or OPEN when created; any status after (CLOSED closes the order, OPEN reopens it). */
  status?: 'DRAFT' | 'OPEN' | 'ON_HOLD' | 'FILLED' | 'CLOSED';
}

/** A typed refusal: `ValidationError` (with `fieldErrors`), `NotAllowedError` (with `requiredScope`), `NotFoundError`, … */
export class UpsertRefusedError extends Error {
  override name = 'UpsertRefusedError';
  constructor(readonly result: { __typename: string; message: string; requiredScope?: string | null; fieldErrors?: Array<{ field: string; message: string }> }) {
    super(`${result.__typename}: ${result.message}`);
  }
}

const UPSERT_JOB = /* GraphQL */ `mutation UpsertJob($input: UpsertJobInput!) {
  upsertJob(input: $input) {
    __typename
    ... on UpsertJobSuccess { created job { id externalId title status version } }
    ... on NotAllowedError { requiredScope }
    ... on ValidationError { fieldErrors { field message } }
    ... on Error { message }
  }
}`;

interface UpsertResult {
  __typename: string;
  message: string;
  created?: boolean;
  job?: { id: string; externalId: string; title: string; status: string; version: number };
  requiredScope?: string | null;
  fieldErrors?: Array<{ field: string; message: string }>;
}

/** Sends the order as it is in the ATS; `created` says whether Shortlist had it already. */
export async function upsertJobOrder(request: GraphQLRequest, order: JobOrder) {
  const { upsertJob: result } = await request<{ upsertJob: UpsertResult }>(UPSERT_JOB, { input: order });
  if (result.__typename !== 'UpsertJobSuccess') throw new UpsertRefusedError(result);
  return { job: result.job!, created: result.created! };
}
