import { EmploymentType, JobStatus, RemotePolicy, Seniority } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';

// The product's words (shared/PRODUCT.md), one GraphQL enum per Prisma enum.
export const RemotePolicyEnum = builder.enumType(RemotePolicy, {
  name: 'RemotePolicy',
  description: 'Where the work happens: onsite, hybrid or remote.',
});
export const EmploymentTypeEnum = builder.enumType(EmploymentType, { name: 'EmploymentType' });
export const JobStatusEnum = builder.enumType(JobStatus, { name: 'JobStatus' });
export const SeniorityEnum = builder.enumType(Seniority, { name: 'Seniority' });
