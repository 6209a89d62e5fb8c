import { formatInZone } from '@shortlist/domain/interviews';

export type ActivityForWords = {
  action: string;
  /** The proposal's status before a proposal.* event. */
  fromProposalStatus: string | null;
  reason: string | null;
  reasonText?: string | null;
  actor: { name: string; party: 'CANDIDATE' | 'RECRUITER' | 'CLIENT' | null; kind: 'USER' | 'API_KEY' | 'SYSTEM' };
  interview: { startsAt: string } | null;
};

const PARTY_WORDS = { CANDIDATE: 'the candidate', RECRUITER: 'the recruiter', CLIENT: 'the client' } as const;

/** "Sam Okafor (candidate)", "Partner system (client)", "Shortlist": who acted, and on which side. */
export function describeActor(actor: ActivityForWords['actor']): string {
  if (actor.kind === 'SYSTEM' || !actor.party) return actor.name;
  // Staff record the client's decisions (an offer, a rejection) on the client's behalf.
  if (actor.kind === 'USER' && actor.party === 'CLIENT') return `${actor.name} (for the client)`;
  return `${actor.name} (${PARTY_WORDS[actor.party].replace('the ', '')})`;
}

/**
 * One line of the proposal's history in words, e.g. "Sam Okafor declined the proposal." or "Riley Chen scheduled
 * an interview for Tue 1 Dec, 10:00 (Europe/London)." Times are in the reader's zone. Unknown actions (added to the
 * API later) still read as a sentence.
 */
export function describeActivity(event: ActivityForWords, { timeZone }: { timeZone: string }): string {
  const who = event.actor.kind === 'SYSTEM' ? 'Shortlist' : event.actor.name;
  const at = event.interview ? ` for ${formatInZone(new Date(event.interview.startsAt), timeZone)}` : '';
  const on = event.interview ? ` on ${formatInZone(new Date(event.interview.startsAt), timeZone)}` : '';
  switch (event.action) {
    case 'proposal.proposed':
      return `${who} proposed the candidate for this job.`;
    case 'proposal.accepted':
      return `${who} accepted the proposal.`;
    case 'proposal.declined':
      return event.fromProposalStatus === 'OFFERED' ? `${who} declined the offer.` : `${who} declined the proposal.`;
    case 'proposal.withdrawn':
      return `${who} withdrew the proposal.`;
    case 'proposal.rejected':
      return `${who} recorded that the candidate was not selected.`;
    case 'proposal.expired':
      return 'The proposal expired without an answer.';
    case 'proposal.interviewing':
      return 'The proposal moved to interviewing.';
    case 'proposal.offered':
      return `${who} recorded an offer.`;
    case 'proposal.hired':
      return event.actor.party === 'CANDIDATE' ? `${who} accepted the offer: hired.` : `${who} recorded the hire.`;
    case 'interview.scheduled':
      return `${who} scheduled an interview${at}.`;
    case 'interview.rescheduled':
      return `${who} moved the interview to a new time${event.interview ? `: ${formatInZone(new Date(event.interview.startsAt), timeZone)}` : ''}.`;
    case 'interview.reschedule_requested':
      // With a reason it is a request from either side; without, the recruiter moving it (the new time follows).
      return event.reasonText ? `${who} asked for a new time for the interview${on}.` : `${who} took the interview${on} off the calendar for a new time.`;
    case 'interview.cancelled':
      return `${who} cancelled the interview${on}.`;
    case 'interview.completed':
      return `${who} marked the interview${on} completed.`;
    case 'interview.no_show': {
      const absent = event.reason && event.reason in PARTY_WORDS ? PARTY_WORDS[event.reason as keyof typeof PARTY_WORDS] : 'someone';
      return `${who} recorded a no-show${on}: ${absent} did not come.`;
    }
    case 'interview.late_cancellation_acknowledged':
      return `${who} took note of the late cancellation${on}.`;
    case 'proposal.expiry_acknowledged':
      return `${who} took note that the proposal expired.`;
    case 'interview.no_show_contested':
      return `${who} contested the no-show recorded${on}.`;
    default: {
      const [subject = 'proposal', verb = event.action] = event.action.split('.');
      return `${who}: ${subject} ${verb.replace(/_/g, ' ')}.`;
    }
  }
}
