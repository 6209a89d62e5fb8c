import type { EmailMessage, PrismaClient } from '@shortlist/db/prisma';
import { createHash } from 'node:crypto';
import { DEFAULT_LATE_NOTICE_MINUTES, describeNotice, REASON_LABELS } from '@shortlist/domain/interviews';
import { createElement } from 'react';
import { clockFromEnv, type Clock } from '../common/clock.ts';
import { buildCalendarInvite, calendarInterviewSelect } from '../interviews/calendar-invite.ts';
import { appUrl, emailSettingsLink, interviewLink, proposalLink, unsubscribeLink } from './email-links.ts';
import { DigestEmail, type DigestItem } from './templates/DigestEmail.tsx';
import type { EmailFooter } from './templates/EmailLayout.tsx';
import { formatEmailTime } from './templates/format-email-time.ts';
import { InterviewEmail, type InterviewEmailProps } from './templates/InterviewEmail.tsx';
import { InvitationEmail } from './templates/InvitationEmail.tsx';
import { NotificationEmail } from './templates/NotificationEmail.tsx';
import { renderTemplate } from './templates/render-template.ts';
import { RespondByEmail } from './templates/RespondByEmail.tsx';
import { renderReflectionPrompt } from '../reflections/render-reflection-prompt.ts';
import { renderConsentRenewal } from '../data-rights/render-consent-renewal.ts';
import { renderErasureScheduled } from '../data-rights/render-erasure-scheduled.ts';
import { isErasedAddress } from '../data-rights/erase-candidate.ts';

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
  /** The page the message asks the reader to act on (what a digest links each held message to). */
  actionUrl?: string;
}

/** The recipient as the words need them. */
interface Reader {
  userId: string;
  name: string;
  address: string;
  role: 'CANDIDATE' | 'STAFF';
  /** The zone every time is written in. */
  timeZone: string;
  agencyName: string;
  unsubscribeToken: string;
}

type Content = Omit<RenderedEmail, 'to' | 'unsubscribeUrl'>;

let clock: Clock | null = null;
/** The sender's and planner's clock (a test may move it forward), for what is still true at send time. */
const processClock = () => (clock ??= clockFromEnv())();

/**
 * Renders one outbox message at send time (in the recipient's current zone), or null when it is no longer true (a
 * reminder for an interview that moved or was cancelled, a respond-by reminder for an answered proposal, an invite a
 * later change superseded): the sender then marks it CANCELLED instead of sending it.
 */
export async function renderEmail(prisma: PrismaClient, message: EmailMessage, now: Date = processClock()): Promise<RenderedEmail | null> {
  const user = await prisma.user.findUnique({
    where: { id: message.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      timeZone: true,
      unsubscribeToken: true,
      agency: { select: { name: true } },
      candidateProfile: { select: { timeZone: true } },
    },
  });
  // An erased person's address is no address: nothing is sent to it (CANCELLED).
  if (!user || isErasedAddress(user.email)) return null;
  const reader: Reader = {
    userId: user.id,
    name: user.name,
    address: user.email,
    role: user.role === 'CANDIDATE' ? 'CANDIDATE' : 'STAFF',
    // A candidate who never chose a zone for their login (the column's default) reads in their profile's.
    timeZone: user.role === 'CANDIDATE' && user.timeZone === 'UTC' && user.candidateProfile ? user.candidateProfile.timeZone : user.timeZone,
    agencyName: user.agency.name,
    unsubscribeToken: user.unsubscribeToken,
  };
  const unsubscribeUrl = unsubscribeLink(reader.unsubscribeToken, message.category);
  const footer = footerFor(message, reader, unsubscribeUrl);
  const content = await contentOf(prisma, message, reader, footer, now);
  if (!content) return null;
  // An invitation goes to someone without an account yet: there is nothing to unsubscribe from; a privacy notice
  // cannot be turned off.
  const canUnsubscribe = message.kind !== 'invitation' && message.category !== 'PRIVACY';
  return { to: { name: reader.name, address: reader.address }, ...content, ...(canUnsubscribe ? { unsubscribeUrl } : {}) };
}

const CATEGORY_WORDS: Record<EmailMessage['category'], { reason: string; unsubscribe: string }> = {
  NEW_PROPOSALS: { reason: 'You get this e-mail when a recruiter proposes a job to you.', unsubscribe: 'Unsubscribe from new proposals' },
  PROPOSAL_UPDATES: { reason: 'You get this e-mail about proposals you are part of.', unsubscribe: 'Unsubscribe from proposal updates' },
  INTERVIEWS: { reason: 'You get this e-mail about interviews you take part in.', unsubscribe: 'Unsubscribe from interview e-mails' },
  REMINDERS: { reason: 'You get this reminder before interviews and answers that are due.', unsubscribe: 'Unsubscribe from reminders' },
  INTEGRATIONS: { reason: "You get this e-mail as an admin of your agency's integrations.", unsubscribe: 'Unsubscribe from integration alerts' },
  PRIVACY: { reason: 'You get this notice because the law asks us to tell you what happens to your personal data.', unsubscribe: '' },
};

function footerFor(message: EmailMessage, reader: Reader, unsubscribeUrl: string): EmailFooter {
  const words = CATEGORY_WORDS[message.category];
  return {
    reason: message.kind === 'digest' ? `Your daily summary from ${reader.agencyName}.` : `${words.reason} Sent by ${reader.agencyName} through Shortlist.`,
    settingsUrl: emailSettingsLink(),
    ...(message.category === 'PRIVACY' ? {} : { unsubscribeUrl, unsubscribeLabel: words.unsubscribe }),
  };
}

function dataOf(message: EmailMessage): Record<string, unknown> {
  return message.data && typeof message.data === 'object' && !Array.isArray(message.data) ? (message.data as Record<string, unknown>) : {};
}

async function contentOf(prisma: PrismaClient, message: EmailMessage, reader: Reader, footer: EmailFooter, now: Date): Promise<Content | null> {
  switch (message.kind) {
    case 'notification':
      return notificationContent(prisma, message, reader, footer);
    case 'interview.invite':
    case 'interview.cancel':
    case 'reminder.interview.24h':
    case 'reminder.interview.2h':
      return interviewContent(prisma, message, reader, footer, now);
    case 'reminder.respond_by':
      return respondByContent(prisma, message, reader, footer, now);
    case 'digest':
      return digestContent(prisma, message, reader, footer, now);
    case 'reflection.prompt':
      return renderReflectionPrompt(prisma, message, reader, footer, now);
    case 'privacy.consent_renewal':
      return renderConsentRenewal(prisma, message, reader, footer);
    case 'privacy.erasure_scheduled':
      return renderErasureScheduled(prisma, message, reader, footer);
    case 'invitation':
      return invitationContent(prisma, message, reader, now);
    default:
      return null;
  }
}

/**
 * An invitation to join the team. Its token is in the message's data (only its sha256 is in Invitation), so the link can
 * be written at send time; a resend replaced the token, and an accepted, revoked or expired invitation is not sent.
 */
async function invitationContent(prisma: PrismaClient, message: EmailMessage, reader: Reader, now: Date): Promise<Content | null> {
  const token = dataOf(message).token;
  if (typeof token !== 'string') return null;
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: createHash('sha256').update(token).digest('hex') },
    select: { role: true, expiresAt: true, acceptedAt: true, revokedAt: true, invitedBy: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return null;
  const actionUrl = `${appUrl()}/invitations/${encodeURIComponent(token)}`;
  const roleLabel = invitation.role === 'ADMIN' ? 'an admin' : 'a recruiter';
  const element = createElement(InvitationEmail, {
    agencyName: reader.agencyName,
    inviteeName: reader.name,
    invitedByName: invitation.invitedBy?.name ?? null,
    roleLabel,
    expiresAtText: formatEmailTime(invitation.expiresAt, reader.timeZone),
    acceptUrl: actionUrl,
    // Nothing to unsubscribe from: they have no account yet, and this is the only e-mail they get until they accept.
    footer: { reason: `You get this e-mail because an admin of ${reader.agencyName} invited this address to Shortlist. If you did not expect it, ignore it.` },
  });
  return { subject: `Join ${reader.agencyName} on Shortlist`, ...(await renderTemplate(element)), actionUrl };
}

async function notificationContent(prisma: PrismaClient, message: EmailMessage, reader: Reader, footer: EmailFooter): Promise<Content | null> {
  const notification = message.notificationId
    ? await prisma.notification.findUnique({ where: { id: message.notificationId }, select: { title: true, body: true, proposalId: true } })
    : null;
  if (!notification) return null;
  const proposalId = notification.proposalId ?? message.proposalId;
  // A notice about something other than a proposal names its page in data.path (a disabled webhook endpoint's).
  const path = dataOf(message).path;
  const page = typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : null;
  const actionUrl = proposalId ? proposalLink(proposalId, reader.role) : page ? `${appUrl()}${page}` : appUrl();
  const element = createElement(NotificationEmail, {
    agencyName: reader.agencyName,
    title: notification.title,
    body: notification.body,
    action: { label: proposalId ? 'Open the proposal' : page ? 'Open it in Shortlist' : 'Open Shortlist', url: actionUrl },
    footer,
  });
  return { subject: notification.title, ...(await renderTemplate(element)), actionUrl };
}

const interviewEmailSelect = {
  ...calendarInterviewSelect,
  cancelledBy: true,
  cancellationReason: true,
  cancellationReasonText: true,
  cancellationMessage: true,
  isLateCancellation: true,
  noticeGivenMinutes: true,
  agency: { select: { name: true, cancellationPolicy: { select: { lateNoticeMinutes: true } } } },
  rescheduledFrom: {
    select: {
      startsAt: true,
      endsAt: true,
      activityEvents: {
        where: { action: 'interview.reschedule_requested' },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { actorUserId: true, actorParty: true, actorUser: { select: { name: true } }, reasonText: true, message: true },
      },
    },
  },
  activityEvents: {
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { action: true, actorKind: true, actorUserId: true, actorParty: true, actorUser: { select: { name: true } }, reasonText: true, message: true },
  },
} as const;

/** The history events that set an interview's time (a move in place would be `interview.moved`). */
const TIMING_ACTIONS = new Set(['interview.scheduled', 'interview.rescheduled', 'interview.moved']);

type ActivityWords = { actorKind?: string; actorUserId: string | null; actorParty: string | null; actorUser: { name: string } | null };

const FORMAT_WORDS: Record<string, string> = { VIDEO: 'Video call', PHONE: 'Phone call', ONSITE: 'On site' };

async function interviewContent(prisma: PrismaClient, message: EmailMessage, reader: Reader, footer: EmailFooter, now: Date): Promise<Content | null> {
  if (!message.interviewId) return null;
  const interview = await prisma.interview.findUnique({ where: { id: message.interviewId }, select: interviewEmailSelect });
  if (!interview) return null;
  const data = dataOf(message);
  const { proposal } = interview;
  const { job } = proposal;
  const client = job.clientCompany.name;
  const candidateName = proposal.candidate.fullName;
  const isCandidate = reader.role === 'CANDIDATE';
  const link = interviewLink(interview.id, proposal.id, reader.role);
  // Who did it, as the reader knows them: "You" for their own change, a name, or the side that acted.
  const whoDid = (event: ActivityWords | undefined, fallback: string) => {
    if (!event) return fallback;
    if (event.actorUserId && event.actorUserId === reader.userId) return 'You';
    if (event.actorUser) return event.actorUser.name;
    if (event.actorParty === 'CLIENT' || event.actorKind === 'API_KEY') return client;
    if (event.actorParty === 'CANDIDATE') return isCandidate ? 'You' : candidateName;
    return fallback;
  };
  const when = formatEmailTime(interview.startsAt, reader.timeZone, interview.endsAt);
  const format = FORMAT_WORDS[interview.format] ?? interview.format.toLowerCase();
  const details: InterviewEmailProps['details'] = [
    ['When', when],
    ['Format', format],
    [interview.format === 'ONSITE' ? 'Where' : 'Join', interview.location],
    isCandidate ? ['Role', `${job.title} at ${client}`] : ['Candidate', `${candidateName}, for ${job.title} at ${client}`],
    ['Recruiter', `${proposal.recruiter.name}, ${interview.agency.name}`],
  ];
  const yourInterview = isCandidate ? `your interview with ${client} for ${job.title}` : `${candidateName}'s interview with ${client} for ${job.title}`;
  // "Sam Okafor cancelled their interview", not "Sam Okafor cancelled Sam Okafor's interview".
  const interviewAsToldBy = (actor: string) => (!isCandidate && actor === candidateName ? `their interview with ${client} for ${job.title}` : yourInterview);
  const action = isCandidate ? { label: 'View your interview', url: link } : { label: 'Open the proposal', url: link };
  const waysOut = isCandidate ? { url: link } : null;
  const base = { agencyName: reader.agencyName, action, footer } as const;
  const sequence = typeof data.sequence === 'number' ? data.sequence : null;
  // A later change raised the SEQUENCE: the message written for it says what is true now.
  const isSuperseded = sequence !== null && sequence < interview.calendarSequence;

  if (message.kind === 'interview.invite') {
    if (interview.status !== 'SCHEDULED' || isSuperseded) return null;
    const scheduledBy = interview.activityEvents.find((e) => TIMING_ACTIONS.has(e.action));
    const isMove = interview.rescheduledFrom !== null || data.reason === 'moved' || data.reason === 'rescheduled';
    const request = interview.rescheduledFrom?.activityEvents[0];
    const actor = whoDid(scheduledBy, proposal.recruiter.name);
    // The candidate confirms a time the recruiter offered by picking it.
    const isPicked = !isMove && scheduledBy?.actorParty === 'CANDIDATE';
    const subject = isMove ? `Interview moved: ${job.title} at ${client}` : `Interview scheduled: ${job.title} at ${client}`;
    const intro = isMove
      ? `${actor} moved ${interviewAsToldBy(actor)} to a new time: ${when}.`
      : isPicked
        ? `${actor} picked ${when} for ${interviewAsToldBy(actor)}. It is confirmed.`
        : `${actor} scheduled ${interviewAsToldBy(actor)} for ${when}.`;
    const was = interview.rescheduledFrom ? formatEmailTime(interview.rescheduledFrom.startsAt, reader.timeZone, interview.rescheduledFrom.endsAt) : null;
    const note = scheduledBy?.message ?? request?.message ?? null;
    const element = createElement(InterviewEmail, {
      ...base,
      preview: intro,
      heading: isMove ? 'Your interview has a new time' : 'Interview scheduled',
      intro,
      details: was ? [...details, ['Was', was]] : details,
      reason: scheduledBy?.reasonText ?? request?.reasonText ?? null,
      quote: note ? { by: `${whoDid(scheduledBy?.message ? scheduledBy : request, actor)} wrote:`, text: note } : null,
      notes: ['The calendar invite in this e-mail adds the interview to your calendar, and updates it if the time changes again.'],
      waysOut,
    });
    const calendar = buildCalendarInvite(interview, { method: 'REQUEST', link, now });
    return { subject, ...(await renderTemplate(element)), calendar: { method: 'REQUEST', content: calendar }, actionUrl: link };
  }

  if (message.kind === 'interview.cancel') {
    if (interview.status !== 'CANCELLED' || isSuperseded) return null;
    const cancelled = interview.activityEvents.find((e) => e.action === 'interview.cancelled');
    const actor = whoDid(cancelled, interview.cancelledBy === 'CANDIDATE' ? candidateName : interview.cancelledBy === 'CLIENT' ? client : proposal.recruiter.name);
    const reasonLabel = interview.cancellationReason
      ? interview.cancellationReason === 'OTHER'
        ? interview.cancellationReasonText
        : ((REASON_LABELS.cancel as Record<string, string>)[interview.cancellationReason] ?? interview.cancellationReasonText)
      : null;
    const intro = `${actor} cancelled ${interviewAsToldBy(actor)}, which was planned for ${when}.`;
    const notice =
      interview.noticeGivenMinutes !== null && interview.cancelledBy !== null
        ? describeNotice({
            noticeGivenMinutes: interview.noticeGivenMinutes,
            isLate: interview.isLateCancellation === true,
            lateNoticeMinutes: interview.agency.cancellationPolicy?.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES,
            agencyName: interview.agency.name,
          })
        : null;
    const element = createElement(InterviewEmail, {
      ...base,
      preview: intro,
      heading: 'Interview cancelled',
      intro,
      details: details.filter(([label]) => label !== 'When' && label !== 'Join' && label !== 'Where'),
      reason: reasonLabel,
      quote: interview.cancellationMessage ? { by: `${actor} wrote:`, text: interview.cancellationMessage } : null,
      notes: [...(notice ? [`Notice given: ${notice}`] : []), 'The calendar update in this e-mail removes the interview from your calendar.'],
      action: isCandidate ? { label: 'See what happens next', url: link } : action,
    });
    const calendar = buildCalendarInvite(interview, { method: 'CANCEL', link, now });
    return { subject: `Interview cancelled: ${job.title} at ${client}`, ...(await renderTemplate(element)), calendar: { method: 'CANCEL', content: calendar }, actionUrl: link };
  }

  // A reminder is true only for the interview as it was planned: still on, at the same time, not yet begun.
  if (interview.status !== 'SCHEDULED' || interview.startsAt.toISOString() !== data.startsAt || interview.startsAt <= now) return null;
  const isDayBefore = message.kind === 'reminder.interview.24h';
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: safeZone(reader.timeZone), hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(interview.startsAt);
  const subject = isCandidate
    ? `${isDayBefore ? 'Tomorrow' : 'Today'} at ${clock}: your interview with ${client}`
    : `${isDayBefore ? 'Tomorrow' : 'Today'} at ${clock}: ${candidateName}'s interview with ${client}`;
  const intro = isDayBefore ? `A reminder: ${yourInterview} is tomorrow, ${when}.` : `A reminder: ${yourInterview} starts in about two hours, ${when}.`;
  const element = createElement(InterviewEmail, {
    ...base,
    preview: intro,
    heading: isDayBefore ? 'Your interview is tomorrow' : 'Your interview is in two hours',
    intro,
    details,
    notes: isCandidate ? [] : ['If the client or you cannot make it, cancel or move it now, with a reason: the candidate is told at once.'],
    waysOut,
  });
  return { subject, ...(await renderTemplate(element)), actionUrl: link };
}

async function respondByContent(prisma: PrismaClient, message: EmailMessage, reader: Reader, footer: EmailFooter, now: Date): Promise<Content | null> {
  if (!message.proposalId) return null;
  const proposal = await prisma.proposal.findUnique({
    where: { id: message.proposalId },
    select: { id: true, status: true, respondBy: true, recruiter: { select: { name: true } }, job: { select: { title: true, clientCompany: { select: { name: true } } } } },
  });
  const expiresAt = dataOf(message).expiresAt;
  // Still waiting for an answer, by the same time, and not yet past it.
  if (!proposal || proposal.status !== 'PROPOSED' || proposal.respondBy.toISOString() !== expiresAt || proposal.respondBy <= now) return null;
  const client = proposal.job.clientCompany.name;
  const by = formatEmailTime(proposal.respondBy, reader.timeZone);
  const url = proposalLink(proposal.id, reader.role);
  const intro = `${proposal.recruiter.name} proposed you for ${proposal.job.title} at ${client}. Please accept or decline by ${by}.`;
  const element = createElement(RespondByEmail, {
    agencyName: reader.agencyName,
    heading: 'A proposal is waiting for your answer',
    intro,
    details: [
      ['Role', `${proposal.job.title} at ${client}`],
      ['Answer by', by],
    ],
    action: { label: 'Answer the proposal', url },
    footer,
  });
  return { subject: `Please answer by ${by}: ${proposal.job.title} at ${client}`, ...(await renderTemplate(element)), actionUrl: url };
}

async function digestContent(prisma: PrismaClient, message: EmailMessage, reader: Reader, footer: EmailFooter, now: Date): Promise<Content | null> {
  const ids = dataOf(message).messageIds;
  const messageIds = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  const held = messageIds.length
    ? await prisma.emailMessage.findMany({ where: { id: { in: messageIds }, userId: message.userId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
    : [];
  const items: DigestItem[] = [];
  for (const row of held) {
    if (row.kind === 'digest') continue;
    const rendered = await renderEmail(prisma, row, now);
    if (rendered) items.push({ subject: rendered.subject, time: formatEmailTime(row.createdAt, reader.timeZone), url: rendered.actionUrl ?? appUrl() });
  }
  if (items.length === 0) return null;
  const subject = items.length === 1 ? `Your daily summary: ${items[0]!.subject}` : `Your daily summary: ${items.length} updates`;
  const element = createElement(DigestEmail, { agencyName: reader.agencyName, heading: 'Your daily summary', items, footer });
  return { subject, ...(await renderTemplate(element)), actionUrl: appUrl() };
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}
