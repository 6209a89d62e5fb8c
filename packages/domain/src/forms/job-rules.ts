import type { FieldError } from '../interviews/validate-reasoned-action.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A published job (OPEN) cannot start before today: "starts 2020-01-01" on an open job tells candidates nothing
 * true. A draft (or a paused or closed job) may keep an old date; it is checked when the job is published again.
 * "Today" is generous by a day, so a date picked in a zone ahead of the server's is not refused.
 */
export function validateJobStartDate(
  startDate: Date | null | undefined,
  status: string,
  now: Date,
): FieldError<'startDate'>[] {
  if (!startDate || status !== 'OPEN') return [];
  if (startDate.getTime() >= now.getTime() - DAY_MS) return [];
  return [{ field: 'startDate', message: 'An open job cannot start in the past. Pick today or a later date, or clear it for "as soon as possible".' }];
}
