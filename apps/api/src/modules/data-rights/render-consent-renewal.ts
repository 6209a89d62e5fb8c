import type { EmailMessage, PrismaClient } from '@shortlist/db/prisma';
import { createElement } from 'react';
import { appUrl } from '../email/email-links.ts';
import type { EmailFooter } from '../email/templates/EmailLayout.tsx';
import { ConsentRenewalEmail } from '../email/templates/ConsentRenewalEmail.tsx';
import { formatEmailTime } from '../email/templates/format-email-time.ts';
import { renderTemplate } from '../email/templates/render-template.ts';

const DAY_MS = 86_400_000;

/** The candidate's page to renew their consent (signed in), which the retention e-mail links to. */
export function consentRenewalLink(): string {
  return `${appUrl()}/me/consent`;
}

/**
 * The retention policy's consent-renewal e-mail, or null when it no longer holds at send time: the candidate renewed
 * since they were asked, or their data was erased.
 */
export async function renderConsentRenewal(
  prisma: PrismaClient,
  message: Pick<EmailMessage, 'data'>,
  reader: { timeZone: string; agencyName: string },
  footer: EmailFooter,
): Promise<{ subject: string; html: string; text: string; actionUrl: string } | null> {
  const data = message.data && typeof message.data === 'object' && !Array.isArray(message.data) ? (message.data as Record<string, unknown>) : {};
  if (typeof data.candidateId !== 'string') return null;
  const candidate = await prisma.candidateProfile.findUnique({
    where: { id: data.candidateId },
    select: { erasedAt: true, consentRenewalRequestedAt: true, consentRenewedAt: true, agency: { select: { dataRetentionMonths: true, erasureGraceDays: true } } },
  });
  const askedAt = candidate?.consentRenewalRequestedAt;
  if (!candidate || candidate.erasedAt || !askedAt || (candidate.consentRenewedAt && candidate.consentRenewedAt >= askedAt)) return null;
  const months = candidate.agency.dataRetentionMonths;
  const actionUrl = consentRenewalLink();
  const element = createElement(ConsentRenewalEmail, {
    agencyName: reader.agencyName,
    inactiveFor: months ? `${months} months` : 'a long time',
    renewBy: formatEmailTime(new Date(askedAt.getTime() + candidate.agency.erasureGraceDays * DAY_MS), reader.timeZone),
    renewUrl: actionUrl,
    footer,
  });
  return { subject: `Shall ${reader.agencyName} keep your profile?`, ...(await renderTemplate(element)), actionUrl };
}
