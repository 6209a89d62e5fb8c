import type { Party } from '@shortlist/db/prisma';
import type { NotificationInput, WordsFor } from './record-activity.ts';

type Words = { title: WordsFor; body: WordsFor };

/** The people on a proposal a notification can reach; the client has no in-app login. */
export interface ProposalSides {
  recruiterId: string;
  candidate: { userId: string | null; fullName: string };
  job: { clientCompany: { name: string } };
  recruiter?: { name: string };
}

/**
 * "Every transition notifies the other side": the candidate hears of what the recruiter or the client did, the
 * recruiter of what the candidate or the client did. The client's actions (a partner key) reach both. A side
 * without words for this transition is not told.
 */
export function notifyOtherSides(actor: Party, proposal: ProposalSides, words: { candidate?: Words; recruiter?: Words }): NotificationInput[] {
  const notifications: NotificationInput[] = [];
  if (actor !== 'CANDIDATE' && words.candidate) notifications.push({ userId: proposal.candidate.userId, ...words.candidate });
  if (actor !== 'RECRUITER' && words.recruiter) notifications.push({ userId: proposal.recruiterId, ...words.recruiter });
  return notifications;
}

/** How a notification names who acted: the candidate, the client company, or the recruiter. */
export function actorNameOf(actor: Party, proposal: ProposalSides): string {
  if (actor === 'CANDIDATE') return proposal.candidate.fullName;
  if (actor === 'CLIENT') return proposal.job.clientCompany.name;
  return proposal.recruiter?.name ?? 'Your recruiter';
}
