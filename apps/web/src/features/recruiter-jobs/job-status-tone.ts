import type { JobStatus } from '../../gql/graphql';
import type { Tone } from '../../ui/Badge';

const tones = {
  DRAFT: 'neutral',
  OPEN: 'success',
  ON_HOLD: 'warning',
  FILLED: 'info',
  CLOSED: 'neutral',
} as const satisfies Record<JobStatus, Tone>;

/** A job's status as a badge's tone: open is good news, on hold needs a look, drafts and closed jobs are quiet. */
export function jobStatusTone(status: JobStatus): Tone {
  return tones[status];
}
