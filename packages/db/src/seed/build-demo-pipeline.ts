import type { SkillTaxonomy } from '@shortlist/domain/matching';
import type { JobStatus } from '../generated/prisma/enums.ts';
import type { DemoCandidate } from './build-demo-candidates.ts';
import type { DemoJob } from './build-demo-jobs.ts';
import { listWords, roundPay } from './build-demo-jobs.ts';
import type { AgencySlug, DemoOrganisations, DemoUser } from './build-demo-organisations.ts';
import { createProposalStory, atLocalHour, type PipelineRows, type ProposalStory, type StoryCast, type StoryContext } from './create-proposal-story.ts';
import { DAY, HOUR, MINUTE, seedUuid, type Random } from './create-random.ts';
import { DECLINES, NEW_TIME_REASONS, REJECTIONS } from './demo-messages.ts';

export interface DemoPipeline extends PipelineRows {
  /** Logins for the candidates who answer proposals themselves. */
  candidateUsers: DemoUser[];
}

/** What a scenario may use: the story to drive, day-relative times and the cast. */
interface Scene {
  story: ProposalStory;
  cast: StoryCast;
  random: Random;
  /** The day (relative to today) the proposal was made. */
  proposedDay: number;
  /** An instant `days` after the start of today (UTC), at `hour` UTC. */
  day(days: number, hour?: number): Date;
  /** An instant `days` after today at a wall-clock hour in the job's zone: interviews are set in it. */
  local(days: number, hour: number): Date;
}

interface Scenario {
  /** Days before today the proposal is made; negative. */
  proposedDay: number;
  /** The job statuses a story like this can happen on. */
  jobStatuses: readonly JobStatus[];
  play(scene: Scene): void;
}

const ACTIVE: readonly JobStatus[] = ['OPEN'];
const ANY_PUBLISHED: readonly JobStatus[] = ['OPEN', 'ON_HOLD', 'CLOSED', 'FILLED'];

/** Every lifecycle path of PRODUCT.md, as a short story in time order. */
const SCENARIOS = {
  proposed: {
    proposedDay: -3, jobStatuses: ACTIVE,
    play: ({ story, local }) => void story.offerSlots([local(4, 10), local(5, 14), local(6, 11)]),
  },
  proposedPastRespondBy: { proposedDay: -10, jobStatuses: ACTIVE, play: () => {} },
  expired: { proposedDay: -16, jobStatuses: ANY_PUBLISHED, play: ({ story }) => story.expire() },
  accepted: { proposedDay: -3, jobStatuses: ACTIVE, play: ({ story, day }) => story.accept(day(-2, 9)) },
  interviewing: {
    proposedDay: -6, jobStatuses: ACTIVE,
    play: ({ story, day, local, random }) => {
      story.accept(day(-5, 10));
      story.schedule(day(-5, 13), local(random.int(2, 6), random.pick([10, 11, 14, 15])));
    },
  },
  secondRound: {
    proposedDay: -15, jobStatuses: ACTIVE,
    play: ({ story, day, local }) => {
      story.accept(day(-14, 10));
      const first = story.schedule(day(-14, 12), local(-9, 10));
      story.complete(first);
      story.schedule(day(-7, 11), local(3, 14), { minutes: 90, format: 'ONSITE' });
    },
  },
  rescheduled: {
    proposedDay: -10, jobStatuses: ACTIVE,
    play: ({ story, day, local, random, cast }) => {
      story.accept(day(-9, 10));
      const first = story.schedule(day(-9, 12), local(2, 10));
      const by = random.pick(['CLIENT', 'CANDIDATE'] as const);
      story.requestNewTime(first, day(-1, 9), by, by === 'CLIENT' ? NEW_TIME_REASONS[0] : NEW_TIME_REASONS[2]);
      story.schedule(day(-1, 11), local(5, 15), { rescheduledFromId: first, format: cast.job.profile.remotePolicy === 'ONSITE' ? 'ONSITE' : 'VIDEO' });
    },
  },
  lateCancellation: {
    proposedDay: -9, jobStatuses: ACTIVE,
    play: ({ story, day, local }) => {
      story.accept(day(-8, 10));
      const first = story.schedule(day(-8, 12), local(-3, 14));
      const startsAt = local(-3, 14);
      story.cancel(first, new Date(startsAt.getTime() - 3 * HOUR), 'CANDIDATE', {
        reason: 'ILLNESS_OR_EMERGENCY',
        message: 'I am so sorry for the short notice: my child is unwell and I need to collect them from school. Could we find another time?',
      });
      story.schedule(day(-2, 10), local(4, 14));
    },
  },
  cancelledWithNotice: {
    proposedDay: -20, jobStatuses: ['CLOSED', 'ON_HOLD'],
    play: ({ story, day, local }) => {
      story.accept(day(-19, 10));
      const first = story.schedule(day(-19, 12), local(-6, 10));
      story.cancel(first, day(-10, 9), 'CLIENT', {
        reason: 'POSITION_CANCELLED',
        message: 'We are sorry to cancel: the client has paused this hire after a budget review. Thank you for your flexibility.',
      });
      story.withdraw(day(-10, 10), 'RECRUITER', {
        reason: 'POSITION_CANCELLED',
        message: 'The client has put this role on hold, so I am withdrawing the proposal for now. I will keep you in mind for similar roles.',
      });
    },
  },
  candidateNoShow: {
    proposedDay: -16, jobStatuses: ANY_PUBLISHED,
    play: ({ story, day, local }) => {
      story.accept(day(-15, 10));
      const first = story.schedule(day(-15, 12), local(-8, 10));
      story.noShow(first, 'CANDIDATE');
      story.reject(day(-6, 10), {
        reason: 'OTHER',
        reasonText: 'Did not attend the interview',
        message: 'The client has decided not to continue after the missed interview. If something went wrong on the day, please let me know.',
      });
    },
  },
  clientNoShow: {
    proposedDay: -12, jobStatuses: ACTIVE,
    play: ({ story, day, local }) => {
      story.accept(day(-11, 10));
      const first = story.schedule(day(-11, 12), local(-4, 14));
      story.noShow(first, 'CLIENT');
      story.schedule(day(-2, 9), local(3, 10));
    },
  },
  offered: {
    proposedDay: -24, jobStatuses: ACTIVE,
    play: (scene) => playToOffer(scene, -3),
  },
  hired: {
    proposedDay: -40, jobStatuses: ['FILLED'],
    play: (scene) => {
      playToOffer(scene, -22);
      scene.story.hire(scene.day(-19, 15));
    },
  },
  declined: {
    proposedDay: -8, jobStatuses: ANY_PUBLISHED,
    play: ({ story, day, random }) => story.decline(day(-7, random.int(8, 18)), random.pick(DECLINES)),
  },
  offerDeclined: {
    proposedDay: -30, jobStatuses: ANY_PUBLISHED,
    play: (scene) => {
      playToOffer(scene, -8);
      scene.story.decline(scene.day(-6, 16), {
        reason: 'ACCEPTED_ANOTHER_OFFER',
        message: 'Thank you so much for the offer and for everyone\'s time. I have accepted another offer that is closer to home, so I must decline.',
        openToFutureRoles: true,
      });
    },
  },
  withdrawnByCandidate: {
    proposedDay: -15, jobStatuses: ANY_PUBLISHED,
    play: ({ story, day, local }) => {
      story.accept(day(-14, 10));
      const interview = story.schedule(day(-14, 12), local(3, 10));
      const message = 'I have accepted another offer, so I am withdrawing. Thank you for your help, and please pass my thanks to the team.';
      story.cancel(interview, day(-1, 9), 'CANDIDATE', { reason: 'ACCEPTED_ANOTHER_OFFER', message });
      story.withdraw(day(-1, 10), 'CANDIDATE', { reason: 'ACCEPTED_ANOTHER_OFFER', message });
    },
  },
  withdrawnByRecruiter: {
    proposedDay: -9, jobStatuses: ['FILLED', 'CLOSED', 'ON_HOLD'],
    play: ({ story, day, cast }) => {
      const filled = cast.job.status === 'FILLED';
      story.withdraw(day(-4, 11), 'RECRUITER', {
        reason: filled ? 'POSITION_FILLED' : 'POSITION_CANCELLED',
        message: filled
          ? 'The client has filled this role, so I am withdrawing the proposal. Thank you for your interest; I will be in touch about similar roles.'
          : 'The client has stopped hiring for this role for now, so I am withdrawing the proposal. Sorry for the change of plans.',
      });
    },
  },
  rejected: {
    proposedDay: -18, jobStatuses: ANY_PUBLISHED,
    play: ({ story, day, local, random }) => {
      story.accept(day(-17, 10));
      const first = story.schedule(day(-17, 12), local(-11, 14));
      story.complete(first);
      story.reject(day(-8, 10), random.pick(REJECTIONS));
    },
  },
} satisfies Record<string, Scenario>;

type ScenarioName = keyof typeof SCENARIOS;

/** Accepted, two interviews completed, an offer on `offerDay` at the middle of the band. */
function playToOffer({ story, day, local, cast, proposedDay: proposed }: Scene, offerDay: number) {
  story.accept(day(proposed + 1, 10));
  const first = story.schedule(day(proposed + 1, 12), local(proposed + 5, 10));
  story.complete(first);
  const second = story.schedule(day(proposed + 6, 11), local(offerDay - 4, 14), { minutes: 90, format: 'ONSITE' });
  story.complete(second);
  const { salaryMin, salaryMax, currency } = cast.job.profile;
  const salary = salaryMin === null ? null : roundPay(salaryMax === null ? salaryMin * 1.05 : (salaryMin + salaryMax) / 2);
  story.offer(day(offerDay, 15), salary,
    `Great news: ${cast.job.company.template.name} would like to offer you the role${salary ? ` at ${salary.toLocaleString('en-US')} ${currency} a year` : ''}. The written offer is on its way.`);
}

/** How often each path appears beyond its guaranteed one. */
const WEIGHTS: Record<ScenarioName, number> = {
  proposed: 20, proposedPastRespondBy: 4, expired: 6, accepted: 8, interviewing: 12, secondRound: 6, rescheduled: 3,
  lateCancellation: 3, cancelledWithNotice: 2, candidateNoShow: 2, clientNoShow: 2, offered: 4, hired: 4, declined: 10,
  offerDeclined: 2, withdrawnByCandidate: 4, withdrawnByRecruiter: 4, rejected: 6,
};

const PROPOSALS: Record<AgencySlug, number> = { northwind: 140, 'harbor-finch': 35 };

/** The demo candidate's five proposals, on the five featured jobs, in the order buildDemoJobs makes them. */
const DEMO_STORIES: ReadonlyArray<{ scenario: ScenarioName; proposedDay: number; play?: (scene: Scene) => void }> = [
  { scenario: 'proposed', proposedDay: -4, play: ({ story, local }) => void story.offerSlots([local(4, 10), local(5, 14), local(6, 11)]) },
  {
    scenario: 'interviewing', proposedDay: -6,
    play: ({ story, day, local }) => {
      const slots = story.offerSlots([local(2, 10), local(3, 15), local(5, 11)]);
      story.accept(day(-5, 8));
      story.schedule(day(-5, 9), local(2, 10), { slotId: slots[0]!, format: 'VIDEO' });
    },
  },
  { scenario: 'offered', proposedDay: -24 },
  {
    scenario: 'declined', proposedDay: -9,
    play: ({ story, day }) =>
      story.decline(day(-8, 18), {
        reason: 'LOCATION_OR_COMMUTE',
        message: 'Thank you, Riley. The team sounds great, but moving to Singapore is not possible for me right now. I would love to hear about remote or Berlin-based roles.',
        openToFutureRoles: true,
      }),
  },
  { scenario: 'proposedPastRespondBy', proposedDay: -10 },
];

/**
 * Proposals, slots, interviews, history and notifications for both agencies: the demo candidate's five, one of
 * every path per agency, then weighted random ones. A proposal pairs a job and a candidate of one agency, at
 * most once, and a candidate is in at most two stories besides the demo candidate.
 */
export function buildDemoPipeline(
  random: Random,
  day0: Date,
  orgs: DemoOrganisations,
  jobs: DemoJob[],
  candidates: DemoCandidate[],
  taxonomy: SkillTaxonomy,
  staffNames: Map<string, string>,
): DemoPipeline {
  const pipeline: DemoPipeline = { candidateUsers: [], proposals: [], slots: [], interviews: [], events: [], notifications: [] };
  const pairs = new Set<string>();
  const storiesOf = new Map<string, number>();
  let count = 0;

  const play = (
    scenarioName: ScenarioName,
    job: DemoJob,
    candidate: DemoCandidate,
    override?: { proposedDay: number; proposedHour?: number; play?: (scene: Scene) => void },
  ) => {
    const scenario: Scenario = SCENARIOS[scenarioName];
    const ctx: StoryContext = { rows: pipeline, random, day0, taxonomy, lateNoticeMinutes: orgs.bySlug[job.agency].lateNoticeMinutes };
    const recruiterId = job.recruiterId;
    const cast: StoryCast = {
      key: `${job.agency}:${count++}`,
      job,
      candidate,
      candidateUserId: ensureLogin(candidate),
      recruiterId,
      recruiterFirstName: staffNames.get(recruiterId)!.split(' ')[0]!,
    };
    const proposedDay = override?.proposedDay ?? scenario.proposedDay - random.int(0, 2);
    const day = (days: number, hour = 9) => new Date(day0.getTime() + days * DAY + hour * HOUR);
    const proposedAt =
      override?.proposedHour === undefined
        ? new Date(day(proposedDay, random.int(8, 16)).getTime() + random.int(0, 3) * 15 * MINUTE)
        : day(proposedDay, override.proposedHour);
    const story = createProposalStory(ctx, cast, proposedAt, proposalMessage(cast, taxonomy));
    const local = (days: number, hour: number) => atLocalHour(day(days), hour, job.profile.timeZone);
    // Random stories are proposed up to two days before their template; the later steps keep their days.
    (override?.play ?? scenario.play)({ story, cast, random, proposedDay, day, local });
    story.finish();
    pairs.add(`${job.id}:${candidate.id}`);
    storiesOf.set(candidate.id, (storiesOf.get(candidate.id) ?? 0) + 1);
  };

  const ensureLogin = (candidate: DemoCandidate): string => {
    if (candidate.row.userId) return candidate.row.userId;
    const id = seedUuid('user', candidate.row.email);
    pipeline.candidateUsers.push({
      id,
      agencyId: candidate.agencyId,
      email: candidate.row.email,
      name: candidate.fullName,
      role: 'CANDIDATE',
      timeZone: candidate.row.timeZone,
      createdAt: candidate.row.createdAt as Date,
    });
    candidate.row.userId = id;
    return id;
  };

  const demoCandidate = candidates.find((c) => c.row.userId === orgs.demoCandidateUserId)!;
  DEMO_STORIES.forEach((demo, i) => play(demo.scenario, jobs[i]!, demoCandidate, demo));

  for (const agency of ['northwind', 'harbor-finch'] as const) {
    const agencyJobs = jobs.filter((j) => j.agency === agency);
    const pool = candidates.filter((c) => c.agency === agency && c !== demoCandidate);
    const names = Object.keys(SCENARIOS) as ScenarioName[];
    const extra = PROPOSALS[agency] - names.length;
    const plan = [...names, ...Array.from({ length: extra }, () => random.weighted(names.map((n) => [n, WEIGHTS[n]] as const)))];
    for (const name of plan) {
      const pick = pickPair(random, SCENARIOS[name].jobStatuses, agencyJobs, pool, pairs, storiesOf);
      if (pick) play(name, pick.job, pick.candidate);
    }
  }

  // The demo recruiter's Today, whatever the hour: stories of their own played last, on a random of their own, so the
  // stories above stay as they were.
  const todayRandom = random.fork('recruiter-today');
  const rileysJobs = jobs.filter((j) => j.recruiterId === orgs.demoRecruiterId && j.status === 'OPEN');
  const rileysPool = candidates.filter((c) => c.agency === 'northwind' && c !== demoCandidate);
  for (const story of RECRUITER_TODAY) {
    const pick = pickPair(todayRandom, ACTIVE, rileysJobs, rileysPool, pairs, storiesOf);
    if (pick) play(story.scenario, pick.job, pick.candidate, story);
  }
  return pipeline;
}

/**
 * What needs the demo recruiter today, relative to the start of the UTC day so it holds at any hour: an interview
 * that ended yesterday and is not marked, a reschedule request with no new time yet, a proposal whose answer is due
 * by the end of today, and an interview the candidate cancelled yesterday at short notice.
 */
const RECRUITER_TODAY: ReadonlyArray<{ scenario: ScenarioName; proposedDay: number; proposedHour?: number; play: (scene: Scene) => void }> = [
  {
    scenario: 'interviewing', proposedDay: -7,
    play: ({ story, day, local }) => {
      story.accept(day(-6, 10));
      story.schedule(day(-6, 12), local(-1, 11));
    },
  },
  {
    scenario: 'rescheduled', proposedDay: -8,
    play: ({ story, day, local }) => {
      story.accept(day(-7, 10));
      const first = story.schedule(day(-7, 12), local(2, 10));
      story.requestNewTime(first, day(-1, 9), 'CANDIDATE', NEW_TIME_REASONS[2]!);
    },
  },
  {
    // Proposed six days ago at midnight: the week to answer ends at midnight tonight (UTC), within 24 hours at any hour.
    scenario: 'proposed', proposedDay: -6, proposedHour: 0,
    play: ({ story, local }) => void story.offerSlots([local(3, 10), local(4, 14)]),
  },
  {
    scenario: 'lateCancellation', proposedDay: -8,
    play: ({ story, day, local }) => {
      story.accept(day(-7, 10));
      const startsAt = local(-1, 15);
      const first = story.schedule(day(-7, 12), startsAt);
      story.cancel(first, new Date(startsAt.getTime() - 4 * HOUR), 'CANDIDATE', {
        reason: 'ILLNESS_OR_EMERGENCY',
        message: 'I am really sorry, I have come down with a fever this morning and cannot make it today. Could we find another time next week?',
      });
    },
  },
];

function pickPair(
  random: Random,
  statuses: readonly JobStatus[],
  jobs: DemoJob[],
  candidates: DemoCandidate[],
  pairs: Set<string>,
  storiesOf: Map<string, number>,
) {
  const eligibleJobs = jobs.filter((j) => statuses.includes(j.status));
  for (let attempt = 0; attempt < 12 && eligibleJobs.length > 0; attempt++) {
    const job = random.pick(eligibleJobs);
    const free = candidates.filter((c) => (storiesOf.get(c.id) ?? 0) < 2 && !pairs.has(`${job.id}:${c.id}`));
    // Recruiters propose people from the same family of roles, preferably on the same stack.
    const sameStack = free.filter((c) => c.stack === job.stack);
    const sameFamily = free.filter((c) => c.archetype === job.archetype);
    const choices = sameStack.length > 0 && random.chance(0.8) ? sameStack : sameFamily;
    if (choices.length > 0) return { job, candidate: random.pick(choices) };
  }
  return null;
}

function proposalMessage(cast: StoryCast, taxonomy: SkillTaxonomy): string {
  const strengths = cast.job.profile.mustHave
    .map((m) => cast.candidate.profile.skills.find((s) => s.skillId === m.skillId))
    .filter((s) => s !== undefined)
    .slice(0, 3)
    .map((s) => taxonomy.get(s.skillId)!.name);
  const why = strengths.length > 0 ? `your ${listWords(strengths)} experience lines up well with what the team needs` : 'your background is a close match for the team';
  return (
    `Hi ${cast.candidate.firstName}, I think the ${cast.job.title} role at ${cast.job.company.template.name} could be a great next step: ${why}. ` +
    `Happy to talk it through whenever suits you. ${cast.recruiterFirstName}`
  );
}
