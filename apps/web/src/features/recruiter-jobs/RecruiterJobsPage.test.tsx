import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import type { JobOrder, JobRow_JobFragment, JobsFilter } from '../../gql/graphql';
import RecruiterJobsPage, { JOBS_PAGE_SIZE, RecruiterJobsPage_Query } from './RecruiterJobsPage';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/recruiter'));

type JobFixture = Omit<JobRow_JobFragment, ' $fragmentName'>;
let sequence = 0;

function buildJob(overrides: Partial<Omit<JobFixture, '__typename'>> = {}): JobFixture {
  sequence += 1;
  return {
    __typename: 'Job',
    id: `Job-${sequence}`,
    title: `Backend Engineer ${sequence}`,
    status: 'OPEN',
    city: 'Berlin',
    country: 'DE',
    remotePolicy: 'HYBRID',
    openings: 1,
    publishedAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    clientCompany: { __typename: 'ClientCompany', name: 'Acme Logistics' },
    pipelineCounts: [],
    ...overrides,
  };
}

const clients = [
  { __typename: 'ClientCompany' as const, id: 'Client-acme', name: 'Acme Logistics' },
  { __typename: 'ClientCompany' as const, id: 'Client-nordlicht', name: 'Nordlicht Energie' },
];

function answer(
  jobs: JobFixture[],
  {
    filter = {},
    after,
    hasNextPage = false,
    orderBy,
  }: { filter?: JobsFilter; after?: string; hasNextPage?: boolean; orderBy?: JobOrder } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: RecruiterJobsPage_Query,
      variables: { first: JOBS_PAGE_SIZE, filter, ...(orderBy ? { orderBy } : {}), ...(after ? { after } : {}) },
    },
    result: {
      data: {
        jobs: {
          __typename: 'JobConnection',
          edges: jobs.map((job) => ({ __typename: 'JobEdge', cursor: `cursor-${job.id}`, node: job })),
          pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: jobs.length > 0 ? `cursor-${jobs.at(-1)!.id}` : null },
        },
        clientCompanies: clients,
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  renderWith(client);
  return client;
}

function renderWith(client: ReturnType<typeof createApolloClient>) {
  return render(
    <ApolloProvider client={client}>
      <RecruiterJobsPage />
    </ApolloProvider>,
  );
}

function jobList() {
  return screen.getByRole('region', { name: "Your agency's jobs" });
}

/** The table's body rows (the header row left out). */
function jobRows() {
  const [, ...rows] = within(within(jobList()).getByRole('table', { name: "Your agency's jobs" })).getAllByRole('row');
  return rows;
}

function titlesInOrder() {
  return jobRows().map((row) => within(row).getByRole('link').textContent);
}

describe("the recruiter's jobs", () => {
  test('coming back to the list shows the pipelines as they are now, not as they were last time', async () => {
    const before = buildJob({ title: 'Data Engineer', pipelineCounts: [] });
    const after = { ...before, pipelineCounts: [{ __typename: 'PipelineCount' as const, status: 'PROPOSED' as const, count: 1 }] };
    const client = renderPage([answer([before]), answer([after])]);
    await screen.findByText('No proposals yet');
    cleanup();

    // E.g. after proposing a candidate from the job's page.
    renderWith(client);

    expect(await screen.findByText('1 proposed')).toBeDefined();
  });

  test('shows each job as a row of a table: a link to its page, its client, status, pipeline in words, openings and dates', async () => {
    renderPage([
      answer([
        buildJob({
          id: 'Job-42',
          title: 'Data Engineer',
          status: 'ON_HOLD',
          clientCompany: { __typename: 'ClientCompany', name: 'Nordlicht Energie' },
          city: 'Hamburg',
          pipelineCounts: [
            { __typename: 'PipelineCount', status: 'HIRED', count: 1 },
            { __typename: 'PipelineCount', status: 'PROPOSED', count: 3 },
            { __typename: 'PipelineCount', status: 'INTERVIEWING', count: 1 },
          ],
        }),
        buildJob({ title: 'Product Designer' }),
      ]),
    ]);

    expect(screen.getByRole('heading', { level: 1, name: 'Jobs' })).toBeDefined();
    const link = await screen.findByRole('link', { name: 'Data Engineer' });
    expect(link.getAttribute('href')).toBe('/recruiter/jobs/Job-42');

    const headers = within(jobList()).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Job', 'Client', 'Status', 'Pipeline', 'Openings', 'Published', 'Updated']);
    const [first, second] = jobRows();
    expect(first!.textContent).toContain('Nordlicht Energie');
    expect(first!.textContent).toContain('Hamburg, Germany');
    expect(first!.textContent).toContain('On hold');
    expect(first!.textContent).toContain('3 proposed · 1 interviewing · 1 hired');
    expect(second!.textContent).toContain('No proposals yet');
    expect(screen.getByRole('link', { name: 'New job' }).getAttribute('href')).toBe('/recruiter/jobs/new');
  });

  test('ticking a status asks for jobs in that status only and keeps it in the address', async () => {
    renderPage([
      answer([buildJob({ title: 'Draft Role', status: 'DRAFT' }), buildJob({ title: 'Open Role' })]),
      answer([buildJob({ title: 'Open Role Only' })], { filter: { statuses: ['OPEN'] } }),
    ]);
    await screen.findByText('Draft Role');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Open' }));

    expect(await screen.findByText('Open Role Only')).toBeDefined();
    expect(screen.queryByText('Draft Role')).toBeNull();
    expect(window.location.search).toBe('?status=OPEN');
  });

  test('choosing a client asks for that client’s jobs', async () => {
    renderPage([
      answer([buildJob({ title: 'Any Client Role' })]),
      answer([buildJob({ title: 'Nordlicht Role' })], { filter: { clientCompanyIds: ['Client-nordlicht'] } }),
    ]);
    await screen.findByText('Any Client Role');

    fireEvent.change(screen.getByRole('combobox', { name: 'Client' }), { target: { value: 'Client-nordlicht' } });

    expect(await screen.findByText('Nordlicht Role')).toBeDefined();
    expect(window.location.search).toBe('?client=Client-nordlicht');
  });

  test('searching asks for matching jobs once typing pauses', async () => {
    renderPage([
      answer([buildJob({ title: 'Unrelated Role' })]),
      answer([buildJob({ title: 'Platform Engineer' })], { filter: { search: 'platform' } }),
    ]);
    await screen.findByText('Unrelated Role');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'platform ' } });

    expect(await screen.findByText('Platform Engineer')).toBeDefined();
    expect(window.location.search).toBe('?q=platform');
  });

  test('a reload keeps the filters from the address', async () => {
    window.history.replaceState(null, '', '/recruiter?status=CLOSED&q=designer');
    renderPage([answer([buildJob({ title: 'Closed Designer Role', status: 'CLOSED' })], { filter: { statuses: ['CLOSED'], search: 'designer' } })]);

    expect(await screen.findByText('Closed Designer Role')).toBeDefined();
    expect((screen.getByRole('checkbox', { name: 'Closed' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('designer');
  });

  test('“Show more” adds the next jobs below the first ones', async () => {
    const firstPage = [buildJob({ title: 'First Role' })];
    renderPage([
      answer(firstPage, { hasNextPage: true }),
      answer([buildJob({ title: 'Second Role' })], { after: `cursor-${firstPage[0]!.id}` }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));

    expect(await screen.findByText('Second Role')).toBeDefined();
    expect(jobRows()).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  test('says when no job matches and clears the filters on request', async () => {
    window.history.replaceState(null, '', '/recruiter?status=FILLED');
    renderPage([answer([], { filter: { statuses: ['FILLED'] } }), answer([buildJob({ title: 'Back Again' })])]);

    expect(await screen.findByText('No jobs match these filters.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(await screen.findByText('Back Again')).toBeDefined();
    expect(window.location.search).toBe('');
  });

  test('shows the API’s message and loads again after “Retry”', async () => {
    renderPage([
      {
        request: { query: RecruiterJobsPage_Query, variables: { first: JOBS_PAGE_SIZE, filter: {} } },
        result: { errors: [{ message: 'The jobs are taking a short break.' }] },
      },
      answer([buildJob({ title: 'Recovered Role' })]),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The jobs are taking a short break.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Recovered Role')).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  test('sorts the loaded jobs by title when its column header is pressed, and keeps the sort in the address', async () => {
    renderPage([
      answer([buildJob({ title: 'Zeta Role' }), buildJob({ title: 'alpha Role' }), buildJob({ title: 'Mid Role' })]),
    ]);
    await screen.findByText('Zeta Role');
    expect(titlesInOrder()).toEqual(['Zeta Role', 'alpha Role', 'Mid Role']); // newest first, as the API sent them

    fireEvent.click(screen.getByRole('button', { name: 'Job' }));

    expect(titlesInOrder()).toEqual(['alpha Role', 'Mid Role', 'Zeta Role']);
    expect(screen.getByRole('columnheader', { name: 'Job' }).getAttribute('aria-sort')).toBe('ascending');
    expect(window.location.search).toBe('?sort=title&dir=asc');

    fireEvent.click(screen.getByRole('button', { name: 'Job' }));
    expect(titlesInOrder()).toEqual(['Zeta Role', 'Mid Role', 'alpha Role']);
    expect(window.location.search).toBe('?sort=title&dir=desc');
  });

  test('sorts by the last change through the API (across every page), most recent first', async () => {
    renderPage([
      answer([buildJob({ title: 'Created Last' }), buildJob({ title: 'Changed Last' })]),
      answer([buildJob({ title: 'Changed Last' }), buildJob({ title: 'Created Last' })], {
        orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      }),
    ]);
    await screen.findByText('Created Last');

    fireEvent.click(screen.getByRole('button', { name: 'Updated' }));

    await waitFor(() => expect(titlesInOrder()).toEqual(['Changed Last', 'Created Last']));
    expect(screen.getByRole('columnheader', { name: 'Updated' }).getAttribute('aria-sort')).toBe('descending');
    expect(window.location.search).toBe('?sort=updated&dir=desc');
  });

  test('a filter chosen after sorting keeps the sort, and a reload keeps both', async () => {
    window.history.replaceState(null, '', '/recruiter?sort=openings&dir=desc');
    renderPage([
      answer([buildJob({ title: 'One Opening', openings: 1 }), buildJob({ title: 'Five Openings', openings: 5 })]),
      answer([buildJob({ title: 'Open One', openings: 1 }), buildJob({ title: 'Open Three', openings: 3 })], {
        filter: { statuses: ['OPEN'] },
      }),
    ]);
    await screen.findByText('One Opening');
    expect(titlesInOrder()).toEqual(['Five Openings', 'One Opening']);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Open' }));

    await waitFor(() => expect(titlesInOrder()).toEqual(['Open Three', 'Open One']));
    expect(window.location.search).toBe('?status=OPEN&sort=openings&dir=desc');
  });

  test('shows each status as a badge of its tone', async () => {
    renderPage([answer([buildJob({ title: 'Paused Role', status: 'ON_HOLD' }), buildJob({ title: 'Live Role', status: 'OPEN' })])]);
    await screen.findByText('Paused Role');

    const [paused, live] = jobRows();
    expect(within(paused!).getByText('On hold').closest('.badge')!.className).toContain('badge--warning');
    expect(within(live!).getByText('Open').closest('.badge')!.className).toContain('badge--success');
  });
});
