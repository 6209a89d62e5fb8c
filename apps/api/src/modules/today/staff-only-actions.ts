import type { Viewer } from '../../context.ts';
import { EXPIRY_ACKNOWLEDGED, LATE_CANCELLATION_ACKNOWLEDGED } from './read-today-items.ts';

/**
 * History events that are the staff's own notes, not something that happened to the candidate or the client: taking
 * note of a late cancellation or an expiry on Today. A proposal's history shows them to the agency's staff only.
 */
export const STAFF_ONLY_ACTIONS: readonly string[] = [LATE_CANCELLATION_ACKNOWLEDGED, EXPIRY_ACKNOWLEDGED];

/** A signed-in admin or recruiter (not a candidate, not a partner key). */
export function isAgencyStaff(viewer: Viewer | null): boolean {
  return viewer?.kind === 'user' && (viewer.role === 'ADMIN' || viewer.role === 'RECRUITER');
}
