import { composePoliteMessage, DEFAULT_LATE_NOTICE_MINUTES } from '@shortlist/domain/interviews';
import { scoreMatch, type CandidateProfile, type JobProfile, type MatchResult, type SkillTaxonomy } from '@shortlist/domain/matching';
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
import { createRandom, DAY, HOUR, MINUTE, seedUuid, type Random } from './create-random.ts';

/** A scale job as the pipeline needs it: its row and requirements, and the family and stack it was drawn from. */
export interface ScaleJob {
  index: number;
  row: Prisma.JobCreateManyInput;
  skills: Prisma.JobSkillCreateManyInput[];
  archetypeKey: string;
  stackKey: string;
}

export interface ScaleCandidate {
  index: number;
  row: Prisma.CandidateProfileCreateManyInput;
  skills: Prisma.CandidateSkillCreateManyInput[];
  archetypeKey: string;
  stackKey: string;
  firstName: string;
}

export interface ScalePipelineRows {
  proposals: Prisma.ProposalCreateManyInput[];
  interviews: Prisma.InterviewCreateManyInput[];
  events: Prisma.ActivityEventCreateManyInput[];
}

export interface ScaleStaff {
  id: string;
  name: string;
}

export interface ScalePipelineOptions {
  seed: number;
  /**
   * The start of today (UTC), the moment the pipeline is "as of": steps later than this have not happened yet, so
   * recent proposals are still in flight. The same seed on the same day gives the same rows.
   */
  day0: Date;
  agencyId: string;
  companyName: string;
  /** Who proposes: the first (the recruiter) most of the time, the others now and then. */
  staff: readonly ScaleStaff[];
  taxonomy: SkillTaxonomy;
  jobs: readonly ScaleJob[];
}

/** How many proposals a candidate is in: about 0.3 per candidate, so 100,000 candidates give some 30,000. */
const PROPOSALS_PER_CANDIDATE: ReadonlyArray<readonly [number, number]> = [[0, 78], [1, 15], [2, 5], [3, 2]];
/** Jobs a recruiter weighs for a candidate before proposing the best match of them. */
const JOBS_WEIGHED = 3;

const DECLINE_REASONS: ReadonlyArray<readonly [DeclineReason, number]> = [
  ['SALARY_TOO_LOW', 22], ['ROLE_NOT_A_FIT', 14], ['REMOTE_POLICY', 12], ['LOCATION_OR_COMMUTE', 10], ['TIMING', 10],
  ['STAYING_IN_CURRENT_ROLE', 10], ['ACCEPTED_ANOTHER_OFFER', 8], ['SENIORITY_MISMATCH', 6], ['COMPANY_NOT_A_FIT', 5], ['OTHER', 3],
];
const OFFER_DECLINE_REASONS: ReadonlyArray<readonly [DeclineReason, number]> = [
  ['ACCEPTED_ANOTHER_OFFER', 35], ['SALARY_TOO_LOW', 30], ['STAYING_IN_CURRENT_ROLE', 20], ['TIMING', 8], ['LOCATION_OR_COMMUTE', 4], ['OTHER', 3],
];
const REJECTIONS_BEFORE_INTERVIEW: ReadonlyArray<readonly [RejectionReason, number]> = [['SKILLS_GAP', 50], ['EXPERIENCE_LEVEL', 35], ['OTHER', 15]];
const REJECTIONS_AFTER_INTERVIEW: ReadonlyArray<readonly [RejectionReason, number]> = [
  ['SKILLS_GAP', 35], ['EXPERIENCE_LEVEL', 25], ['CULTURE_OR_TEAM_FIT', 30], ['OTHER', 10],
];
const CANDIDATE_WITHDRAWALS: ReadonlyArray<readonly [WithdrawalReason, number]> = [
  ['ACCEPTED_ANOTHER_OFFER', 45], ['PERSONAL_CIRCUMSTANCES', 20], ['ROLE_NOT_A_FIT', 20], ['TIMING', 15],
];
const CANDIDATE_CANCELLATIONS: ReadonlyArray<readonly [CancellationReason, number]> = [
  ['ILLNESS_OR_EMERGENCY', 40], ['SCHEDULE_CONFLICT', 35], ['NO_LONGER_INTERESTED', 15], ['ACCEPTED_ANOTHER_OFFER', 10],
];
const OTHER_TEXT = 'Said so on a call with the recruiter';

type Rows = ScalePipelineRows;

/**
 * The Scale Agency's pipeline, built candidate by candidate so that more candidates add proposals and leave the
 * earlier ones as they were: about three candidates in ten are proposed, each for one to three jobs of their stack
 * (or, failing that, their family), the best-scoring of a few the recruiter weighs, at a time after both the job's
 * publishing and the candidate's profile. Each proposal then lives forward in time until `now`: answered or left to
 * expire, declined or accepted (more often the better the match), screened, interviewed in up to three rounds
 * (cancellations with more or less notice, no-shows), offered, hired, declined, withdrawn or rejected, with an
 * ActivityEvent per step and the stored match (scores and snapshot) of the moment it was proposed. A job that is no
 * longer open closed at some point: proposals still open then were withdrawn by the recruiter. A candidate is hired
 * at most once, and a job hires at most its openings. Candidates' answers are recorded by the proposal's recruiter
 * (the scale candidates have no logins), with the candidate as the acting party.
 */
export function createScalePipeline(options: ScalePipelineOptions) {
  const nowMs = options.day0.getTime();
  const jobs = options.jobs.filter((job) => job.row.status !== 'DRAFT');
  const byStack = groupBy(jobs, (job) => job.stackKey);
  const byFamily = groupBy(jobs, (job) => job.archetypeKey);
  const profiles = new Map(jobs.map((job) => [job.row.id!, jobProfile(job)]));
  const closedAt = new Map(jobs.map((job) => [job.row.id!, jobClosingTime(job, options)]));
  /** Hires so far per job; batches are built in order, so this is the same on every run. */
  const hires = new Map<string, number>();

  return {
    /** The proposals of these candidates (one batch, in index order), drawn from `random`. */
    build(random: Random, candidates: readonly ScaleCandidate[]): Rows {
      const rows: Rows = { proposals: [], interviews: [], events: [] };
      for (const candidate of candidates) {
        const wanted = random.weighted(PROPOSALS_PER_CANDIDATE);
        if (wanted === 0) continue;
        const profile = candidateProfile(candidate);
        const createdAt = (candidate.row.createdAt as Date).getTime();
        const picked: Array<{ job: ScaleJob; match: MatchResult; proposedAt: number }> = [];
        for (let n = 0; n < wanted; n++) {
          const pool = random.chance(0.8) ? byStack.get(candidate.stackKey) : byFamily.get(candidate.archetypeKey);
          const choices = (pool && pool.length > 0 ? pool : jobs).filter((job) => !picked.some((p) => p.job === job));
          let best: (typeof picked)[number] | null = null;
          for (const job of random.sample(choices, JOBS_WEIGHED)) {
            const from = Math.max(createdAt, (job.row.publishedAt as Date).getTime()) + HOUR;
            const until = Math.min(nowMs - HOUR, closedAt.get(job.row.id!)!);
            if (from >= until) continue;
            const proposedAt = proposalTime(random, from, until);
            const match = scoreMatch(profile, profiles.get(job.row.id!)!, options.taxonomy, { now: new Date(proposedAt) });
            if (!best || match.score > best.match.score) best = { job, match, proposedAt };
          }
          if (best) picked.push(best);
        }
        picked.sort((a, b) => a.proposedAt - b.proposedAt);
        let hiredAt: number | null = null;
        picked.forEach(({ job, match, proposedAt }, n) => {
          // Nobody proposes a candidate who has just been hired.
          if (hiredAt !== null && proposedAt > hiredAt) return;
          const story = playProposal(random, options, rows, hires, { candidate, job, match, proposedAt, n, closesAt: closedAt.get(job.row.id!)!, hiredAt });
          if (story.hiredAt !== null) hiredAt = story.hiredAt;
        });
      }
      return rows;
    },
  };
}

interface Cast {
  candidate: ScaleCandidate;
  job: ScaleJob;
  match: MatchResult;
  proposedAt: number;
  n: number;
  /** When the job stopped hiring (Infinity while it is open). */
  closesAt: number;
  /** When the candidate was hired through another proposal, if they were. */
  hiredAt: number | null;
}

/** Plays one proposal forward from `proposedAt` to now, or to when its job closed, and records its rows. */
function playProposal(random: Random, options: ScalePipelineOptions, rows: Rows, hires: Map<string, number>, cast: Cast): { hiredAt: number | null } {
  const { candidate, job, match } = cast;
  const key = `${options.seed}:${candidate.index}:${cast.n}`;
  const proposalId = seedUuid('scale', 'proposal', key);
  const recruiter = random.chance(0.8) ? options.staff[0]! : random.pick(options.staff);
  const nowMs = options.day0.getTime();
  const jobOpen = cast.closesAt === Number.POSITIVE_INFINITY;
  // Past this, nothing more happens to the proposal: now, or when its job closed (the recruiter then withdraws it).
  const limit = Math.min(nowMs, cast.closesAt);
  const candidateName = candidate.row.fullName;
  const words = { candidateName, recruiterName: recruiter.name, jobTitle: job.row.title, companyName: options.companyName };

  const proposal: Prisma.ProposalCreateManyInput = {
    id: proposalId,
    agencyId: options.agencyId,
    jobId: job.row.id!,
    candidateId: candidate.row.id!,
    recruiterId: recruiter.id,
    status: 'PROPOSED',
    message: `Hi ${candidate.firstName}, I think the ${job.row.title} role at ${options.companyName} could be a great next step for you. Happy to talk it through. ${recruiter.name.split(' ')[0]}`,
    respondBy: new Date(cast.proposedAt + 7 * DAY),
    matchScore: match.score,
    matchForwardScore: match.forwardScore,
    matchReverseScore: match.reverseScore,
    matchSnapshot: match as unknown as Prisma.InputJsonValue,
    respondedAt: null,
    declineReason: null,
    declineReasonText: null,
    declineMessage: null,
    openToFutureRoles: null,
    withdrawnBy: null,
    withdrawalReason: null,
    withdrawalReasonText: null,
    withdrawalMessage: null,
    offeredAt: null,
    offerMessage: null,
    offerSalary: null,
    rejectionReason: null,
    rejectionReasonText: null,
    rejectionMessage: null,
    hiredAt: null,
    closedAt: null,
    clientSharingConsentAt: null,
    clientSharingConsentWithdrawnAt: null,
    createdAt: new Date(cast.proposedAt),
    updatedAt: new Date(cast.proposedAt),
    version: 0,
  };
  const interviews: Prisma.InterviewCreateManyInput[] = [];
  let clock = cast.proposedAt;
  let eventCount = 0;

  function record(at: number, event: { action: string; party: Party | null; from?: string | null; to?: string | null; interviewId?: string; reason?: string | null; reasonText?: string | null; message?: string | null; notice?: number | null; isLate?: boolean | null }) {
    clock = Math.max(clock, at);
    rows.events.push({
      id: seedUuid('scale', 'activity-event', key, eventCount++),
      agencyId: options.agencyId,
      proposalId,
      interviewId: event.interviewId ?? null,
      actorKind: event.party === null ? 'SYSTEM' : 'USER',
      actorUserId: event.party === null ? null : recruiter.id,
      actorApiKeyId: null,
      actorParty: event.party,
      action: event.action,
      fromStatus: event.from ?? null,
      toStatus: event.to ?? null,
      reason: event.reason ?? null,
      reasonText: event.reasonText ?? null,
      message: event.message ?? null,
      noticeGivenMinutes: event.notice ?? null,
      isLate: event.isLate ?? null,
      createdAt: new Date(at),
    });
  }
  function move(at: number, to: ProposalStatus, party: Party | null, extra: Omit<Parameters<typeof record>[1], 'action' | 'party' | 'from' | 'to'> = {}, action = to.toLowerCase()) {
    const from = proposal.status!;
    proposal.status = to;
    proposal.updatedAt = new Date(at);
    proposal.version = (proposal.version ?? 0) + 1;
    if (['HIRED', 'DECLINED', 'WITHDRAWN', 'REJECTED', 'EXPIRED'].includes(to)) proposal.closedAt = new Date(at);
    record(at, { action: `proposal.${action}`, party, from, to, ...extra });
  }
  function moveInterview(interview: Prisma.InterviewCreateManyInput, at: number, to: InterviewStatus) {
    const from = interview.status!;
    interview.status = to;
    interview.updatedAt = new Date(at);
    interview.version = (interview.version ?? 0) + 1;
    return from;
  }
  /** A step `days` (fractional) after `from`, or null when it would be after the limit: it has not happened (yet). */
  const after = (from: number, minDays: number, maxDays: number): number | null => {
    const at = from + (minDays + random.next() * (maxDays - minDays)) * DAY;
    return at <= limit ? Math.round(at / 1000) * 1000 : null;
  };

  function schedule(at: number): Prisma.InterviewCreateManyInput {
    const n = interviews.length;
    const id = seedUuid('scale', 'interview', key, n);
    const day = Math.floor((at + random.int(2, 10) * DAY) / DAY) * DAY;
    const startsAt = day + random.int(8, 16) * HOUR + random.pick([0, 30]) * MINUTE;
    const format: InterviewFormat = random.chance(0.7) ? 'VIDEO' : random.chance(0.6) ? 'ONSITE' : 'PHONE';
    const interview: Prisma.InterviewCreateManyInput = {
      id,
      agencyId: options.agencyId,
      proposalId,
      slotId: null,
      status: 'SCHEDULED',
      startsAt: new Date(startsAt),
      endsAt: new Date(startsAt + (n === 0 ? 45 : 90) * MINUTE),
      timeZone: job.row.timeZone,
      format,
      location: format === 'ONSITE' ? `${options.companyName}, ${job.row.city}` : format === 'PHONE' ? '+1 555 0100' : `https://meet.example.com/${id.slice(0, 8)}`,
      rescheduledFromId: null,
      rescheduleRequestedBy: null,
      rescheduleReason: null,
      cancelledBy: null,
      cancellationReason: null,
      cancellationReasonText: null,
      cancellationMessage: null,
      cancelledAt: null,
      noticeGivenMinutes: null,
      isLateCancellation: null,
      noShowParty: null,
      noShowNote: null,
      completedAt: null,
      createdAt: new Date(at),
      updatedAt: new Date(at),
      version: 0,
    };
    interviews.push(interview);
    record(at, { action: 'interview.scheduled', party: 'RECRUITER', from: null, to: 'SCHEDULED', interviewId: id });
    if (proposal.status === 'ACCEPTED') move(at + 1000, 'INTERVIEWING', 'RECRUITER', { interviewId: id });
    return interview;
  }
  function cancel(interview: Prisma.InterviewCreateManyInput, at: number, by: Party, reason: CancellationReason, message: string) {
    const from = moveInterview(interview, at, 'CANCELLED');
    const notice = Math.round(((interview.startsAt as Date).getTime() - at) / MINUTE);
    const isLate = notice < DEFAULT_LATE_NOTICE_MINUTES;
    Object.assign(interview, { cancelledBy: by, cancellationReason: reason, cancelledAt: new Date(at), cancellationMessage: message, noticeGivenMinutes: notice, isLateCancellation: isLate });
    record(at, { action: 'interview.cancelled', party: by, from, to: 'CANCELLED', interviewId: interview.id!, reason, message, notice, isLate });
  }
  const decline = (at: number, reasons: ReadonlyArray<readonly [DeclineReason, number]>) => {
    const reason = random.weighted(reasons);
    const isOffer = proposal.status === 'OFFERED';
    const openToFutureRoles = reason !== 'STAYING_IN_CURRENT_ROLE' && random.chance(0.85);
    const message = composePoliteMessage(isOffer ? 'declineOffer' : 'decline', { ...words, reason, isOpenToFutureRoles: openToFutureRoles });
    Object.assign(proposal, { declineReason: reason, declineReasonText: reason === 'OTHER' ? OTHER_TEXT : null, declineMessage: message, openToFutureRoles, respondedAt: proposal.respondedAt ?? new Date(at) });
    move(at, 'DECLINED', 'CANDIDATE', { reason, reasonText: proposal.declineReasonText as string | null, message });
  };
  const withdraw = (at: number, by: 'CANDIDATE' | 'RECRUITER', reason: WithdrawalReason) => {
    const message = composePoliteMessage(by === 'CANDIDATE' ? 'withdrawByCandidate' : 'withdrawByRecruiter', { ...words, reason });
    Object.assign(proposal, { withdrawnBy: by, withdrawalReason: reason, withdrawalMessage: message });
    move(at, 'WITHDRAWN', by, { reason, message });
  };
  const reject = (at: number, reason: RejectionReason, otherText = 'The client went with an internal candidate') => {
    const message = composePoliteMessage('reject', { ...words, reason });
    Object.assign(proposal, { rejectionReason: reason, rejectionReasonText: reason === 'OTHER' ? otherText : null, rejectionMessage: message });
    move(at, 'REJECTED', 'CLIENT', { reason, reasonText: proposal.rejectionReasonText as string | null, message });
  };

  // The better the match, the likelier each step forward: a score of 50 answers yes half the time, 90 three times in four.
  const fit = Math.min(1, Math.max(0, (match.score - 30) / 60));
  let hiredAt: number | null = null;
  record(cast.proposedAt, { action: 'proposal.proposed', party: 'RECRUITER', from: null, to: 'PROPOSED', message: proposal.message as string });

  play: {
    if (random.chance(0.12)) {
      // No answer: the proposal expires a few minutes after its respond-by (the expiry sweep's pace).
      const expiresAt = (proposal.respondBy as Date).getTime() + 5 * MINUTE;
      if (expiresAt <= limit) move(expiresAt, 'EXPIRED', null);
      break play;
    }
    const answeredAt = after(cast.proposedAt, 0.05, 6);
    if (answeredAt === null) break play;
    if (!random.chance(0.35 + 0.4 * fit)) {
      decline(answeredAt, DECLINE_REASONS);
      break play;
    }
    proposal.respondedAt = new Date(answeredAt);
    proposal.clientSharingConsentAt = new Date(answeredAt);
    move(answeredAt, 'ACCEPTED', 'CANDIDATE');

    // The client reads the profile: most get an interview, some are turned down, a few candidates move on.
    const screenedAt = after(answeredAt, 0.5, 5);
    if (screenedAt === null) break play;
    const screening = random.next();
    if (screening < 0.14 - 0.06 * fit) {
      reject(screenedAt, random.weighted(REJECTIONS_BEFORE_INTERVIEW));
      break play;
    }
    if (screening > 0.95) {
      withdraw(screenedAt, 'CANDIDATE', random.weighted(CANDIDATE_WITHDRAWALS));
      break play;
    }

    let at = screenedAt;
    let round = 0;
    let offered = false;
    while (!offered) {
      const interview = schedule(at);
      const startsAt = (interview.startsAt as Date).getTime();
      const endsAt = (interview.endsAt as Date).getTime();
      const roll = random.next();
      if (roll < 0.08) {
        // Cancelled: by the candidate most often, sometimes at short notice; then usually set again.
        const by: Party = random.weighted([['CANDIDATE', 55], ['CLIENT', 35], ['RECRUITER', 10]]);
        const notice = random.chance(0.3) ? random.int(60, 23 * 60) : random.int(25 * 60, 5 * 24 * 60);
        const cancelledAt = Math.max(at + 1000, startsAt - notice * MINUTE);
        if (cancelledAt > limit) break play;
        const reason = by === 'CANDIDATE' ? random.weighted(CANDIDATE_CANCELLATIONS) : by === 'CLIENT' ? 'INTERVIEWER_UNAVAILABLE' : 'SCHEDULE_CONFLICT';
        cancel(interview, cancelledAt, by, reason, by === 'CANDIDATE' ? composePoliteMessage('cancel', { ...words, reason }) : 'Sorry, we need to cancel this interview; we will be in touch about a new time.');
        if (reason === 'NO_LONGER_INTERESTED' || reason === 'ACCEPTED_ANOTHER_OFFER') {
          const withdrawnAt = after(cancelledAt, 0, 0.1);
          if (withdrawnAt !== null) withdraw(withdrawnAt, 'CANDIDATE', reason === 'ACCEPTED_ANOTHER_OFFER' ? 'ACCEPTED_ANOTHER_OFFER' : 'ROLE_NOT_A_FIT');
          break play;
        }
        const again = after(cancelledAt, 0.2, 3);
        if (again === null) break play;
        at = again;
        continue;
      }
      if (roll < 0.12) {
        // A no-show, recorded 20 minutes after the start.
        const party: Party = random.chance(0.6) ? 'CANDIDATE' : 'CLIENT';
        const recordedAt = startsAt + 20 * MINUTE;
        if (recordedAt > limit) break play;
        const from = moveInterview(interview, recordedAt, 'NO_SHOW');
        interview.noShowParty = party;
        interview.noShowNote = party === 'CANDIDATE' ? 'The candidate did not join and did not answer two calls.' : 'The interviewer did not join; the candidate waited 20 minutes.';
        record(recordedAt, { action: 'interview.no_show', party: 'RECRUITER', from, to: 'NO_SHOW', interviewId: interview.id!, reason: party });
        const next = after(recordedAt, 0.2, 3);
        if (next === null) break play;
        if (party === 'CANDIDATE' && random.chance(0.6)) {
          reject(next, 'OTHER', 'Did not attend the interview');
          break play;
        }
        at = next;
        continue;
      }
      if (endsAt > limit) break play;
      moveInterview(interview, endsAt, 'COMPLETED');
      interview.completedAt = new Date(endsAt);
      record(endsAt, { action: 'interview.completed', party: 'RECRUITER', from: 'SCHEDULED', to: 'COMPLETED', interviewId: interview.id! });
      round++;

      const decidedAt = after(endsAt, 0.5, 6);
      if (decidedAt === null) break play;
      const decision = random.next();
      const offerShare = round === 1 ? 0.08 + 0.1 * fit : 0.3 + 0.3 * fit;
      const nextRoundShare = round === 1 ? 0.4 : round === 2 ? 0.1 : 0;
      if (decision < 0.05) {
        withdraw(decidedAt, 'CANDIDATE', random.weighted(CANDIDATE_WITHDRAWALS));
        break play;
      }
      if (decision < 0.05 + offerShare) {
        offered = true;
        at = decidedAt;
      } else if (decision < 0.05 + offerShare + nextRoundShare) {
        at = decidedAt;
      } else {
        reject(decidedAt, random.weighted(REJECTIONS_AFTER_INTERVIEW));
        break play;
      }
    }

    const salaryMin = job.row.salaryMin ?? null;
    const salaryMax = job.row.salaryMax ?? null;
    const salary = salaryMin === null ? null : Math.round((salaryMax === null ? salaryMin : salaryMin + (salaryMax - salaryMin) * random.next()) / 1000) * 1000;
    const offerMessage = `Great news: ${options.companyName} would like to offer you the role${salary ? ` at ${salary.toLocaleString('en-US')} ${job.row.currency} a year` : ''}. The written offer is on its way.`;
    Object.assign(proposal, { offeredAt: new Date(at), offerMessage, offerSalary: salary });
    move(at, 'OFFERED', 'CLIENT', { message: offerMessage }, 'offered');

    const answeredOfferAt = after(at, 0.5, 7);
    if (answeredOfferAt === null) break play;
    const answer = random.next();
    const openings = job.row.openings ?? 1;
    if (answer < 0.72) {
      if (cast.hiredAt !== null) {
        // Already hired through another proposal: one accepted offer at a time.
        decline(answeredOfferAt, [['ACCEPTED_ANOTHER_OFFER', 1]]);
      } else if ((hires.get(job.row.id!) ?? 0) >= openings) {
        reject(answeredOfferAt, 'POSITION_FILLED');
      } else {
        hires.set(job.row.id!, (hires.get(job.row.id!) ?? 0) + 1);
        proposal.hiredAt = new Date(answeredOfferAt);
        move(answeredOfferAt, 'HIRED', 'CANDIDATE', {}, 'hired');
        hiredAt = answeredOfferAt;
      }
    } else if (answer < 0.92) {
      decline(answeredOfferAt, OFFER_DECLINE_REASONS);
    } else {
      withdraw(answeredOfferAt, 'CANDIDATE', random.weighted(CANDIDATE_WITHDRAWALS));
    }
  }

  // A job that closed while the proposal was open: its interviews still ahead are called off and the recruiter
  // withdraws the proposal, saying why.
  const isOpen = ['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED'].includes(proposal.status!);
  if (isOpen && !jobOpen && cast.closesAt <= nowMs) {
    const at = Math.max(clock + 1000, cast.closesAt);
    const reason: WithdrawalReason = job.row.status === 'FILLED' ? 'POSITION_FILLED' : 'POSITION_CANCELLED';
    for (const interview of interviews) {
      if (interview.status === 'SCHEDULED' && (interview.startsAt as Date).getTime() > at) {
        cancel(interview, at, 'CLIENT', reason, 'Sorry, the client has stopped hiring for this role, so this interview is called off.');
      }
    }
    if (proposal.status === 'PROPOSED' && (proposal.respondBy as Date).getTime() <= at) {
      move((proposal.respondBy as Date).getTime() + 5 * MINUTE, 'EXPIRED', null);
    } else {
      withdraw(at + 1000, 'RECRUITER', reason);
    }
  }
  rows.proposals.push(proposal);
  rows.interviews.push(...interviews);
  return { hiredAt };
}

/**
 * When a job that is no longer open stopped hiring: some time after it was published, before today; Infinity for an
 * open job. Drawn from the job's own stream, so it depends on the job alone.
 */
function jobClosingTime(job: ScaleJob, options: ScalePipelineOptions): number {
  if (job.row.status === 'OPEN') return Number.POSITIVE_INFINITY;
  const random = createRandom(options.seed).fork(`job-closing:${job.index}`);
  const published = (job.row.publishedAt as Date).getTime();
  const latest = options.day0.getTime() - DAY;
  if (latest <= published) return published + HOUR;
  return published + Math.min(latest - published, (20 + random.next() * 100) * DAY);
}

/** Mostly within the job's first weeks (about 20 days on average), never past `until`. */
function proposalTime(random: Random, from: number, until: number): number {
  const delay = -Math.log(1 - random.next()) * 20 * DAY;
  const at = from + delay < until ? from + delay : from + random.next() * (until - from);
  return Math.round(at / 1000) * 1000;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The job as the matching engine reads it, as the API's toJobProfile makes it from the row. */
function jobProfile(job: ScaleJob): JobProfile {
  const { row } = job;
  // A skill listed twice (a family skill that is also the stack's) is stored once, the first time: so here too.
  const unique = job.skills.filter((s, i) => job.skills.findIndex((t) => t.skillId === s.skillId) === i);
  const skills = [...unique].sort((a, b) => (a.requirement === b.requirement ? a.skillId.localeCompare(b.skillId) : a.requirement === 'MUST_HAVE' ? -1 : 1));
  return {
    id: row.id!,
    title: row.title,
    mustHave: skills.filter((s) => s.requirement === 'MUST_HAVE').map((s) => ({ skillId: s.skillId, minLevel: s.minLevel ?? 3 })),
    niceToHave: skills.filter((s) => s.requirement === 'NICE_TO_HAVE').map((s) => ({ skillId: s.skillId, weight: s.weight ?? 3 })),
    seniority: row.seniority!,
    minYearsExperience: row.minYearsExperience ?? 0,
    salaryMin: row.salaryMin ?? null,
    salaryMax: row.salaryMax ?? null,
    currency: row.currency!,
    remotePolicy: row.remotePolicy!,
    city: row.city ?? null,
    country: row.country!,
    timeZone: row.timeZone!,
    minTimeZoneOverlapHours: row.minTimeZoneOverlapHours ?? null,
    employmentType: row.employmentType!,
    startDate: (row.startDate as Date | null | undefined) ?? null,
  };
}

/** The candidate as the matching engine reads it, as the API's toCandidateProfile makes it from the row. */
function candidateProfile(candidate: ScaleCandidate): CandidateProfile {
  const { row } = candidate;
  return {
    id: row.id!,
    skills: [...candidate.skills]
      .sort((a, b) => a.skillId.localeCompare(b.skillId))
      .map((s) => ({ skillId: s.skillId, level: s.level, years: s.years ?? 0, lastUsedYear: s.lastUsedYear ?? null })),
    yearsExperience: row.yearsExperience ?? 0,
    seniority: row.seniority!,
    city: row.city ?? null,
    country: row.country!,
    timeZone: row.timeZone!,
    preferences: {
      minSalary: row.minSalary ?? null,
      currency: row.salaryCurrency!,
      remotePreference: row.remotePreference!,
      preferredLocations: (row.preferredLocations as string[] | undefined) ?? [],
      willingToRelocate: row.willingToRelocate ?? false,
      employmentTypes: (row.employmentTypes as CandidateProfile['preferences']['employmentTypes'] | undefined) ?? [],
      earliestStart: (row.earliestStart as Date | null | undefined) ?? null,
      noticePeriodDays: row.noticePeriodDays ?? 0,
      targetOpportunities: row.targetOpportunities ?? 3,
    },
  };
}
