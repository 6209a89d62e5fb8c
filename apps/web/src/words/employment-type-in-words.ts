import type { EmploymentType } from '../gql/graphql';

export const employmentTypeInWords = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACT: 'Contract',
  TEMPORARY: 'Temporary',
  INTERNSHIP: 'Internship',
} as const satisfies Record<EmploymentType, string>;

export const EMPLOYMENT_TYPES = Object.keys(employmentTypeInWords) as EmploymentType[];
