import type { EmailMessage, PrismaClient } from '@shortlist/db/prisma';

/** A message ready for nodemailer: words in the recipient's zone and language, links to the page to act on. */
export interface RenderedEmail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** An interview's calendar invite (`METHOD:REQUEST` or `METHOD:CANCEL`), sent as a text/calendar part and an .ics attachment. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
  /** The category's one-click unsubscribe address (List-Unsubscribe, RFC 8058); absent for messages nobody can turn off. */
  unsubscribeUrl?: string;
}

/**
 * Renders one outbox message at send time (in the recipient's current zone), or null when it is no longer true (a
 * reminder for an interview that moved or was cancelled, a respond-by reminder for an answered proposal): the sender
 * then marks it CANCELLED instead of sending it.
 *
 * PLACEHOLDER until the templates land (issue 12, helper "templates and calendar"): notification e-mails as plain
 * title and body.
 */
export async function renderEmail(prisma: PrismaClient, message: EmailMessage): Promise<RenderedEmail | null> {
  const user = await prisma.user.findUnique({ where: { id: message.userId }, select: { name: true, email: true } });
  if (!user) return null;
  const notification = message.notificationId
    ? await prisma.notification.findUnique({ where: { id: message.notificationId }, select: { title: true, body: true } })
    : null;
  const subject = notification?.title ?? message.kind;
  const text = notification?.body ?? '';
  return { to: { name: user.name, address: user.email }, subject, text, html: `<p>${text.replace(/[<>&]/g, '')}</p>` };
}
