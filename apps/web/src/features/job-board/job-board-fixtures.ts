import type { JobCard_JobFragment } from '../../gql/graphql';

type JobFixture = Omit<JobCard_JobFragment, ' $fragmentName'>;

let sequence = 0;

/** A job as the API returns it for the job board, with a unique id and sensible defaults. */
export function buildJob(overrides: Partial<Omit<JobFixture, '__typename'>> = {}): JobFixture {
  sequence += 1;
  return {
    __typename: 'Job',
    id: `job-${sequence}`,
    slug: `backend-engineer-${sequence}-berlin-00000000000${sequence % 10}`,
    title: `Backend Engineer ${sequence}`,
    description: 'You will build and run the services our customers rely on.\n\nWe work in small teams with a lot of trust.',
    city: 'Berlin',
    country: 'DE',
    remotePolicy: 'HYBRID',
    salary: { __typename: 'SalaryBand', min: 70_000, max: 90_000, currency: 'EUR' },
    clientCompany: { __typename: 'ClientCompany', name: 'Acme Logistics' },
    ...overrides,
  };
}
