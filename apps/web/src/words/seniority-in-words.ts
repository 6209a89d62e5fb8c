import type { Seniority } from '../gql/graphql';

export const seniorityInWords = {
  JUNIOR: 'Junior',
  MID: 'Mid-level',
  SENIOR: 'Senior',
  LEAD: 'Lead',
  PRINCIPAL: 'Principal',
} as const satisfies Record<Seniority, string>;
