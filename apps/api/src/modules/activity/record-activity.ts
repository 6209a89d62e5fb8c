import type { EmailCategory, Party, Prisma } from '@shortlist/db/prisma';
import { queueEmails, type QueuedEmail } from '../email/queue-email.ts';

/** Who performs a transition, as the history records it. */
export interface ActingParty {
  party: Party;
  /** SYSTEM: Shortlist itself, acting for `party` (the proposals of an erased candidate, withdrawn for the agency). */
  actorKind: 'USER' | 'API_KEY' | 'SYSTEM';
  actorUserId: string | null;
  actorApiKeyId: string | null;
}

export interface ActivityInput {
  agencyId: string;
  proposalId: string;
  interviewId?: string | null;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  reasonText?: string | null;
  message?: string | null;
  noticeGivenMinutes?: number | null;
  isLate?: boolean | null;
}

/** What words may depend on about the person reading them. */
export interface Reader {
  /** The reader's IANA zone (User.timeZone), the one every page shows them times in. */
  timeZone: string;
}

/** Words that name a time are written for their reader, in the reader's zone (B4); others are plain strings. */
export type WordsFor = string | ((reader: Reader) => string);

export interface NotificationInput {
  /** The other side's login; null when they have none (a candidate registered by a recruiter), so nobody is told. */
  userId: string | null;
  title: WordsFor;
  body: WordsFor;
}

const wordsFor = (words: WordsFor, reader: Reader) => (typeof words === 'string' ? words : words(reader));

let lastEventMs = 0;
/**
 * Events of one transaction (accepted, scheduled, interviewing) would otherwise share the transaction's timestamp
 * and come back in random order; a strictly increasing clock keeps the history in the order it happened.
 */
function nextEventTime(): Date {
  lastEventMs = Math.max(Date.now(), lastEventMs + 1);
  return new Date(lastEventMs);
}

/**
 * Writes one history event and the in-app notifications for the other side(s) (see notifyOtherSides). Call it
 * inside the transaction of the guarded write it describes, so a lost race leaves no trace. Nobody is told twice,
 * nor told of their own action. Each notification is also queued as an e-mail (see emailCategoryOf), sent after the
 * commit per the recipient's preferences.
 */
export async function recordActivity(
  tx: Prisma.TransactionClient,
  actor: ActingParty,
  event: ActivityInput,
  notifications: readonly NotificationInput[] = [],
): Promise<string> {
  const { id } = await tx.activityEvent.create({
    data: {
      ...event,
      createdAt: nextEventTime(),
      actorKind: actor.actorKind,
      actorUserId: actor.actorUserId,
      actorApiKeyId: actor.actorApiKeyId,
      actorParty: actor.party,
    },
    select: { id: true },
  });
  const told = new Set<string>(actor.actorUserId ? [actor.actorUserId] : []);
  const emailCategory = emailCategoryOf(event.action);
  const emails: QueuedEmail[] = [];
  for (const notification of notifications) {
    if (!notification.userId || told.has(notification.userId)) continue;
    told.add(notification.userId);
    const reader = await tx.user.findUniqueOrThrow({ where: { id: notification.userId }, select: { timeZone: true } });
    const created = await tx.notification.create({
      data: {
        agencyId: event.agencyId,
        userId: notification.userId,
        proposalId: event.proposalId,
        activityEventId: id,
        title: wordsFor(notification.title, reader),
        body: wordsFor(notification.body, reader),
      },
      select: { id: true },
    });
    if (emailCategory) {
      emails.push({
        agencyId: event.agencyId,
        userId: notification.userId,
        kind: 'notification',
        category: emailCategory,
        dedupeKey: `notification:${created.id}`,
        notificationId: created.id,
        proposalId: event.proposalId,
        interviewId: event.interviewId ?? null,
      });
    }
  }
  // The e-mails of these notifications, in the same transaction: they exist only if the change commits.
  await queueEmails(tx, emails);
  return id;
}

/**
 * Actions people learn of as a calendar invite or cancellation instead (planned from the change log, see
 * plan-emails.ts), so the notification is not e-mailed a second time.
 */
const CALENDAR_ACTIONS = new Set(['interview.scheduled', 'interview.rescheduled', 'interview.moved', 'interview.cancelled']);

/** Which e-mail category a notification of this action is sent under, or null when it is not e-mailed. */
export function emailCategoryOf(action: string): EmailCategory | null {
  if (CALENDAR_ACTIONS.has(action)) return null;
  if (action === 'proposal.proposed') return 'NEW_PROPOSALS';
  if (action.startsWith('proposal.')) return 'PROPOSAL_UPDATES';
  if (action.startsWith('interview.')) return 'INTERVIEWS';
  return null;
}
