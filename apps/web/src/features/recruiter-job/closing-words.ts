import type { JobClosingOutcome } from '../../gql/graphql';

// The words of filling or closing a job: its buttons on the page, and the dialog each opens (loaded on the first open).
export const CLOSING_WORDS = {
  FILLED: { open: 'Mark filled', heading: 'Mark the job filled', confirm: 'Mark filled and tell them', done: 'marked filled' },
  CLOSED: { open: 'Close job', heading: 'Close the job', confirm: 'Close job and tell them', done: 'closed' },
} as const satisfies Record<JobClosingOutcome, Record<string, string>>;
