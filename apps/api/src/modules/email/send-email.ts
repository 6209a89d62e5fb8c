import type { EmailCategory, EmailFrequency, PrismaClient } from '@shortlist/db/prisma';
import type { SendMailOptions } from 'nodemailer';
import type { SqlRunner } from '../webhooks/sql-over-prisma.ts';
import { nextAttemptDelayMs } from '../webhooks/retry-schedule.ts';
import type { ClaimedEmail } from './claim-due-emails.ts';
import { describeMailError, PermanentMailError, type MailTransport } from './mail-transport.ts';
import { renderEmail, type RenderedEmail } from './render-email.ts';

/** Categories a person may take as one daily digest; interviews and reminders are about a time, so they come at once. */
export const DIGESTIBLE_CATEGORIES: readonly EmailCategory[] = ['NEW_PROPOSALS', 'PROPOSAL_UPDATES'];

export type SendOutcome =
  | { status: 'SENT' }
  | { status: 'CANCELLED'; why: 'OFF' | 'NO_LONGER_TRUE' }
  | { status: 'HELD_FOR_DIGEST' }
  | { status: 'RETRY' | 'FAILED'; error: string }
  /** Another process or an earlier round already settled it. */
  | { status: 'GONE' };

export interface SendDeps {
  prisma: PrismaClient;
  sql: SqlRunner;
  transport: MailTransport;
  /** Told of a rendering's own error (the row keeps only a plain line). */
  onRenderError?: (error: unknown, messageId: string) => void;
}

/** What nodemailer is given for a rendered message: the fixed Message-ID, one-click unsubscribe, the calendar invite. */
export function mailOptionsOf(rendered: RenderedEmail, messageId: string): SendMailOptions {
  return {
    to: { name: rendered.to.name, address: rendered.to.address },
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId,
    ...(rendered.unsubscribeUrl
      ? { headers: { 'List-Unsubscribe': `<${rendered.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }
      : {}),
    ...(rendered.calendar
      ? {
          // Clients show text/calendar with a METHOD as an invite; the .ics attachment is for those that do not.
          icalEvent: { method: rendered.calendar.method, content: rendered.calendar.content },
          attachments: [
            {
              filename: rendered.calendar.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
              content: rendered.calendar.content,
              contentType: `application/ics; method=${rendered.calendar.method}`,
            },
          ],
        }
      : {}),
  };
}

/**
 * Sends one claimed message, deciding at send time: the recipient's preference for its category (OFF: CANCELLED;
 * DAILY_DIGEST for new proposals and proposal updates: HELD_FOR_DIGEST), then the rendering (null: no longer true,
 * CANCELLED), then the transport. Sent: SENT with subject, raw and sentAt. Failed: PENDING again at the retry
 * schedule's next time with lastError, or FAILED after the last attempt (or a permanent 5xx answer).
 */
export async function sendClaimedEmail(deps: SendDeps, claimed: ClaimedEmail, now: Date): Promise<SendOutcome> {
  const message = await deps.prisma.emailMessage.findUnique({ where: { id: claimed.id } });
  if (!message || message.status !== 'PENDING') return { status: 'GONE' };

  if (message.kind !== 'digest') {
    const frequency = await frequencyOf(deps.prisma, message.userId, message.category);
    if (frequency === 'OFF') return settle(deps.sql, claimed.id, { status: 'CANCELLED', why: 'OFF' });
    if (frequency === 'DAILY_DIGEST' && DIGESTIBLE_CATEGORIES.includes(message.category)) {
      return settle(deps.sql, claimed.id, { status: 'HELD_FOR_DIGEST' });
    }
  }

  let rendered: RenderedEmail | null;
  try {
    rendered = await renderEmail(deps.prisma, message, now);
  } catch (error) {
    // The rendering's own error may quote SQL or a template's internals: the row says only what failed, the log more.
    deps.onRenderError?.(error, message.messageId);
    return fail(deps.sql, claimed, now, 'The message could not be rendered.', false);
  }
  if (!rendered) return settle(deps.sql, claimed.id, { status: 'CANCELLED', why: 'NO_LONGER_TRUE' });

  let raw: string;
  try {
    ({ raw } = await deps.transport.send(mailOptionsOf(rendered, message.messageId)));
  } catch (error) {
    return fail(deps.sql, claimed, now, describeMailError(error), error instanceof PermanentMailError);
  }
  const updated = await deps.sql.query(
    `UPDATE "EmailMessage" SET "status" = 'SENT', "subject" = $2, "raw" = $3, "sentAt" = $4::timestamptz, "lastError" = NULL, "updatedAt" = now()
      WHERE "id" = $1::uuid AND "status" = 'PENDING' RETURNING "id"`,
    [claimed.id, rendered.subject, raw, now.toISOString()],
  );
  return updated.length > 0 ? { status: 'SENT' } : { status: 'GONE' };
}

async function frequencyOf(prisma: PrismaClient, userId: string, category: EmailCategory): Promise<EmailFrequency> {
  const preference = await prisma.emailPreference.findUnique({ where: { userId_category: { userId, category } }, select: { frequency: true } });
  return preference?.frequency ?? 'IMMEDIATELY';
}

async function settle(sql: SqlRunner, id: string, outcome: Extract<SendOutcome, { status: 'CANCELLED' | 'HELD_FOR_DIGEST' }>): Promise<SendOutcome> {
  const updated = await sql.query(
    `UPDATE "EmailMessage" SET "status" = $2::"EmailStatus", "updatedAt" = now() WHERE "id" = $1::uuid AND "status" = 'PENDING' RETURNING "id"`,
    [id, outcome.status],
  );
  return updated.length > 0 ? outcome : { status: 'GONE' };
}

async function fail(sql: SqlRunner, claimed: ClaimedEmail, now: Date, error: string, isPermanent: boolean): Promise<SendOutcome> {
  const delayMs = isPermanent ? null : nextAttemptDelayMs(claimed.attemptCount);
  const updated =
    delayMs === null
      ? await sql.query(
          `UPDATE "EmailMessage" SET "status" = 'FAILED', "lastError" = $2, "updatedAt" = now() WHERE "id" = $1::uuid AND "status" = 'PENDING' RETURNING "id"`,
          [claimed.id, error],
        )
      : await sql.query(
          `UPDATE "EmailMessage" SET "dueAt" = $3::timestamptz, "lastError" = $2, "updatedAt" = now() WHERE "id" = $1::uuid AND "status" = 'PENDING' RETURNING "id"`,
          [claimed.id, error, new Date(now.getTime() + delayMs).toISOString()],
        );
  if (updated.length === 0) return { status: 'GONE' };
  return { status: delayMs === null ? 'FAILED' : 'RETRY', error };
}
