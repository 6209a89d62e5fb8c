import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { buildSuggestion, explanationMock } from './recruiter-job-fixtures';
import { SuggestionsTable, type ExistingProposal } from './SuggestionsTable';

afterEach(cleanup);

const now = new Date('2026-12-01T09:00:00.000Z');

function renderTable(
  rows = [buildSuggestion()],
  existing: ReadonlyMap<string, ExistingProposal> = new Map(),
  // Each row's reasons, as the API answers "Why 87?" for that match.
  mocks: MockLink.MockedResponse[] = rows.map(explanationMock),
) {
  const onPropose = vi.fn();
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <SuggestionsTable
        rows={rows}
        job={{ id: 'job-1', status: 'OPEN' }}
        existing={existing}
        selected={new Set()}
        onSelect={() => {}}
        onPropose={onPropose}
        isStale={false}
        now={now}
      />
    </ApolloProvider>,
  );
  return { onPropose, table: screen.getByRole('table', { name: 'Suggested candidates, best match first' }) };
}

describe('why a suggested candidate ranks where they do', () => {
  test('“Why 82?” opens the reasons under the row: both sides of the score, each factor with its weight and evidence', async () => {
    renderTable([
      buildSuggestion({ fullName: 'Sam Okafor', score: 82.4, forwardScore: 88, reverseScore: 71.5 }),
      buildSuggestion({ fullName: 'Lena Park', score: 64 }),
    ]);

    const why = screen.getByRole('button', { name: 'Why 82 for Sam Okafor?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Why Sam Okafor scores 82' })).toBeNull();

    fireEvent.click(why);

    expect(why.getAttribute('aria-expanded')).toBe('true');
    const reasons = await screen.findByRole('region', { name: 'Why Sam Okafor scores 82' });
    expect(why.getAttribute('aria-controls')).toBe(reasons.id);
    // The reasons' code loads on the first open; then they read:
    expect(await within(reasons).findByRole('heading', { name: 'Fits the job: 88' })).toBeDefined();
    expect(reasons.textContent).toContain('Score 82: fits the job 88 · job fits them 72');
    expect(within(reasons).getByRole('heading', { name: 'Fits the job: 88' })).toBeDefined();
    expect(reasons.textContent).toContain('Must-have skills 100 of 100 · weight 40%');
    expect(reasons.textContent).toContain('Has Python at level 4 for 6 years; the job needs level 3.');
    expect(within(reasons).getByRole('heading', { name: 'Job fits them: 72' })).toBeDefined();
    expect(reasons.textContent).toContain('Salary 60 of 100 · weight 35%');
    expect(reasons.textContent).toContain('The band tops out a little under what the candidate asks.');
    // Only the row asked about opens; the other candidate's reasons stay folded.
    expect(screen.queryByRole('region', { name: 'Why Lena Park scores 64' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Why 64 for Lena Park?' }).getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(why);

    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Why Sam Okafor scores 82' })).toBeNull();
  });

  test('the Why cell names what the candidate has, has in part and lacks, so a row of partial matches still says why', () => {
    renderTable([
      buildSuggestion({ fullName: 'Sam Okafor', score: 82, matched: ['Python', 'SQL'], partial: [['Kubernetes', 'Docker']], missing: ['Go'] }),
      buildSuggestion({ fullName: 'Lena Park', score: 61, matched: [], partial: [['GraphQL', 'GraphQL', [2, 4]]], missing: [] }),
      buildSuggestion({ fullName: 'Ada Byrne', score: 12, blockers: ['Missing the must-have skill Go, and no related skill gives credit.'] }),
    ]);
    const cell = (name: string) => screen.getByRole('button', { name: new RegExp(`^Why \\d+ for ${name}\\?$`) }).closest('td')!.textContent;
    expect(cell('Sam Okafor')).toBe('Has Python, SQL; partly Kubernetes; missing Go Why 82?');
    expect(cell('Lena Park')).toBe('Partly GraphQL Why 61?');
    expect(cell('Ada Byrne')).toBe('Blocked: Missing the must-have skill Go, and no related skill gives credit. Why 12?');
  });

  test('says in words whether each skill is matched, partly matched or missing, not only by colour', async () => {
    renderTable([
      buildSuggestion({ fullName: 'Sam Okafor', matched: ['Python'], partial: [['Git', 'Code Review'], ['GraphQL', 'GraphQL', [3, 4]]], missing: ['Kubernetes'] }),
    ]);

    fireEvent.click(screen.getByRole('button', { name: /^Why \d+ for Sam Okafor\?$/ }));

    const reasons = await screen.findByRole('region', { name: /^Why Sam Okafor scores/ });
    const chips = within(await within(reasons).findByRole('list', { name: 'Skills the job asks for' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual([
      '✓ matched: Python',
      '≈ partly matched: Git (via Code Review)',
      '≈ partly matched: GraphQL (level 3 of 4)',
      '✗ missing: Kubernetes (must-have)',
    ]);
    expect(chips.map((chip) => chip.className)).toEqual(['chip chip--matched', 'chip chip--partial', 'chip chip--partial', 'chip chip--missing']);
  });

  test('reasons that cannot be loaded say so with the server’s words, and Retry loads them', async () => {
    const sam = buildSuggestion({ fullName: 'Sam Okafor', score: 82 });
    const answer = explanationMock(sam);
    renderTable([sam], new Map(), [{ request: answer.request, error: new Error('The server is busy; try again.') }, answer]);

    fireEvent.click(screen.getByRole('button', { name: 'Why 82 for Sam Okafor?' }));

    const reasons = await screen.findByRole('region', { name: 'Why Sam Okafor scores 82' });
    const alert = await within(reasons).findByRole('alert');
    expect(alert.textContent).toContain("We couldn't load the reasons.");
    expect(alert.textContent).toContain('The server is busy; try again.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(reasons).findByRole('heading', { name: 'Fits the job: 88' })).toBeDefined();
  });

  test('a blocked candidate’s reasons state the blocker in plain words', async () => {
    renderTable([buildSuggestion({ fullName: 'Sam Okafor', score: 40, blockers: ['Lacks Kubernetes, a must-have at level 3.'] })]);

    expect(screen.getByRole('row', { name: /Sam Okafor/ }).textContent).toContain('Blocked: Lacks Kubernetes, a must-have at level 3.');
    fireEvent.click(screen.getByRole('button', { name: 'Why 40 for Sam Okafor?' }));

    const reasons = await screen.findByRole('region', { name: 'Why Sam Okafor scores 40' });
    expect(await within(reasons).findByRole('heading', { name: 'Blocker' })).toBeDefined();
    expect(reasons.textContent).toContain('Lacks Kubernetes, a must-have at level 3.');
  });
});
