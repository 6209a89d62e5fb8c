import { scoreMatch, type SkillTaxonomy } from '@shortlist/domain/matching';
import type { Prisma } from '../generated/prisma/client.ts';
import type {
  CancellationReason,
  DeclineReason,
  InterviewFormat,
  InterviewStatus,
  Party,
  ProposalStatus,
  RejectionReason,
  WithdrawalReason,
} from '../generated/prisma/enums.ts';
import type { DemoCandidate } from './build-demo-candidates.ts';
import type { DemoJob } from './build-demo-jobs.ts';
import { DAY, HOUR, MINUTE, seedUuid, type Random } from './create-random.ts';

export interface PipelineRows {
  proposals: Prisma.ProposalCreateManyInput[];
  slots: Prisma.InterviewSlotCreateManyInput[];
  interviews: Prisma.InterviewCreateManyInput[];
  events: Prisma.ActivityEventCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
}

export interface StoryContext {
  rows: PipelineRows;
  random: Random;
  day0: Date;
  taxonomy: SkillTaxonomy;
  lateNoticeMinutes: number;
}

export interface StoryCast {
  key: string;
  job: DemoJob;
  candidate: DemoCandidate;
  /** The candidate's login: they answer proposals themselves. */
  candidateUserId: string;
  recruiterId: string;
  recruiterFirstName: string;
}

type Reasoned<R> = { reason: R; reasonText?: string; message: string };

/**
 * Plays one proposal's life forward in time and records it the way the app would: the row's final state, its
 * slots and interviews, an ActivityEvent per transition, and a notification for the other side of each one.
 * Methods must be called in time order; candidate actions are by the candidate's login, client decisions are
 * recorded by the recruiter (actorParty CLIENT), expiry by the system.
 */
export function createProposalStory(ctx: StoryContext, cast: StoryCast, proposedAt: Date, message: string, respondByDays = 7) {
  const { rows } = ctx;
  const proposalId = seedUuid('proposal', cast.key);
  const agencyId = cast.job.agencyId;
  const match = scoreMatch(cast.candidate.profile, cast.job.profile, ctx.taxonomy, { now: proposedAt });
  const proposal: Prisma.ProposalCreateManyInput = {
    id: proposalId,
    agencyId,
    jobId: cast.job.id,
    candidateId: cast.candidate.id,
    recruiterId: cast.recruiterId,
    status: 'PROPOSED',
    message,
    respondBy: new Date(proposedAt.getTime() + respondByDays * DAY),
    matchScore: match.score,
    matchForwardScore: match.forwardScore,
    matchReverseScore: match.reverseScore,
    matchSnapshot: match as unknown as Prisma.InputJsonValue,
    createdAt: proposedAt,
    updatedAt: proposedAt,
    version: 0,
  };
  const interviews = new Map<string, Prisma.InterviewCreateManyInput>();
  let clock = proposedAt.getTime();
  let eventCount = 0;
  const where = `${cast.job.title} at ${cast.job.company.template.name}`;

  function record(
    at: Date,
    event: {
      action: string;
      party: Party | null;
      from?: string | null;
      to?: string | null;
      interviewId?: string;
      reason?: string;
      reasonText?: string | undefined;
      message?: string;
      notice?: number;
      isLate?: boolean;
    },
    notification?: { to: 'candidate' | 'recruiter'; title: string; body: string },
  ) {
    if (at.getTime() < clock) throw new Error(`Story ${cast.key}: ${event.action} happens before the previous event.`);
    clock = at.getTime();
    const id = seedUuid('activity-event', cast.key, eventCount++);
    const byCandidate = event.party === 'CANDIDATE';
    rows.events.push({
      id,
      agencyId,
      proposalId,
      interviewId: event.interviewId ?? null,
      actorKind: event.party === null ? 'SYSTEM' : 'USER',
      actorUserId: event.party === null ? null : byCandidate ? cast.candidateUserId : cast.recruiterId,
      actorParty: event.party,
      action: event.action,
      fromStatus: event.from ?? null,
      toStatus: event.to ?? null,
      reason: event.reason ?? null,
      reasonText: event.reasonText ?? null,
      message: event.message ?? null,
      noticeGivenMinutes: event.notice ?? null,
      isLate: event.isLate ?? null,
      createdAt: at,
    });
    if (notification) {
      // Older news has been read; the last few days' is still waiting, as it would be for a real user.
      const isRecent = at.getTime() > ctx.day0.getTime() - 5 * DAY;
      const isRead = !isRecent && ctx.random.chance(0.9);
      rows.notifications.push({
        id: seedUuid('notification', cast.key, eventCount),
        agencyId,
        userId: notification.to === 'candidate' ? cast.candidateUserId : cast.recruiterId,
        proposalId,
        activityEventId: id,
        title: notification.title,
        body: notification.body,
        readAt: isRead ? new Date(at.getTime() + ctx.random.int(1, 20) * HOUR) : null,
        createdAt: at,
      });
    }
  }

  function moveProposal(at: Date, to: ProposalStatus) {
    proposal.status = to;
    proposal.updatedAt = at;
    proposal.version = (proposal.version ?? 0) + 1;
  }

  function moveInterview(id: string, at: Date, to: InterviewStatus) {
    const interview = interviews.get(id)!;
    const from = interview.status!;
    interview.status = to;
    interview.updatedAt = at;
    interview.version = (interview.version ?? 0) + 1;
    return { interview, from };
  }

  function locationFor(format: InterviewFormat, n: number) {
    if (format === 'ONSITE') return `${cast.job.company.template.name}, ${cast.job.company.city.city}`;
    if (format === 'PHONE') return `+1 555 ${String(100 + n).padStart(3, '0')} 0${ctx.random.int(100, 999)}`;
    return `https://meet.example.com/${proposalId.slice(0, 8)}-${n}`;
  }

  const candidateName = cast.candidate.fullName;
  record(
    proposedAt,
    { action: 'proposal.proposed', party: 'RECRUITER', from: null, to: 'PROPOSED', message },
    { to: 'candidate', title: `New opportunity: ${where}`, body: `${cast.recruiterFirstName} thinks you would be a strong fit (match ${Math.round(match.score)}/100). Please reply by the date shown.` },
  );

  const story = {
    proposalId,
    match,

    /** Interview times offered with the proposal. */
    offerSlots(starts: Date[], format: InterviewFormat = 'VIDEO') {
      return starts.map((startsAt, i) => {
        const id = seedUuid('interview-slot', cast.key, i);
        rows.slots.push({
          id,
          proposalId,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 45 * MINUTE),
          timeZone: cast.job.profile.timeZone,
          format,
          location: locationFor(format, i),
        });
        return id;
      });
    },

    accept(at: Date) {
      moveProposal(at, 'ACCEPTED');
      proposal.respondedAt = at;
      // Accepting asks to share the profile with the job's client (GDPR art. 6/7); the demo's candidates all agreed.
      proposal.clientSharingConsentAt = at;
      record(at, { action: 'proposal.accepted', party: 'CANDIDATE', from: 'PROPOSED', to: 'ACCEPTED' }, {
        to: 'recruiter',
        title: `${candidateName} accepted`,
        body: `${candidateName} is interested in ${where}. Time to arrange an interview.`,
      });
    },

    /** Schedules an interview; the first one moves the proposal from ACCEPTED to INTERVIEWING. */
    schedule(at: Date, startsAt: Date, options: { format?: InterviewFormat; minutes?: number; slotId?: string; rescheduledFromId?: string } = {}) {
      const n = interviews.size;
      const id = seedUuid('interview', cast.key, n);
      const format = options.format ?? (ctx.random.chance(0.7) ? 'VIDEO' : ctx.random.chance(0.5) ? 'ONSITE' : 'PHONE');
      interviews.set(id, {
        id,
        agencyId,
        proposalId,
        slotId: options.slotId ?? null,
        status: 'SCHEDULED',
        startsAt,
        endsAt: new Date(startsAt.getTime() + (options.minutes ?? 45) * MINUTE),
        timeZone: cast.job.profile.timeZone,
        format,
        location: locationFor(format, n + 10),
        rescheduledFromId: options.rescheduledFromId ?? null,
        createdAt: at,
        updatedAt: at,
        version: 0,
      });
      // The notice is the candidate's: its time reads in their zone, as their pages show it (issue 12, B4).
      const when = formatWhen(startsAt, cast.candidate.profile.timeZone);
      record(at, { action: options.rescheduledFromId ? 'interview.rescheduled' : 'interview.scheduled', party: 'RECRUITER', from: null, to: 'SCHEDULED', interviewId: id }, {
        to: 'candidate',
        title: `Interview ${options.rescheduledFromId ? 'moved' : 'scheduled'}: ${cast.job.company.template.name}`,
        body: `${cast.job.title}, ${when} (${format.toLowerCase()}).`,
      });
      if (proposal.status === 'ACCEPTED') {
        const later = new Date(at.getTime() + 1000);
        moveProposal(later, 'INTERVIEWING');
        record(later, { action: 'proposal.interviewing', party: 'RECRUITER', from: 'ACCEPTED', to: 'INTERVIEWING', interviewId: id });
      }
      return id;
    },

    complete(interviewId: string) {
      const at = new Date(interviews.get(interviewId)!.endsAt as Date);
      const { interview, from } = moveInterview(interviewId, at, 'COMPLETED');
      interview.completedAt = at;
      record(at, { action: 'interview.completed', party: 'RECRUITER', from, to: 'COMPLETED', interviewId });
    },

    cancel(interviewId: string, at: Date, by: Party, why: Reasoned<CancellationReason>) {
      const { interview, from } = moveInterview(interviewId, at, 'CANCELLED');
      const notice = Math.round(((interview.startsAt as Date).getTime() - at.getTime()) / MINUTE);
      const isLate = notice < ctx.lateNoticeMinutes;
      Object.assign(interview, {
        cancelledBy: by,
        cancellationReason: why.reason,
        cancellationReasonText: why.reasonText ?? null,
        cancellationMessage: why.message,
        cancelledAt: at,
        noticeGivenMinutes: notice,
        isLateCancellation: isLate,
      });
      record(
        at,
        { action: 'interview.cancelled', party: by, from, to: 'CANCELLED', interviewId, reason: why.reason, reasonText: why.reasonText, message: why.message, notice, isLate },
        by === 'CANDIDATE'
          ? { to: 'recruiter', title: `${candidateName} cancelled an interview${isLate ? ' at short notice' : ''}`, body: `${where}: ${why.message}` }
          : { to: 'candidate', title: `Interview cancelled: ${cast.job.company.template.name}`, body: why.message },
      );
    },

    requestNewTime(interviewId: string, at: Date, by: Party, reason: string) {
      const { interview, from } = moveInterview(interviewId, at, 'NEEDS_RESCHEDULING');
      interview.rescheduleRequestedBy = by;
      interview.rescheduleReason = reason;
      record(
        at,
        { action: 'interview.reschedule_requested', party: by, from, to: 'NEEDS_RESCHEDULING', interviewId, reasonText: reason },
        by === 'CANDIDATE'
          ? { to: 'recruiter', title: `${candidateName} asked for a new interview time`, body: reason }
          : { to: 'candidate', title: `A new interview time is needed`, body: reason },
      );
    },

    noShow(interviewId: string, party: Party, graceMinutes = 20) {
      const interview = interviews.get(interviewId)!;
      const at = new Date((interview.startsAt as Date).getTime() + graceMinutes * MINUTE);
      const { from } = moveInterview(interviewId, at, 'NO_SHOW');
      interview.noShowParty = party;
      record(
        at,
        // The recruiter records it; the reason names the party who did not come.
        { action: 'interview.no_show', party: 'RECRUITER', from, to: 'NO_SHOW', interviewId, reason: party },
        party === 'CANDIDATE'
          ? undefined
          : { to: 'candidate', title: `Sorry: the interviewer did not join`, body: `We are arranging a new time for ${where} and apologise for the wasted slot.` },
      );
    },

    offer(at: Date, salary: number | null, offerMessage: string) {
      const from = proposal.status;
      moveProposal(at, 'OFFERED');
      Object.assign(proposal, { offeredAt: at, offerMessage, offerSalary: salary });
      record(at, { action: 'proposal.offered', party: 'CLIENT', from, to: 'OFFERED', message: offerMessage }, {
        to: 'candidate',
        title: `Offer from ${cast.job.company.template.name}`,
        body: offerMessage,
      });
    },

    hire(at: Date) {
      moveProposal(at, 'HIRED');
      Object.assign(proposal, { hiredAt: at, closedAt: at });
      record(at, { action: 'proposal.hired', party: 'CANDIDATE', from: 'OFFERED', to: 'HIRED' }, {
        to: 'recruiter',
        title: `${candidateName} accepted the offer`,
        body: `${candidateName} will join ${cast.job.company.template.name} as ${cast.job.title}.`,
      });
    },

    decline(at: Date, why: Reasoned<DeclineReason> & { openToFutureRoles: boolean }) {
      const from = proposal.status;
      moveProposal(at, 'DECLINED');
      Object.assign(proposal, {
        declineReason: why.reason,
        declineReasonText: why.reasonText ?? null,
        declineMessage: why.message,
        openToFutureRoles: why.openToFutureRoles,
        respondedAt: proposal.respondedAt ?? at,
        closedAt: at,
      });
      record(at, { action: 'proposal.declined', party: 'CANDIDATE', from, to: 'DECLINED', reason: why.reason, reasonText: why.reasonText, message: why.message }, {
        to: 'recruiter',
        title: `${candidateName} declined ${from === 'OFFERED' ? 'the offer' : 'the proposal'}`,
        body: why.message,
      });
    },

    withdraw(at: Date, by: 'CANDIDATE' | 'RECRUITER', why: Reasoned<WithdrawalReason>) {
      const from = proposal.status;
      moveProposal(at, 'WITHDRAWN');
      Object.assign(proposal, {
        withdrawnBy: by,
        withdrawalReason: why.reason,
        withdrawalReasonText: why.reasonText ?? null,
        withdrawalMessage: why.message,
        closedAt: at,
      });
      record(
        at,
        { action: 'proposal.withdrawn', party: by, from, to: 'WITHDRAWN', reason: why.reason, reasonText: why.reasonText, message: why.message },
        by === 'CANDIDATE'
          ? { to: 'recruiter', title: `${candidateName} withdrew`, body: why.message }
          : { to: 'candidate', title: `Update on ${where}`, body: why.message },
      );
    },

    reject(at: Date, why: Reasoned<RejectionReason>) {
      const from = proposal.status;
      moveProposal(at, 'REJECTED');
      Object.assign(proposal, {
        rejectionReason: why.reason,
        rejectionReasonText: why.reasonText ?? null,
        rejectionMessage: why.message,
        closedAt: at,
      });
      record(at, { action: 'proposal.rejected', party: 'CLIENT', from, to: 'REJECTED', reason: why.reason, reasonText: why.reasonText, message: why.message }, {
        to: 'candidate',
        title: `Update on ${where}`,
        body: why.message,
      });
    },

    expire() {
      const at = new Date((proposal.respondBy as Date).getTime() + 5 * MINUTE);
      moveProposal(at, 'EXPIRED');
      proposal.closedAt = at;
      record(at, { action: 'proposal.expired', party: null, from: 'PROPOSED', to: 'EXPIRED' }, {
        to: 'recruiter',
        title: `No answer from ${candidateName}`,
        body: `The proposal for ${where} expired without a reply.`,
      });
    },

    /** Writes the proposal and its interviews (replaced interviews before their replacements). */
    finish() {
      rows.proposals.push(proposal);
      rows.interviews.push(...interviews.values());
      return proposal;
    },
  };
  return story;
}

export type ProposalStory = ReturnType<typeof createProposalStory>;

/** "Tue 14 Oct, 10:00 (Europe/Berlin)": how the app words an interview time. */
function formatWhen(at: Date, timeZone: string): string {
  const format = cached(`when:${timeZone}`, () =>
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false }),
  );
  return `${format.format(at)} (${timeZone})`;
}

// Building an Intl.DateTimeFormat costs far more than using one; the seed needs only a dozen zones.
const formats = new Map<string, Intl.DateTimeFormat>();
function cached(key: string, create: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) formats.set(key, (format = create()));
  return format;
}

/** The instant of a wall-clock hour in a zone, on the UTC calendar day `day` falls in. */
export function atLocalHour(day: Date, hour: number, timeZone: string): Date {
  const guess = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
  return new Date(guess - offsetMinutes(new Date(guess), timeZone) * MINUTE);
}

function offsetMinutes(at: Date, timeZone: string): number {
  const format = cached(`parts:${timeZone}`, () =>
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }),
  );
  const parts = format.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - at.getTime()) / MINUTE);
}
