import { EmploymentType, JobStatus, RemotePolicy, Seniority } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';

// The product's words (shared/PRODUCT.md), one GraphQL enum per Prisma enum.
export const RemotePolicyEnum = builder.enumType(RemotePolicy, {
  name: 'RemotePolicy',
  description: 'Where the work happens: onsite, hybrid or remote.',
  values: {
    ONSITE: { description: "At the client's office. As a candidate's preference: any arrangement is fine." },
    HYBRID: { description: 'Partly at the office, partly remote. As a preference: hybrid or remote.' },
    REMOTE: { description: 'Fully remote. As a preference: remote only.' },
  },
});
export const EmploymentTypeEnum = builder.enumType(EmploymentType, {
  name: 'EmploymentType',
  description: 'The kind of employment a job offers, or a candidate accepts.',
  values: {
    FULL_TIME: { description: 'A permanent full-time position.' },
    PART_TIME: { description: 'A permanent part-time position.' },
    CONTRACT: { description: 'A fixed-term contract or freelance engagement.' },
    TEMPORARY: { description: 'A temporary placement.' },
    INTERNSHIP: { description: 'An internship.' },
  },
});
export const JobStatusEnum = builder.enumType(JobStatus, {
  name: 'JobStatus',
  description: 'Where a job is in its life: only OPEN jobs are on the public board and in candidates\' suggestions.',
  values: {
    DRAFT: { description: "Being written; only the agency's staff (and keys with JOBS_READ) see it." },
    OPEN: { description: 'Published: on the public job board, and candidates can be proposed.' },
    ON_HOLD: { description: 'Paused by the client; not on the board.' },
    FILLED: { description: 'Every opening has been filled.' },
    CLOSED: { description: 'Closed without (or no longer) hiring.' },
  },
});
export const SeniorityEnum = builder.enumType(Seniority, {
  name: 'Seniority',
  description: 'The level a job is at, or a candidate has reached.',
  values: {
    JUNIOR: { description: 'Early career, working under guidance.' },
    MID: { description: 'Works independently.' },
    SENIOR: { description: 'Experienced; leads work and mentors others.' },
    LEAD: { description: 'Leads a team or a technical area.' },
    PRINCIPAL: { description: 'Shapes direction across teams.' },
  },
});
