import type { MockLink } from '@apollo/client/testing';
import { MatchExplanation_Query } from './MatchExplanation';
import type { InterviewStatus, JobStatus, ProposalStatus } from '../../gql/graphql';

let sequence = 0;
const nextId = (prefix: string) => {
  sequence += 1;
  return `${prefix}-${sequence}`;
};

const skill = (name: string) => ({ __typename: 'Skill' as const, id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name });

type SuggestionOptions = {
  matchId?: string;
  candidateId?: string;
  fullName?: string;
  headline?: string;
  timeZone?: string;
  score?: number;
  forwardScore?: number;
  reverseScore?: number;
  blockers?: string[];
  matched?: string[];
  partial?: Array<[skill: string, via: string, levels?: [has: number, needs: number]]>;
  missing?: string[];
  categories?: Array<{ name: string; side: 'forward' | 'reverse'; score: number; weight: number; evidence: string[] }>;
};

/**
 * A ranked suggestion (a Match) with every field its fragments ask for: the job page's (a row) and the reasons'
 * (MatchExplanation_match, loaded on "Why 87?"; see explanationMock).
 */
export function buildSuggestion(options: SuggestionOptions = {}) {
  const blockers = options.blockers ?? [];
  return {
    __typename: 'Match' as const,
    id: options.matchId ?? nextId('match'),
    score: options.score ?? 82.4,
    forwardScore: options.forwardScore ?? 88,
    reverseScore: options.reverseScore ?? 71.5,
    isBlocked: blockers.length > 0,
    candidate: {
      __typename: 'Candidate' as const,
      id: options.candidateId ?? nextId('candidate'),
      fullName: options.fullName ?? 'Sam Okafor',
      headline: options.headline ?? 'Data Engineer · Python, SQL, Airflow',
      timeZone: options.timeZone ?? 'Europe/Berlin',
      city: 'Berlin',
      country: 'DE',
      preferences: { __typename: 'CandidatePreferences' as const, earliestStart: null, noticePeriodDays: 28 },
    },
    explanation: {
      __typename: 'MatchExplanation' as const,
      blockers: blockers.map((message) => ({ __typename: 'MatchBlocker' as const, code: 'MISSING_MUST_HAVE', message })),
      categories: (
        options.categories ?? [
          {
            name: 'Must-have skills',
            side: 'forward' as const,
            score: 100,
            weight: 40,
            evidence: ['Has Python at level 4 for 6 years; the job needs level 3.'],
          },
          {
            name: 'Salary',
            side: 'reverse' as const,
            score: 60,
            weight: 35,
            evidence: ['The band tops out a little under what the candidate asks.'],
          },
        ]
      ).map((category) => ({ __typename: 'MatchCategory' as const, ...category })),
      matchedSkills: (options.matched ?? ['Python', 'SQL', 'Airflow']).map((name, index) => ({
        __typename: 'MatchedSkill' as const,
        requirement: index === 0 ? ('MUST_HAVE' as const) : ('NICE_TO_HAVE' as const),
        credit: 1,
        skill: skill(name),
      })),
      partialSkills: (options.partial ?? [['Git', 'Code Review']]).map(([name, via, levels]) => ({
        __typename: 'MatchedSkill' as const,
        requirement: levels ? ('MUST_HAVE' as const) : ('NICE_TO_HAVE' as const),
        requiredLevel: levels ? levels[1] : null,
        credit: levels ? 0.6 : 0.3,
        skill: skill(name),
        creditedBy: {
          __typename: 'SkillCredit' as const,
          relation: name === via ? 'SAME' : 'RELATED',
          level: levels ? levels[0] : 4,
          skill: skill(via),
        },
      })),
      missingSkills: (options.missing ?? ['Kubernetes']).map((name) => ({
        __typename: 'MatchedSkill' as const,
        requirement: 'MUST_HAVE' as const,
        skill: skill(name),
      })),
    },
  };
}

export type SuggestionFixture = ReturnType<typeof buildSuggestion>;

type ProposalOptions = {
  id?: string;
  status?: ProposalStatus;
  candidateId?: string;
  fullName?: string;
  score?: number;
  interviews?: Array<{ status: InterviewStatus; startsAt: string }>;
  respondBy?: string;
};

export function buildPipelineProposal(options: ProposalOptions = {}) {
  return {
    __typename: 'Proposal' as const,
    id: options.id ?? nextId('proposal'),
    status: options.status ?? 'PROPOSED',
    respondBy: options.respondBy ?? '2099-12-01T23:59:00.000Z',
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    respondedAt: null,
    closedAt: null,
    recruiterName: 'Riley Chen',
    candidate: {
      __typename: 'Candidate' as const,
      id: options.candidateId ?? nextId('candidate'),
      fullName: options.fullName ?? 'Alex Doe',
      timeZone: 'Europe/London',
    },
    match: { __typename: 'ProposalMatch' as const, score: options.score ?? 75 },
    interviews: (options.interviews ?? []).map((interview) => ({
      __typename: 'Interview' as const,
      id: nextId('interview'),
      rescheduledTo: null,
      endsAt: new Date(new Date(interview.startsAt).getTime() + 3_600_000).toISOString(),
      ...interview,
    })),
  };
}

type JobPageOptions = {
  jobId?: string;
  title?: string;
  companyName?: string;
  suggestions?: SuggestionFixture[];
  proposals?: Array<ReturnType<typeof buildPipelineProposal>>;
  hasNextPage?: boolean;
  status?: JobStatus;
  description?: string;
};

/** The whole answer to RecruiterJobPage_Query. */
export function buildJobPageData(options: JobPageOptions = {}) {
  const suggestions = options.suggestions ?? [buildSuggestion()];
  const proposals = options.proposals ?? [];
  const counts = new Map<ProposalStatus, number>();
  for (const proposal of proposals) counts.set(proposal.status, (counts.get(proposal.status) ?? 0) + 1);
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
    job: {
      __typename: 'Job' as const,
      id: options.jobId ?? 'job-1',
      title: options.title ?? 'Senior Data Engineer',
      status: options.status ?? ('OPEN' as JobStatus),
      city: 'London',
      country: 'GB',
      remotePolicy: 'HYBRID' as const,
      salary: { __typename: 'SalaryBand' as const, min: 80_000, max: 95_000, currency: 'GBP' },
      clientCompany: { __typename: 'ClientCompany' as const, name: options.companyName ?? 'Orchid Pay' },
      description: options.description ?? 'Build the data platform behind Orchid Pay’s payments.\n\nYou own the pipelines end to end.',
      seniority: 'SENIOR' as const,
      employmentType: 'FULL_TIME' as const,
      minYearsExperience: 5,
      openings: 1,
      skills: [
        { __typename: 'JobSkill' as const, requirement: 'MUST_HAVE' as const, minLevel: 3, skill: skill('Python') },
        { __typename: 'JobSkill' as const, requirement: 'NICE_TO_HAVE' as const, minLevel: null, skill: skill('Airflow') },
      ],
      pipelineCounts: [...counts].map(([status, count]) => ({ __typename: 'PipelineCount' as const, status, count })),
      proposals: {
        __typename: 'ProposalConnection' as const,
        edges: proposals.map((node) => ({ __typename: 'ProposalEdge' as const, node })),
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false },
      },
      suggestedCandidates: {
        __typename: 'MatchConnection' as const,
        edges: suggestions.map((node, index) => ({
          __typename: 'MatchEdge' as const,
          cursor: `cursor-${node.candidate.id}-${index}`,
          node,
        })),
        pageInfo: {
          __typename: 'PageInfo' as const,
          hasNextPage: options.hasNextPage ?? false,
          endCursor: suggestions.length > 0 ? `cursor-${suggestions.at(-1)!.candidate.id}-${suggestions.length - 1}` : null,
        },
      },
    },
  };
}

/** The answer to "Why 87?" for a suggestion: MatchExplanation_Query by the match's id. */
export function explanationMock(suggestion: SuggestionFixture): MockLink.MockedResponse {
  const { id, score, forwardScore, reverseScore, explanation } = suggestion;
  return {
    request: { query: MatchExplanation_Query, variables: { id } },
    result: { data: { node: { __typename: 'Match', id, score, forwardScore, reverseScore, explanation } } },
  };
}
