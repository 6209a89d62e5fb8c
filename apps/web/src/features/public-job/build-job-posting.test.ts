import { describe, expect, test } from 'vitest';
import { buildJobPosting, type PostedJob } from './build-job-posting';

const job: PostedJob = {
  title: 'Senior Go Engineer',
  description: 'Build the payments core.',
  employmentType: 'CONTRACT',
  remotePolicy: 'HYBRID',
  city: 'Berlin',
  country: 'DE',
  publishedAt: '2026-11-20T09:00:00.000Z',
  startDate: '2027-01-15T00:00:00.000Z',
  salary: { min: 80_000, max: 100_000, currency: 'EUR' },
  clientCompany: { name: 'Orchid Pay' },
};

describe('the JobPosting a search engine reads', () => {
  test('names the job, its client, its place, its yearly band and the schema.org employment type', () => {
    expect(buildJobPosting(job, 'https://jobs.example/jobs/x')).toEqual({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Senior Go Engineer',
      description: 'Build the payments core.',
      url: 'https://jobs.example/jobs/x',
      datePosted: '2026-11-20T09:00:00.000Z',
      jobStartDate: '2027-01-15',
      employmentType: 'CONTRACTOR',
      hiringOrganization: { '@type': 'Organization', name: 'Orchid Pay' },
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 80_000, maxValue: 100_000, unitText: 'YEAR' } },
    });
  });

  test('a remote job is TELECOMMUTE, open to applicants in its country, with no office place', () => {
    const posting = buildJobPosting({ ...job, remotePolicy: 'REMOTE', city: null }, 'u');
    expect(posting).toMatchObject({ jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'DE' } });
    expect(posting).not.toHaveProperty('jobLocation');
  });

  test('leaves out a band with neither end, and keeps one open end', () => {
    expect(buildJobPosting({ ...job, salary: { min: null, max: null, currency: 'EUR' } }, 'u')).not.toHaveProperty('baseSalary');
    expect(buildJobPosting({ ...job, salary: { min: 50_000, max: null, currency: 'GBP' } }, 'u')).toMatchObject({
      baseSalary: { currency: 'GBP', value: { minValue: 50_000, unitText: 'YEAR' } },
    });
  });
});
