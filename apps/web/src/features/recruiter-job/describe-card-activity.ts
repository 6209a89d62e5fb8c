import type { InterviewStatus, ProposalStatus } from '../../gql/graphql';
import { proposalStatusInWords } from '../../words/proposal-status-in-words';
import { isLiveInterview } from '../recruiter-proposal/available-proposal-actions';

export type CardProposal = {
  status: ProposalStatus;
  createdAt: string;
  updatedAt: string;
  respondedAt?: string | null;
  closedAt?: string | null;
  respondBy: string;
  interviews: ReadonlyArray<{ status: InterviewStatus; startsAt: string; endsAt: string; rescheduledTo?: { id: string } | null }>;
};

/** What the card says happened last, and what is waiting on the recruiter (isUrgent: shown in warning colours). */
export type CardActivity = { last: string; due: { text: string; isUrgent: boolean } | null };

/** "just now", "5 min ago", "3 h ago", "2 d ago". */
export function describeAgo(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}

/** "Tue 14:00" in the viewer's zone. */
export function describeWeekdayTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
}

const DAY = 24 * 60 * 60_000;

/** The card's last event and what is due, from the proposal and its interviews (the viewer's zone for times). */
export function describeCardActivity(proposal: CardProposal, now: Date, timeZone: string): CardActivity {
  const current = proposal.interviews.filter((interview) => !interview.rescheduledTo);
  const upcoming = current
    .filter((interview) => interview.status === 'SCHEDULED' && new Date(interview.startsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  const toMark = current.find((interview) => interview.status === 'SCHEDULED' && new Date(interview.endsAt) <= now);
  const rescheduleAsked = current.find((interview) => interview.status === 'NEEDS_RESCHEDULING');
  const isOpen = ['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED'].includes(proposal.status);
  const isLapsed = proposal.status === 'PROPOSED' && new Date(proposal.respondBy) < now;

  let last: string;
  if (isLapsed) last = `Expired ${describeAgo(proposal.respondBy, now)}`;
  else if (!isOpen || proposal.status === 'OFFERED') {
    last = `${proposal.status === 'OFFERED' ? 'Offer made' : proposalStatusInWords[proposal.status]} ${describeAgo(proposal.closedAt ?? proposal.updatedAt, now)}`;
  } else if (upcoming) last = `Interview ${describeWeekdayTime(upcoming.startsAt, timeZone)}`;
  else if (proposal.status === 'ACCEPTED') last = `Accepted ${describeAgo(proposal.respondedAt ?? proposal.updatedAt, now)}`;
  else if (proposal.status === 'PROPOSED') last = `Proposed ${describeAgo(proposal.createdAt, now)}`;
  else last = `Interviewing, updated ${describeAgo(proposal.updatedAt, now)}`;

  let due: CardActivity['due'] = null;
  if (!isOpen || isLapsed) due = null;
  else if (rescheduleAsked) due = { text: 'Reschedule requested', isUrgent: true };
  else if (toMark) due = { text: 'Interview to mark', isUrgent: true };
  else if (proposal.status === 'PROPOSED') {
    const left = new Date(proposal.respondBy).getTime() - now.getTime();
    due = { text: `Respond by ${describeWeekdayTime(proposal.respondBy, timeZone)}${left > 6 * DAY ? ` (${Math.ceil(left / DAY)} d)` : ''}`, isUrgent: left < 2 * DAY };
  } else if ((proposal.status === 'ACCEPTED' || proposal.status === 'INTERVIEWING') && !current.some(isLiveInterview)) {
    due = { text: proposal.status === 'ACCEPTED' ? 'Interview to schedule' : 'Interview fell through: book another or decide', isUrgent: true };
  }
  return { last, due };
}
