import type { ProposalStatus } from '../../gql/graphql';

const HOUR = 3_600_000;
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** A proposal as CandidateProposalPage_Query returns it for the candidate, with sensible defaults. */
export function buildProposal(overrides: { status?: ProposalStatus; id?: string } & Record<string, unknown> = {}) {
  const id = overrides.id ?? 'proposal-1';
  return {
    __typename: 'Proposal' as const,
    id,
    status: 'PROPOSED' as ProposalStatus,
    version: 1,
    respondBy: hoursFromNow(24 * 3 + 1),
    closedAt: null,
    createdAt: hoursFromNow(-24),
    message: 'Hi Sam, I think the role could be a great next step. Riley',
    recruiterName: 'Riley Chen',
    clientSharingConsent: { __typename: 'ClientSharingConsent' as const, isGiven: false, givenAt: null, withdrawnAt: null },
    job: {
      __typename: 'Job' as const,
      id: 'job-1',
      title: 'Senior Backend Engineer (Go)',
      description: 'You will run the routing engine that plans 40,000 deliveries a day.\n\nThe team of six owns it end to end.',
      salary: { __typename: 'SalaryBand' as const, currency: 'EUR' },
      clientCompany: { __typename: 'ClientCompany' as const, name: 'Kestrel Logistics' },
    },
    interviews: [] as unknown[],
    slots: [
      {
        __typename: 'InterviewSlot' as const,
        id: 'slot-1',
        startsAt: '2030-01-14T09:00:00.000Z',
        endsAt: '2030-01-14T09:45:00.000Z',
        timeZone: 'Europe/London',
        format: 'VIDEO' as const,
        location: 'https://meet.example.com/abc',
        isTaken: false,
      },
      {
        __typename: 'InterviewSlot' as const,
        id: 'slot-2',
        startsAt: '2030-01-15T13:00:00.000Z',
        endsAt: '2030-01-15T13:45:00.000Z',
        timeZone: 'Europe/Berlin',
        format: 'ONSITE' as const,
        location: 'Kestrel HQ, Berlin',
        isTaken: false,
      },
      {
        __typename: 'InterviewSlot' as const,
        id: 'slot-3',
        startsAt: '2030-01-16T13:00:00.000Z',
        endsAt: '2030-01-16T13:45:00.000Z',
        timeZone: 'Europe/Berlin',
        format: 'PHONE' as const,
        location: null,
        isTaken: true,
      },
    ],
    match: {
      __typename: 'ProposalMatch' as const,
      score: 94,
      forwardScore: 90.7,
      reverseScore: 100,
      isBlocked: false,
      blockers: [],
      categories: [
        {
          __typename: 'ProposalMatchCategory' as const,
          name: 'Must-have skills',
          side: 'forward',
          score: 100,
          weight: 40,
          evidence: ['Has Go at level 4 for 8 years; the job needs level 3.'],
        },
      ],
    },
    offer: null,
    acceptedOfferElsewhere: null,
    decline: null,
    withdrawal: null,
    rejection: null,
    ...overrides,
  };
}

export const me = { __typename: 'User' as const, id: 'user-sam', name: 'Sam Okafor', timeZone: 'Europe/Berlin' };

/** The candidate's proposals as the page's `myProposals` lists them (for the cascade of a hired one). */
export function myProposals(...nodes: Array<{ id: string; status: ProposalStatus; respondBy?: string; createdAt?: string; title: string; company: string }>) {
  return {
    __typename: 'ProposalConnection' as const,
    // Newest first, as the API lists them, unless a test says otherwise.
    edges: nodes.map(({ id, status, respondBy = hoursFromNow(72), createdAt, title, company }, index) => ({
      __typename: 'ProposalEdge' as const,
      node: {
        __typename: 'Proposal' as const,
        id,
        createdAt: createdAt ?? hoursFromNow(-24 * (index + 1)),
        status,
        respondBy,
        recruiterName: 'Riley Chen',
        job: { __typename: 'Job' as const, id: `job-${id}`, title, clientCompany: { __typename: 'ClientCompany' as const, name: company } },
      },
    })),
  };
}
