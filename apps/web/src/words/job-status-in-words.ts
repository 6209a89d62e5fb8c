import type { JobStatus } from '../gql/graphql';

export const jobStatusInWords = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  ON_HOLD: 'On hold',
  FILLED: 'Filled',
  CLOSED: 'Closed',
} as const satisfies Record<JobStatus, string>;
