import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { buildJob } from './job-board-fixtures';
import JobBoardPage, { JOB_BOARD_PAGE_SIZE, JobBoardPage_Query } from './JobBoardPage';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

type Job = ReturnType<typeof buildJob>;

function jobBoard(jobs: Job[], { hasNextPage = false } = {}) {
  return {
    jobBoard: {
      __typename: 'JobConnection' as const,
      edges: jobs.map((job) => ({ __typename: 'JobEdge' as const, cursor: `cursor-${job.id}`, node: job })),
      pageInfo: {
        __typename: 'PageInfo' as const,
        hasNextPage,
        endCursor: jobs.length > 0 ? `cursor-${jobs.at(-1)!.id}` : null,
      },
    },
  };
}

type Variables = { first: number; after?: string; filter: Record<string, unknown> };

function respond(variables: Partial<Variables>, data: ReturnType<typeof jobBoard>): MockLink.MockedResponse {
  return {
    request: { query: JobBoardPage_Query, variables: { first: JOB_BOARD_PAGE_SIZE, filter: {}, ...variables } },
    result: { data },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <JobBoardPage />
    </ApolloProvider>,
  );
}

describe('the job board', () => {
  test('lists the open jobs under the heading “Open jobs”', async () => {
    renderPage([
      respond({}, jobBoard([buildJob({ title: 'Data Engineer' }), buildJob({ title: 'Product Designer' })])),
    ]);

    expect(screen.getByRole('heading', { level: 1, name: 'Open jobs' })).toBeDefined();
    expect(screen.getByRole('main')).toBeDefined();
    const titles = await screen.findAllByRole('heading', { level: 2 });
    expect(titles.map((title) => title.textContent)).toEqual(['Data Engineer', 'Product Designer']);
  });

  test('says so when no open job matches the filters', async () => {
    renderPage([respond({}, jobBoard([]))]);

    expect(await screen.findByText('No open jobs match these filters.')).toBeDefined();
  });

  test('shows only remote jobs after ticking “Remote”', async () => {
    renderPage([
      respond({}, jobBoard([buildJob({ title: 'Office Manager', remotePolicy: 'ONSITE' })])),
      respond(
        { filter: { remotePolicies: ['REMOTE'] } },
        jobBoard([buildJob({ title: 'Remote Support Engineer', remotePolicy: 'REMOTE' })]),
      ),
    ]);
    await screen.findByText('Office Manager');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Remote' }));

    expect(await screen.findByText('Remote Support Engineer')).toBeDefined();
    expect(screen.queryByText('Office Manager')).toBeNull();
  });

  test('adds the next page of jobs below the first after “Load more”', async () => {
    const firstPage = [buildJob({ title: 'First Job' })];
    renderPage([
      respond({}, jobBoard(firstPage, { hasNextPage: true })),
      respond({ after: `cursor-${firstPage[0]!.id}` }, jobBoard([buildJob({ title: 'Second Job' })])),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Second Job')).toBeDefined();
    expect(screen.getByText('First Job')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  test('shows the API’s message and loads the jobs again after “Retry”', async () => {
    renderPage([
      {
        request: { query: JobBoardPage_Query, variables: { first: JOB_BOARD_PAGE_SIZE, filter: {} } },
        result: { errors: [{ message: 'The job board is taking a short break.' }] },
      },
      respond({}, jobBoard([buildJob({ title: 'Site Reliability Engineer' })])),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The job board is taking a short break.');

    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Site Reliability Engineer')).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('ticking a filter writes it into the address, and Back takes it out again', async () => {
    renderPage([
      respond({}, jobBoard([buildJob({ title: 'Office Manager', remotePolicy: 'ONSITE' })])),
      respond({ filter: { remotePolicies: ['REMOTE'] } }, jobBoard([buildJob({ title: 'Remote Support Engineer', remotePolicy: 'REMOTE' })])),
    ]);
    await screen.findByText('Office Manager');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Remote' }));

    expect(await screen.findByText('Remote Support Engineer')).toBeDefined();
    expect(window.location.search).toBe('?remote=REMOTE');
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(await screen.findByText('Office Manager')).toBeDefined();
    expect((screen.getByRole('checkbox', { name: 'Remote' }) as HTMLInputElement).checked).toBe(false);
  });

  test('opens with the filters the address holds, as after a reload or a shared link', async () => {
    window.history.replaceState(null, '', '/jobs?q=data&country=NL&type=CONTRACT');
    renderPage([
      respond(
        { filter: { search: 'data', countries: ['NL'], employmentTypes: ['CONTRACT'] } },
        jobBoard([buildJob({ title: 'Contract Data Engineer', country: 'NL', city: 'Amsterdam' })]),
      ),
    ]);

    expect(await screen.findByText('Contract Data Engineer')).toBeDefined();
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('data');
    expect((screen.getByRole('combobox', { name: 'Location' }) as HTMLSelectElement).value).toBe('NL');
    expect((screen.getByRole('combobox', { name: 'Employment type' }) as HTMLSelectElement).value).toBe('CONTRACT');
  });
});
