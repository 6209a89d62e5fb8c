import { randomUUID } from 'node:crypto';
import type { EmailCategory, Prisma } from '@shortlist/db/prisma';

/** What an e-mail is (its template): see EmailMessage.kind in schema.prisma. */
export type EmailKind =
  | 'notification'
  | 'interview.invite'
  | 'interview.cancel'
  | 'reminder.interview.24h'
  | 'reminder.interview.2h'
  | 'reminder.respond_by'
  | 'reflection.prompt'
  | 'privacy.consent_renewal'
  | 'privacy.erasure_scheduled'
  | 'digest'
  | 'invitation';

export interface QueuedEmail {
  agencyId: string;
  /** The recipient (a user with a login; people without one are not e-mailed). */
  userId: string;
  kind: EmailKind;
  category: EmailCategory;
  /** The same key twice makes one message ("notification:<id>", "reminder.interview.24h:<interviewId>:<userId>"). */
  dedupeKey: string;
  notificationId?: string | null;
  proposalId?: string | null;
  interviewId?: string | null;
  /** Template inputs: IDs and settled facts only; the words are rendered at send time in the recipient's zone. */
  data?: Prisma.InputJsonValue;
  /** When it may be sent (a reminder's time); now when absent. */
  dueAt?: Date;
}

/** The domain of our Message-IDs (`SHORTLIST_MAIL_DOMAIN`). */
export function mailDomain(): string {
  return process.env.SHORTLIST_MAIL_DOMAIN ?? 'shortlist.local';
}

/** The Message-ID of a new message: fixed at creation, so a resend after a crash is recognisably the same message. */
export function newMessageId(domain = mailDomain()): string {
  return `<${randomUUID()}@${domain}>`;
}

/**
 * Puts e-mails in the outbox inside the caller's transaction: they exist only if the change they tell of commits, and
 * the sender (every process runs one) sends them after the commit. A dedupe key already there is skipped, so a retried
 * transaction or a second process queues nothing twice. The recipient's preferences are applied when sending.
 */
export async function queueEmails(tx: Prisma.TransactionClient, emails: readonly QueuedEmail[]): Promise<void> {
  if (emails.length === 0) return;
  await tx.emailMessage.createMany({
    data: emails.map((email) => ({
      agencyId: email.agencyId,
      userId: email.userId,
      kind: email.kind,
      category: email.category,
      dedupeKey: email.dedupeKey,
      notificationId: email.notificationId ?? null,
      proposalId: email.proposalId ?? null,
      interviewId: email.interviewId ?? null,
      data: email.data ?? {},
      ...(email.dueAt ? { dueAt: email.dueAt } : {}),
      messageId: newMessageId(),
    })),
    skipDuplicates: true,
  });
}
