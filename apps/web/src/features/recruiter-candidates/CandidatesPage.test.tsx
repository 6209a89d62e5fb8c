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
    seniority: 'SENIOR',
    updatedAt: '2026-12-01T09:00:00.000Z',
    skills: [] as unknown[],
    ...overrides,
  };
}

function answer(
  candidates: Array<ReturnType<typeof buildCandidate>>,
  {
    search,
    after,
    hasNextPage = false,
    orderBy,
  }: { search?: string; after?: string; hasNextPage?: boolean; orderBy?: { field: string; direction: string } } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: CandidatesPage_Query,
      variables: {
        first: CANDIDATES_PAGE_SIZE,
        filter: search ? { search } : {},
        ...(orderBy ? { orderBy } : {}),
        ...(after ? { after } : {}),
      },
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

function skill(name: string, level: number, years = 2) {
  return { __typename: 'CandidateSkill', level, years, skill: { __typename: 'Skill', id: `Skill-${name}`, name } };
}

/** The table's body rows (the header row left out). */
function candidateRows() {
  const table = within(screen.getByRole('region', { name: "Your agency's candidates" })).getByRole('table', { name: "Your agency's candidates" });
  const [, ...rows] = within(table).getAllByRole('row');
  return rows;
}

const namesInOrder = () => candidateRows().map((row) => within(row).getByRole('link').textContent);

describe("the agency's candidates", () => {
  test('shows each candidate as a row: avatar and a link to their page, headline, city and time zone, seniority, top skills', async () => {
    renderPage([
      answer([
        buildCandidate({
          id: 'Candidate-sam',
          fullName: 'Sam Okafor',
          headline: 'Go engineer',
          city: 'Lagos',
          country: 'NG',
          timeZone: 'Africa/Lagos',
          seniority: 'LEAD',
          skills: [skill('SQL', 3), skill('Go', 5, 6), skill('Kubernetes', 4), skill('Terraform', 2), skill('gRPC', 4, 1)],
        }),
      ]),
    ]);

    const link = await screen.findByRole('link', { name: 'Sam Okafor' });
    expect(link.getAttribute('href')).toBe('/recruiter/candidates/Candidate-sam');
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Name',
      'Headline',
      'City',
      'Seniority',
      'Top skills',
      'Updated',
    ]);
    const [row] = candidateRows();
    // The avatar's initials are hidden beside the name, which screen readers already read.
    expect(within(row!).getByText('SO').getAttribute('aria-hidden')).toBe('true');
    expect(within(row!).getByText('Lead')).toBeDefined();
    const skills = within(row!).getByRole('list', { name: 'Skills of Sam Okafor' });
    expect(within(skills).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Go', 'Kubernetes', 'gRPC', '+2 more']);
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

  test('sorts the loaded candidates by name, city or seniority from the column headers, and keeps the sort in the address', async () => {
    renderPage([
      answer([
        buildCandidate({ fullName: 'Zoe Brandt', city: 'Amsterdam', country: 'NL', seniority: 'JUNIOR' }),
        buildCandidate({ fullName: 'ada Lind', city: 'Berlin', country: 'DE', seniority: 'PRINCIPAL' }),
        buildCandidate({ fullName: 'Mia Roth', city: null, country: 'CH', seniority: 'MID' }),
      ]),
    ]);
    await screen.findByText('Zoe Brandt');

    fireEvent.click(screen.getByRole('button', { name: 'Name' }));
    expect(namesInOrder()).toEqual(['ada Lind', 'Mia Roth', 'Zoe Brandt']);
    expect(screen.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('ascending');
    expect(window.location.search).toBe('?sort=name&dir=asc');

    fireEvent.click(screen.getByRole('button', { name: 'Seniority' }));
    expect(namesInOrder()).toEqual(['ada Lind', 'Mia Roth', 'Zoe Brandt']);
    expect(screen.getByRole('columnheader', { name: 'Seniority' }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByRole('button', { name: 'City' }));
    expect(namesInOrder()).toEqual(['Zoe Brandt', 'ada Lind', 'Mia Roth']); // Amsterdam, Berlin, Switzerland
  });

  test('sorts by the last change through the API, and a search keeps the sort', async () => {
    window.history.replaceState(null, '', '/recruiter/candidates?sort=updated&dir=desc');
    const updatedFirst = { field: 'UPDATED_AT', direction: 'DESC' };
    renderPage([
      answer([buildCandidate({ fullName: 'Changed Lately' }), buildCandidate({ fullName: 'Changed Long Ago' })], { orderBy: updatedFirst }),
      answer([buildCandidate({ fullName: 'Sam Lately' })], { search: 'sam', orderBy: updatedFirst }),
    ]);

    await screen.findByText('Changed Lately');
    expect(namesInOrder()).toEqual(['Changed Lately', 'Changed Long Ago']);
    expect(screen.getByRole('columnheader', { name: 'Updated' }).getAttribute('aria-sort')).toBe('descending');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'sam' } });

    expect(await screen.findByText('Sam Lately')).toBeDefined();
    expect(window.location.search).toBe('?sort=updated&dir=desc&q=sam');
  });
});
