import type { Prisma } from '@shortlist/db/prisma';
import type { Viewer } from '../../context.ts';

type CandidateAccess = { id: string; agencyId: string };

const isStaffOf = (viewer: Viewer | null, agencyId: string) =>
  viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN') && viewer.agencyId === agencyId;

const isSelf = (viewer: Viewer | null, candidate: CandidateAccess) =>
  viewer?.kind === 'user' && viewer.candidateProfileId === candidate.id;

/** The agency's staff, a partner key of the agency with candidates:read, and the candidate themself. */
export function canSeeCandidate(viewer: Viewer | null, candidate: CandidateAccess): boolean {
  if (isStaffOf(viewer, candidate.agencyId) || isSelf(viewer, candidate)) return true;
  return viewer?.kind === 'partner' && viewer.scopes.includes('CANDIDATES_READ') && viewer.agencyId === candidate.agencyId;
}

/** Who may change the profile, and read what only they need (the phone number): its agency's staff and the candidate. */
export function canEditCandidate(viewer: Viewer | null, candidate: CandidateAccess): boolean {
  return isStaffOf(viewer, candidate.agencyId) || isSelf(viewer, candidate);
}

/** Ranked job suggestions: the agency's staff, and the candidate themself. */
export const canSeeSuggestedJobs = canEditCandidate;

/** The WHERE every candidate list starts from; null when the viewer may not list candidates. */
export function listableCandidatesWhere(viewer: Viewer | null): Prisma.CandidateProfileWhereInput | null {
  if (viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN')) return { agencyId: viewer.agencyId };
  if (viewer?.kind === 'partner' && viewer.scopes.includes('CANDIDATES_READ')) return { agencyId: viewer.agencyId };
  return null;
}
