import type { ApiKeyScope } from '../../gql/graphql';

/**
 * What each scope lets a partner system do, in the product's words: the name shown in lists and on the checkbox,
 * and the line under the checkbox. (The API's enum values, e.g. JOBS_READ, are for partners' code, not for people.)
 */
export const API_KEY_SCOPES = {
  JOBS_READ: {
    name: 'Read jobs',
    allows: "See your agency's jobs, drafts included, with their clients, skills and pipelines.",
  },
  CANDIDATES_READ: {
    name: 'Read candidates',
    allows: "See candidates' profiles. A key limited to one client sees only those proposed for that client's jobs.",
  },
  PROPOSALS_READ: {
    name: 'Read proposals',
    allows: 'See proposals, their history and interviews, and the open jobs they are for.',
  },
  JOBS_WRITE: {
    name: 'Write jobs',
    allows: "Create and edit job orders, matched by the partner system's own ID (e.g. a client's ATS sending its openings).",
  },
  CANDIDATES_WRITE: {
    name: 'Write candidates',
    allows: "Add and update candidates' profiles, matched by the partner system's own ID (e.g. a job board sending applicants).",
  },
  INSIGHT_READ: {
    name: 'Read insight',
    allows: "See the agency's funnel, time-to-fill, decline reasons and reliability, as counts (a key limited to one client: that client's jobs).",
  },
  PROPOSALS_WRITE: {
    name: 'Act on proposals',
    allows: "Propose candidates for jobs (for a recruiter it names), and record the client's decisions (offers, hires, rejections) and interview outcomes.",
  },
} as const satisfies Record<ApiKeyScope, { name: string; allows: string }>;

/** In the order the form lists them (as above): reading first, then acting. */
export const API_KEY_SCOPE_ORDER = Object.keys(API_KEY_SCOPES) as ApiKeyScope[];

