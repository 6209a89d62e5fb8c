import type { InterviewStatus, ProposalStatus } from '../../gql/graphql';

let sequence = 0;
const nextId = (prefix: string) => {
  sequence += 1;
  return `${prefix}-${sequence}`;
};

const HOUR_MS = 3_600_000;
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR_MS).toISOString();

type EventOptions = {
  action: string;
  createdAt?: string;
  actor?: { name: string; party: 'CANDIDATE' | 'RECRUITER' | 'CLIENT' | null; kind?: 'USER' | 'API_KEY' | 'SYSTEM' };
  fromProposalStatus?: ProposalStatus | null;
  toProposalStatus?: ProposalStatus | null;
  reason?: string | null;
  reasonLabel?: string | null;
  reasonText?: string | null;
  message?: string | null;
  noticeGivenMinutes?: number | null;
  isLate?: boolean | null;
  interview?: { id: string; startsAt: string; noticeDescription?: string } | null;
};

export const RILEY = { name: 'Riley Chen', party: 'RECRUITER' as const };
export const SAM = { name: 'Sam Okafor', party: 'CANDIDATE' as const };

export function buildEvent(options: EventOptions) {
  const interview = options.interview ?? null;
  return {
    __typename: 'ActivityEvent' as const,
    action: options.action,
    createdAt: options.createdAt ?? '2026-11-20T09:00:00.000Z',
    fromProposalStatus: options.fromProposalStatus ?? null,
    toProposalStatus: options.toProposalStatus ?? null,
    reason: options.reason ?? null,
    reasonLabel: options.reasonLabel ?? null,
    reasonText: options.reasonText ?? null,
    message: options.message ?? null,
    noticeGivenMinutes: options.noticeGivenMinutes ?? null,
    isLate: options.isLate ?? null,
    actor: { __typename: 'ActivityActor' as const, kind: 'USER' as const, ...(options.actor ?? RILEY) },
    interview: interview && {
      __typename: 'Interview' as const,
      id: interview.id,
      startsAt: interview.startsAt,
      cancellation: interview.noticeDescription
        ? { __typename: 'InterviewCancellation' as const, noticeDescription: interview.noticeDescription }
        : null,
    },
  };
}

type InterviewOptions = {
  id?: string;
  status?: InterviewStatus;
  startsAt?: string;
  minutes?: number;
  timeZone?: string;
  cancellation?: {
    by: 'CANDIDATE' | 'RECRUITER' | 'CLIENT';
    reasonLabel: string;
    message: string;
    isLate: boolean;
    noticeDescription: string;
  } | null;
};

export function buildInterview(options: InterviewOptions = {}) {
  const startsAt = options.startsAt ?? hoursFromNow(48);
  return {
    __typename: 'Interview' as const,
    id: options.id ?? nextId('interview'),
    status: options.status ?? 'SCHEDULED',
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + (options.minutes ?? 60) * 60_000).toISOString(),
    timeZone: options.timeZone ?? 'Europe/London',
    format: 'VIDEO' as const,
    location: 'https://meet.example.test/abc',
    completedAt: null,
    noShowParty: null,
    noShowNote: null,
    noShowContest: null,
    reflection: null,
    clientFeedback: null,
    cancellation: options.cancellation
      ? { __typename: 'InterviewCancellation' as const, reasonText: null, ...options.cancellation }
      : null,
    rescheduleRequest: null,
    rescheduledTo: null,
    rescheduledFrom: null,
  };
}

type ProposalOptions = {
  id?: string;
  status?: ProposalStatus;
  respondBy?: string;
  interviews?: Array<ReturnType<typeof buildInterview>>;
  history?: Array<ReturnType<typeof buildEvent>>;
  offer?: { at: string; salary: number | null; message: string | null } | null;
  /** The candidate's accepted offer elsewhere (HIRED there). */
  acceptedOfferElsewhere?: { id: string; jobTitle: string; companyName: string } | null;
  decline?: { at: string; reasonLabel: string; isOpenToFutureRoles: boolean | null } | null;
};

/** The whole answer to RecruiterProposalPage_Query for one proposal of Sam Okafor's. */
export function buildProposalPageData(options: ProposalOptions = {}) {
  return {
    me: {
      __typename: 'User' as const,
      id: 'user-riley',
      name: 'Riley Chen',
      timeZone: 'Europe/London',
      agency: {
        __typename: 'Agency' as const,
        name: 'Northwind Talent',
        cancellationPolicy: { __typename: 'CancellationPolicy' as const, lateNoticeMinutes: 1440, noShowGraceMinutes: 15 },
      },
    },
    node: {
      __typename: 'Proposal' as const,
      id: options.id ?? 'proposal-1',
      status: options.status ?? 'INTERVIEWING',
      message: 'Hi Sam,\n\nI think the Senior Data Engineer role at Orchid Pay could be a great next step for you.',
      respondBy: options.respondBy ?? hoursFromNow(24 * 5),
      createdAt: '2026-11-20T09:00:00.000Z',
      recruiterName: 'Riley Chen',
      job: {
        __typename: 'Job' as const,
        id: 'job-1',
        title: 'Senior Data Engineer',
        clientCompany: { __typename: 'ClientCompany' as const, name: 'Orchid Pay' },
        salary: { __typename: 'SalaryBand' as const, currency: 'GBP' },
      },
      candidate: { __typename: 'Candidate' as const, id: 'candidate-sam', fullName: 'Sam Okafor', timeZone: 'Europe/Berlin' },
      match: {
        __typename: 'ProposalMatch' as const,
        score: 82.4,
        forwardScore: 88,
        reverseScore: 71.5,
        blockers: [],
      },
      offer: options.offer ? { __typename: 'ProposalOffer' as const, ...options.offer } : null,
      acceptedOfferElsewhere: options.acceptedOfferElsewhere
        ? {
            __typename: 'Proposal' as const,
            id: options.acceptedOfferElsewhere.id,
            job: {
              __typename: 'Job' as const,
              id: `job-of-${options.acceptedOfferElsewhere.id}`,
              title: options.acceptedOfferElsewhere.jobTitle,
              clientCompany: { __typename: 'ClientCompany' as const, name: options.acceptedOfferElsewhere.companyName },
            },
          }
        : null,
      decline: options.decline ? { __typename: 'ProposalDecline' as const, ...options.decline } : null,
      slots: [],
      interviews: options.interviews ?? [],
      history: options.history ?? [buildEvent({ action: 'proposal.proposed', toProposalStatus: 'PROPOSED', message: 'Hi Sam, have a look.' })],
    },
  };
}
