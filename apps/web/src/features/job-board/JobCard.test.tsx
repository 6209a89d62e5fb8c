import type { FragmentType } from '@apollo/client';
import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { buildJob } from './job-board-fixtures';
import { JobCard, JobCard_job } from './JobCard';

afterEach(cleanup);

function renderJobCard(overrides: Parameters<typeof buildJob>[0] = {}) {
  const job = buildJob(overrides);
  const client = createApolloClient({ link: ApolloLink.empty() });
  client.writeFragment({ fragment: JobCard_job, fragmentName: 'JobCard_job', data: job });
  // A parent query hands JobCard a masked reference to the job; a cache reference is the same thing.
  const ref = { __typename: 'Job', id: job.id } as unknown as FragmentType<typeof JobCard_job>;
  render(
    <ApolloProvider client={client}>
      <JobCard job={ref} />
    </ApolloProvider>,
  );
}

describe('a job card', () => {
  test('shows the title, the company and where the job is', () => {
    renderJobCard({ title: 'Platform Engineer', clientCompany: { __typename: 'ClientCompany', name: 'Nordlicht Energie' }, city: 'Hamburg', country: 'DE' });

    expect(screen.getByRole('heading', { name: 'Platform Engineer' })).toBeDefined();
    expect(screen.getByText('Nordlicht Energie')).toBeDefined();
    expect(screen.getByText('Hamburg, Germany')).toBeDefined();
  });

  test('shows only the country when the job has no city', () => {
    renderJobCard({ city: null, country: 'NL', remotePolicy: 'REMOTE' });

    expect(screen.getByText('Netherlands')).toBeDefined();
  });

  test('names a city state once', () => {
    renderJobCard({ city: 'Singapore', country: 'SG' });

    expect(screen.getByText('Singapore')).toBeDefined();
  });

  test.each([
    ['REMOTE', 'Remote'],
    ['HYBRID', 'Hybrid'],
    ['ONSITE', 'Onsite'],
  ] as const)('labels %s jobs “%s”', (remotePolicy, words) => {
    renderJobCard({ remotePolicy });

    expect(screen.getByText(words)).toBeDefined();
  });

  test.each([
    { kind: 'a closed band', band: { min: 70_000, max: 90_000, currency: 'EUR' }, text: '€70,000 – €90,000 a year' },
    { kind: 'a band open at the top', band: { min: 120_000, max: null, currency: 'USD' }, text: 'From $120,000 a year' },
    { kind: 'a band open at the bottom', band: { min: null, max: 60_000, currency: 'GBP' }, text: 'Up to £60,000 a year' },
    { kind: 'a single figure', band: { min: 95_000, max: 95_000, currency: 'CHF' }, text: 'CHF 95,000 a year' },
    { kind: 'a yen band', band: { min: 6_000_000, max: 8_000_000, currency: 'JPY' }, text: '¥6,000,000 – ¥8,000,000 a year' },
    { kind: 'no band', band: { min: null, max: null, currency: 'EUR' }, text: 'Salary not stated' },
  ])('shows $kind as “$text”', ({ band, text }) => {
    renderJobCard({ salary: { __typename: 'SalaryBand', ...band } });

    expect(screen.getByText(text)).toBeDefined();
  });

  test('shows the start of the description, so a visitor sees what the role is before opening it (B5)', () => {
    renderJobCard({ description: 'Own the billing platform end to end.\n\nYou will pair with product every week.' });

    expect(screen.getByText('Own the billing platform end to end. You will pair with product every week.')).toBeDefined();
  });

  test('cuts a long description at a word, with an ellipsis', () => {
    renderJobCard({ description: `${'Scale the data platform for analysts and machine learning. '.repeat(8)}` });

    const excerpt = document.querySelector('.job-card__excerpt')!.textContent!;
    expect(excerpt.length).toBeLessThanOrEqual(221);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  test('the title opens the job\'s public page', () => {
    renderJobCard({ title: 'Data Engineer', slug: 'data-engineer-zurich-3f9a1c2b7d4e' });

    expect(screen.getByRole('link', { name: 'Data Engineer' }).getAttribute('href')).toBe('/jobs/data-engineer-zurich-3f9a1c2b7d4e');
  });
});
