import type { EmailMessage, PrismaClient } from '@shortlist/db/prisma';
import { createElement } from 'react';
import { appUrl } from '../email/email-links.ts';
import type { EmailFooter } from '../email/templates/EmailLayout.tsx';
import { ErasureScheduledEmail } from '../email/templates/ErasureScheduledEmail.tsx';
import { formatEmailTime } from '../email/templates/format-email-time.ts';
import { renderTemplate } from '../email/templates/render-template.ts';

/**
 * The notice that a request to be forgotten was made (by the candidate or an admin on their behalf), or null when it
 * no longer holds at send time (cancelled or carried out already).
 */
export async function renderErasureScheduled(
  prisma: PrismaClient,
  message: Pick<EmailMessage, 'data'>,
  reader: { timeZone: string; agencyName: string },
  footer: EmailFooter,
): Promise<{ subject: string; html: string; text: string; actionUrl: string } | null> {
  const data = message.data && typeof message.data === 'object' && !Array.isArray(message.data) ? (message.data as Record<string, unknown>) : {};
  if (typeof data.erasureRequestId !== 'string') return null;
  const request = await prisma.erasureRequest.findUnique({ where: { id: data.erasureRequestId }, select: { source: true, dueAt: true, cancelledAt: true, completedAt: true } });
  if (!request || request.cancelledAt || request.completedAt) return null;
  const actionUrl = `${appUrl()}/me/data`;
  const element = createElement(ErasureScheduledEmail, {
    agencyName: reader.agencyName,
    askedBy: request.source === 'candidate' ? 'You asked' : `${reader.agencyName} asked on your behalf`,
    erasedOn: formatEmailTime(request.dueAt, reader.timeZone),
    cancelUrl: actionUrl,
    footer,
  });
  return { subject: 'Your data will be erased', ...(await renderTemplate(element)), actionUrl };
}
