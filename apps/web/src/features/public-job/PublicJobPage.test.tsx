import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { InterestForm_Mutation } from './InterestForm';
import PublicJobPage, { PublicJobPage_Query } from './PublicJobPage';

afterEach(cleanup);

const SLUG = 'senior-go-engineer-berlin-3f9a1c2b7d4e';
const CONSENT = 'I agree that Northwind Talent may store these details and contact me about this job and similar roles.';

const job = {
  __typename: 'Job' as const,
  id: 'job-1',
  slug: SLUG,
  title: 'Senior Go Engineer',
  description: 'You will own the payments core.\n\n<script>alert("no")</script> We ship every day.',
  employmentType: 'FULL_TIME' as const,
  remotePolicy: 'HYBRID' as const,
  city: 'Berlin',
  country: 'DE',
  startDate: null,
  publishedAt: '2026-11-20T09:00:00.000Z',
  salary: { __typename: 'SalaryBand' as const, min: 80_000, max: 100_000, currency: 'EUR' },
  clientCompany: { __typename: 'ClientCompany' as const, name: 'Orchid Pay' },
  interestConsentText: CONSENT,
  skills: [
    { __typename: 'JobSkill' as const, requirement: 'MUST_HAVE' as const, minLevel: 4, skill: { __typename: 'Skill' as const, id: 'go', name: 'Go' } },
    { __typename: 'JobSkill' as const, requirement: 'NICE_TO_HAVE' as const, minLevel: null, skill: { __typename: 'Skill' as const, id: 'kafka', name: 'Kafka' } },
  ],
};

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <PublicJobPage params={{ slug: SLUG }} />
    </ApolloProvider>,
  );
}

const found = { request: { query: PublicJobPage_Query, variables: { slug: SLUG } }, result: { data: { publicJob: job } } };

describe("a job's public page", () => {
  test('shows the description in paragraphs, as text (markup is not run), with the must-haves and nice-to-haves (B5)', async () => {
    renderPage([found]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Senior Go Engineer' })).toBeDefined();
    expect(screen.getByText('You will own the payments core.')).toBeDefined();
    expect(screen.getByText('<script>alert("no")</script> We ship every day.')).toBeDefined();
    expect(document.querySelector('main script')).toBeNull();
    expect(screen.getByText('Go')).toBeDefined();
    expect(screen.getByText('Kafka')).toBeDefined();
    expect(screen.getByText('Berlin, Germany · Hybrid', { exact: false })).toBeDefined();
  });

  test('puts a JobPosting in the head while it shows, and takes it away after', async () => {
    renderPage([found]);
    await screen.findByRole('heading', { level: 1, name: 'Senior Go Engineer' });

    const script = document.head.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script!.textContent!)).toMatchObject({ '@type': 'JobPosting', title: 'Senior Go Engineer', hiringOrganization: { name: 'Orchid Pay' } });
    expect(document.head.querySelector<HTMLMetaElement>('meta[name="description"]')!.content).toContain('Senior Go Engineer at Orchid Pay');
    cleanup();
    expect(document.head.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  test('says a job that is no longer open is no longer open, with a way back to the board', async () => {
    renderPage([{ request: { query: PublicJobPage_Query, variables: { slug: SLUG } }, result: { data: { publicJob: null } } }]);

    expect(await screen.findByRole('heading', { level: 1, name: 'This job is no longer open' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'See the open jobs' }).getAttribute('href')).toBe('/jobs');
  });

  test("\"I'm interested\" with the box unticked says to tick it, under the box; ticked, it thanks and says what happens next", async () => {
    const input = { slug: SLUG, fullName: 'Ada Lovelace', email: 'ada@example.com', phone: null, message: null, consentText: CONSENT };
    renderPage([
      found,
      {
        request: { query: InterestForm_Mutation, variables: { input: { ...input, hasConsented: false } } },
        result: {
          data: {
            expressInterest: {
              __typename: 'ValidationError',
              message: 'Check the form.',
              fieldErrors: [{ __typename: 'FieldError', field: 'hasConsented', message: 'Tick the box to agree that the agency may contact you.' }],
            },
          },
        },
      },
      {
        request: { query: InterestForm_Mutation, variables: { input: { ...input, hasConsented: true } } },
        result: { data: { expressInterest: { __typename: 'ExpressInterestSuccess', job: { __typename: 'Job', id: 'job-1' } } } },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Senior Go Engineer' });
    const consent = screen.getByRole('checkbox', { name: CONSENT }) as HTMLInputElement;
    expect(consent.checked).toBe(false);

    fireEvent.change(screen.getByRole('textbox', { name: 'Your name' }), { target: { value: 'Ada Lovelace' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'E-mail' }), { target: { value: 'ada@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send my interest' }));

    expect(await screen.findByText('Tick the box to agree that the agency may contact you.')).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(consent));

    fireEvent.click(consent);
    fireEvent.click(screen.getByRole('button', { name: 'Send my interest' }));

    expect(await screen.findByRole('heading', { name: 'Thank you, Ada' })).toBeDefined();
    expect(screen.getByText(/write to you at ada@example.com/)).toBeDefined();
  });
});
