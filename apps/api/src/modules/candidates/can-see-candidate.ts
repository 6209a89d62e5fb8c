import type { Prisma, PrismaClient } from '@shortlist/db/prisma';
import type { Viewer } from '../../context.ts';

type CandidateAccess = { id: string; agencyId: string };

const isStaffOf = (viewer: Viewer | null, agencyId: string) =>
  viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN') && viewer.agencyId === agencyId;

const isSelf = (viewer: Viewer | null, candidate: CandidateAccess) =>
  viewer?.kind === 'user' && viewer.candidateProfileId === candidate.id;

/**
 * The proposals through which a client may read a candidate (GDPR art. 6/7): for one of its jobs, with the candidate's
 * consent to share their profile given and not withdrawn.
 */
export const sharedWithClientWhere = (clientCompanyId: string): Prisma.ProposalWhereInput => ({
  job: { clientCompanyId },
  clientSharingConsentAt: { not: null },
  clientSharingConsentWithdrawnAt: null,
});

/** Whether a proposal's candidate has agreed to share their profile with its client (and not withdrawn it). */
export const isSharedWithClient = (proposal: { clientSharingConsentAt: Date | null; clientSharingConsentWithdrawnAt: Date | null }) =>
  proposal.clientSharingConsentAt !== null && proposal.clientSharingConsentWithdrawnAt === null;

/**
 * The agency's staff, a partner key of the agency with candidates:read, and the candidate themself. A key limited
 * to one client company sees only the candidates proposed for that client's jobs who consented to share their profile
 * with that client (and have not withdrawn it), and never an erased one.
 *
 * A promise only when the database must be asked (a client's key): the type's authScopes run for every field of every
 * candidate on a page, and a promise there makes each of those fields resolve asynchronously.
 */
export function canSeeCandidate(viewer: Viewer | null, candidate: CandidateAccess, prisma: PrismaClient): boolean | Promise<boolean> {
  if (isStaffOf(viewer, candidate.agencyId) || isSelf(viewer, candidate)) return true;
  if (viewer?.kind !== 'partner' || !viewer.scopes.includes('CANDIDATES_READ') || viewer.agencyId !== candidate.agencyId) return false;
  if (!viewer.clientCompanyId) return true;
  return prisma.proposal
    .count({
      where: { candidateId: candidate.id, candidate: { erasedAt: null }, ...sharedWithClientWhere(viewer.clientCompanyId) },
      take: 1,
    })
    .then((shared) => shared > 0);
}

/** Who may change the profile, and read what only they need (the phone number): its agency's staff and the candidate. */
export function canEditCandidate(viewer: Viewer | null, candidate: CandidateAccess): boolean {
  return isStaffOf(viewer, candidate.agencyId) || isSelf(viewer, candidate);
}

/**
 * Who may change the profile: its agency's staff, the candidate, and a partner key of the agency with
 * candidates:write. A key limited to one client changes only the candidates proposed for that client's jobs who share
 * their profile with it (as canSeeCandidate), or those it registered itself (the change log says which key created
 * them), never the rest of the agency's: the answer to a write shows the profile, which a candidate who did not
 * consent keeps from the client.
 */
export async function canWriteCandidate(viewer: Viewer | null, candidate: CandidateAccess, prisma: PrismaClient): Promise<boolean> {
  if (canEditCandidate(viewer, candidate)) return true;
  if (viewer?.kind !== 'partner' || !viewer.scopes.includes('CANDIDATES_WRITE') || viewer.agencyId !== candidate.agencyId) return false;
  if (!viewer.clientCompanyId) return true;
  const [proposed, registered] = await Promise.all([
    prisma.proposal.count({ where: { candidateId: candidate.id, candidate: { erasedAt: null }, ...sharedWithClientWhere(viewer.clientCompanyId) }, take: 1 }),
    prisma.changeLogEntry.count({ where: { entity: 'CANDIDATE', entityId: candidate.id, kind: 'candidate.created', actorApiKeyId: viewer.apiKeyId }, take: 1 }),
  ]);
  return proposed + registered > 0;
}

/**
 * Who may read the candidate's preferences (the salary they ask, their notice, when they could start: what they
 * negotiate with): its agency's staff, the candidate, and a key limited to a client while the candidate shares their
 * profile with that client (the consent they give names the preferences, the salary asked included). No consent
 * covers an agency-wide key, which never reads them, not even in its own mutation's answer.
 */
export function canSeeCandidatePreferences(viewer: Viewer | null, candidate: CandidateAccess, prisma: PrismaClient): boolean | Promise<boolean> {
  if (canEditCandidate(viewer, candidate)) return true;
  return seesPreferencesWhenSeeing(viewer, candidate) && canSeeCandidate(viewer, candidate, prisma);
}

/** canSeeCandidatePreferences for a viewer canSeeCandidate already let read the candidate, without asking again. */
export function seesPreferencesWhenSeeing(viewer: Viewer | null, candidate: CandidateAccess): boolean {
  return canEditCandidate(viewer, candidate) || (viewer?.kind === 'partner' && viewer.clientCompanyId !== null);
}

/** Ranked job suggestions: the agency's staff, and the candidate themself. */
export const canSeeSuggestedJobs = canEditCandidate;

/** The WHERE every candidate list starts from; null when the viewer may not list candidates. */
export function listableCandidatesWhere(viewer: Viewer | null): Prisma.CandidateProfileWhereInput | null {
  // An erased candidate is an anonymous record that only counts: never listed nor found by search.
  if (viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN')) return { agencyId: viewer.agencyId, erasedAt: null };
  if (viewer?.kind === 'partner' && viewer.scopes.includes('CANDIDATES_READ')) {
    return viewer.clientCompanyId
      ? { agencyId: viewer.agencyId, erasedAt: null, proposals: { some: sharedWithClientWhere(viewer.clientCompanyId) } }
      : { agencyId: viewer.agencyId, erasedAt: null };
  }
  return null;
}
