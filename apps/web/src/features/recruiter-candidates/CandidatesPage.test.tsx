import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import CandidatesPage, { CANDIDATES_PAGE_SIZE, CandidatesPage_Query } from './CandidatesPage';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/recruiter/candidates'));

let sequence = 0;
function buildCandidate(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    __typename: 'Candidate',
    id: `Candidate-${sequence}`,
    fullName: `Candidate ${sequence}`,
    headline: 'Backend engineer',
    city: 'Berlin',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

function answer(
  candidates: Array<ReturnType<typeof buildCandidate>>,
  { search, after, hasNextPage = false }: { search?: string; after?: string; hasNextPage?: boolean } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: CandidatesPage_Query,
      variables: { first: CANDIDATES_PAGE_SIZE, filter: search ? { search } : {}, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        candidates: {
          __typename: 'CandidateConnection',
          edges: candidates.map((node) => ({ __typename: 'CandidateEdge', cursor: `cursor-${node.id}`, node })),
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage,
            endCursor: candidates.length > 0 ? `cursor-${candidates.at(-1)!.id}` : null,
          },
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <CandidatesPage />
    </ApolloProvider>,
  );
}

describe("the agency's candidates", () => {
  test('lists each candidate as a link to their page, with headline, city and time zone', async () => {
    renderPage([answer([buildCandidate({ id: 'Candidate-sam', fullName: 'Sam Okafor', headline: 'Go engineer', city: 'Lagos', country: 'NG', timeZone: 'Africa/Lagos' })])]);

    const link = await screen.findByRole('link', { name: 'Sam Okafor' });
    expect(link.getAttribute('href')).toBe('/recruiter/candidates/Candidate-sam');
    const [row] = within(screen.getByRole('region', { name: "Your agency's candidates" })).getAllByRole('listitem');
    expect(row!.textContent).toContain('Go engineer');
    expect(row!.textContent).toContain('Lagos, Nigeria');
    expect(row!.textContent).toContain('Africa/Lagos');
    expect(screen.getByRole('link', { name: 'Register a candidate' }).getAttribute('href')).toBe('/recruiter/candidates/new');
  });

  test('searching asks for matching candidates and keeps the words in the address', async () => {
    renderPage([answer([buildCandidate({ fullName: 'Someone Else' })]), answer([buildCandidate({ fullName: 'Sam Okafor' })], { search: 'sam' })]);
    await screen.findByText('Someone Else');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: ' sam' } });

    expect(await screen.findByText('Sam Okafor')).toBeDefined();
    expect(window.location.search).toBe('?q=sam');
  });

  test('a reload keeps the search and says when nobody matches', async () => {
    window.history.replaceState(null, '', '/recruiter/candidates?q=nobody');
    renderPage([answer([], { search: 'nobody' })]);

    expect(await screen.findByText('No candidate matches “nobody”.')).toBeDefined();
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('nobody');
  });

  test('“Show more” adds the next candidates below the first ones', async () => {
    const first = buildCandidate({ fullName: 'First Person' });
    renderPage([answer([first], { hasNextPage: true }), answer([buildCandidate({ fullName: 'Second Person' })], { after: `cursor-${first.id}` })]);

    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));

    expect(await screen.findByText('Second Person')).toBeDefined();
    expect(screen.getByText('First Person')).toBeDefined();
  });
});
