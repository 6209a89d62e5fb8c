import type { EmailMessage, PrismaClient } from '@shortlist/db/prisma';
import { createElement } from 'react';
import { appUrl, pageId } from '../email/email-links.ts';
import type { EmailFooter } from '../email/templates/EmailLayout.tsx';
import { formatEmailTime } from '../email/templates/format-email-time.ts';
import { ReflectionPromptEmail } from '../email/templates/ReflectionPromptEmail.tsx';
import { renderTemplate } from '../email/templates/render-template.ts';
import { isReflectable } from './reflection-rules.ts';

/** The candidate's page to reflect on an interview, as the web app addresses it (the interview's global ID). */
export function reflectionLink(interviewId: string): string {
  return `${appUrl()}/me/interviews/${pageId('Interview', interviewId)}/reflection`;
}

/**
 * The "How did it go?" e-mail, or null when it no longer holds at send time: the interview was cancelled or moved
 * (not at the start the prompt was planned for), has not ended yet, or the candidate already wrote their reflection.
 */
export async function renderReflectionPrompt(
  prisma: PrismaClient,
  message: Pick<EmailMessage, 'interviewId' | 'data'>,
  reader: { timeZone: string; agencyName: string },
  footer: EmailFooter,
  now: Date,
): Promise<{ subject: string; html: string; text: string; actionUrl: string } | null> {
  if (!message.interviewId) return null;
  const interview = await prisma.interview.findUnique({
    where: { id: message.interviewId },
    select: { id: true, status: true, startsAt: true, endsAt: true, reflection: { select: { id: true } }, proposal: { select: { job: { select: { title: true, clientCompany: { select: { name: true } } } } } } },
  });
  const data = message.data && typeof message.data === 'object' && !Array.isArray(message.data) ? (message.data as Record<string, unknown>) : {};
  if (!interview || interview.reflection || !isReflectable(interview, now) || interview.startsAt.toISOString() !== data.startsAt) return null;
  const role = `${interview.proposal.job.title} at ${interview.proposal.job.clientCompany.name}`;
  const actionUrl = reflectionLink(interview.id);
  const element = createElement(ReflectionPromptEmail, { agencyName: reader.agencyName, role, when: formatEmailTime(interview.startsAt, reader.timeZone), reflectUrl: actionUrl, footer });
  return { subject: `How did it go? Your interview for ${role}`, ...(await renderTemplate(element)), actionUrl };
}
