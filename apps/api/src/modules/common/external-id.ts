import { z } from 'zod';
import { ValidationError } from '../errors/expected-errors.ts';
import { oneLine } from './one-line.ts';

/** The most external IDs one `externalIds` filter takes (a page of a partner's own records). */
export const MAX_EXTERNAL_IDS = 100;

/**
 * A partner system's own reference for a job or a candidate (its requisition number, its applicant ID): 1-200
 * visible characters on one line, unique per agency, or null to clear it.
 */
export const externalIdSchema = oneLine(
  z
    .string()
    .trim()
    .min(1, 'An external ID has at least one visible character (send null to clear it).')
    .max(200, 'An external ID is at most 200 characters.'),
  'An external ID',
).nullable();

export const externalIdsFilterSchema = z
  .array(z.string())
  .max(MAX_EXTERNAL_IDS, `Filter by at most ${MAX_EXTERNAL_IDS} external IDs.`)
  .nullish();

/** The unique (agencyId, externalId) index refused the write: another record of the agency holds this reference. */
export function isExternalIdConflict(error: unknown): boolean {
  const e = error as { code?: string; meta?: Record<string, unknown> } | null;
  return e?.code === 'P2002' && JSON.stringify(e.meta ?? {}).includes('externalId');
}

export const externalIdTaken = (what: 'job' | 'candidate') =>
  new ValidationError([{ field: 'externalId', message: `Another ${what} of your agency already has this external ID.` }]);
