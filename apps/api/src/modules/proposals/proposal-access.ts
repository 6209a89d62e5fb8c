import type { Party, Prisma } from '@shortlist/db/prisma';
import type { Viewer } from '../../context.ts';
import type { ActingParty } from '../activity/record-activity.ts';

/** What deciding access to a proposal needs: its agency, its candidate and its job's client. */
export type ProposalAccess = { agencyId: string; candidateId: string; job: { clientCompanyId: string } };

/** Loaded with every proposal (and interview), so `canSeeProposal` can run on the row alone. */
export const proposalAccessSelect = { id: true, agencyId: true, candidateId: true, job: { select: { clientCompanyId: true } } } as const;

const isStaffOf = (viewer: Viewer | null, agencyId: string) =>
  viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN') && viewer.agencyId === agencyId;

const isPartnerOf = (viewer: Viewer | null, proposal: Omit<ProposalAccess, 'candidateId'>, scope: 'PROPOSALS_READ' | 'PROPOSALS_WRITE') =>
  viewer?.kind === 'partner' &&
  viewer.scopes.includes(scope) &&
  viewer.agencyId === proposal.agencyId &&
  (viewer.clientCompanyId === null || viewer.clientCompanyId === proposal.job.clientCompanyId);

const isCandidateOf = (viewer: Viewer | null, proposal: { candidateId: string }) =>
  viewer?.kind === 'user' && viewer.role === 'CANDIDATE' && viewer.candidateProfileId === proposal.candidateId;

/** Staff of its agency, its candidate, and a partner key with proposals:read (of its client, when limited). */
export function canSeeProposal(viewer: Viewer | null, proposal: ProposalAccess): boolean {
  return isStaffOf(viewer, proposal.agencyId) || isCandidateOf(viewer, proposal) || isPartnerOf(viewer, proposal, 'PROPOSALS_READ');
}

/** A job's proposal list: staff of its agency, and a partner key with proposals:read (of the job's client, when limited). */
export function canListProposalsOfJob(viewer: Viewer | null, job: { agencyId: string; clientCompanyId: string }): boolean {
  return isStaffOf(viewer, job.agencyId) || isPartnerOf(viewer, { agencyId: job.agencyId, job: { clientCompanyId: job.clientCompanyId } }, 'PROPOSALS_READ');
}

/** The WHERE of every proposal list; null when the viewer may list none. */
export function visibleProposalsWhere(viewer: Viewer | null): Prisma.ProposalWhereInput | null {
  if (viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN')) return { agencyId: viewer.agencyId };
  if (viewer?.kind === 'user' && viewer.role === 'CANDIDATE') {
    return viewer.candidateProfileId ? { candidateId: viewer.candidateProfileId } : null;
  }
  if (viewer?.kind === 'partner' && viewer.scopes.includes('PROPOSALS_READ')) {
    return viewer.clientCompanyId ? { agencyId: viewer.agencyId, job: { clientCompanyId: viewer.clientCompanyId } } : { agencyId: viewer.agencyId };
  }
  return null;
}

/**
 * The side the viewer acts for on this proposal, or null when they may only look (or not even that): its
 * candidate, staff of its agency (the recruiter side), or a partner key with proposals:write (the client).
 */
export function actingPartyOf(viewer: Viewer | null, proposal: ProposalAccess): ActingParty | null {
  if (!viewer) return null;
  if (viewer.kind === 'partner') {
    return isPartnerOf(viewer, proposal, 'PROPOSALS_WRITE')
      ? { party: 'CLIENT', actorKind: 'API_KEY', actorUserId: null, actorApiKeyId: viewer.apiKeyId }
      : null;
  }
  const party: Party | null = isCandidateOf(viewer, proposal) ? 'CANDIDATE' : isStaffOf(viewer, proposal.agencyId) ? 'RECRUITER' : null;
  return party ? { party, actorKind: 'USER', actorUserId: viewer.userId, actorApiKeyId: null } : null;
}
