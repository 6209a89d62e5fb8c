import type { EmploymentType, RemotePolicy } from '../../gql/graphql';

export interface PostedJob {
  title: string;
  description: string;
  employmentType: EmploymentType;
  remotePolicy: RemotePolicy;
  city: string | null;
  country: string;
  publishedAt: string | null;
  startDate: string | null;
  salary: { min: number | null; max: number | null; currency: string };
  clientCompany: { name: string };
}

/** schema.org's employment types (Google's job search reads these words). */
const EMPLOYMENT_TYPE: Record<EmploymentType, string> = {
  FULL_TIME: 'FULL_TIME',
  PART_TIME: 'PART_TIME',
  CONTRACT: 'CONTRACTOR',
  TEMPORARY: 'TEMPORARY',
  INTERNSHIP: 'INTERN',
};

/**
 * The job as a schema.org JobPosting (JSON-LD), so search engines list it as a job: a remote job is TELECOMMUTE with
 * the country its applicants must be in, an onsite or hybrid one has its place; the band is yearly. We keep no
 * closing date, so there is no validThrough (the page reads "no longer open" once the job closes).
 */
export function buildJobPosting(job: PostedJob, url: string): Record<string, unknown> {
  const place = {
    '@type': 'Place',
    address: { '@type': 'PostalAddress', ...(job.city ? { addressLocality: job.city } : {}), addressCountry: job.country },
  };
  const hasBand = job.salary.min !== null || job.salary.max !== null;
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description: job.description || job.title,
    url,
    ...(job.publishedAt ? { datePosted: job.publishedAt } : {}),
    ...(job.startDate ? { jobStartDate: job.startDate.slice(0, 10) } : {}),
    employmentType: EMPLOYMENT_TYPE[job.employmentType],
    hiringOrganization: { '@type': 'Organization', name: job.clientCompany.name },
    ...(job.remotePolicy === 'REMOTE'
      ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: job.country } }
      : { jobLocation: place }),
    ...(hasBand
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: job.salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              ...(job.salary.min !== null ? { minValue: job.salary.min } : {}),
              ...(job.salary.max !== null ? { maxValue: job.salary.max } : {}),
              unitText: 'YEAR',
            },
          },
        }
      : {}),
  };
}
