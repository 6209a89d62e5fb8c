import type { FragmentType } from '@apollo/client';
import { ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { ProposalExplanation, ProposalExplanation_proposal } from './ProposalExplanation';

afterEach(cleanup);

const category = (name: string, score: number, evidence: string[], side: 'forward' | 'reverse' = 'forward') => ({
  __typename: 'ProposalMatchCategory' as const,
  name,
  side,
  score,
  weight: 10,
  evidence,
});

function renderExplanation(match: Partial<{ blockers: Array<{ code: string; message: string }> }> = {}) {
  const client = createApolloClient({ link: ApolloLink.empty() });
  client.writeFragment({
    fragment: ProposalExplanation_proposal,
    fragmentName: 'ProposalExplanation_proposal',
    data: {
      __typename: 'Proposal',
      id: 'proposal-1',
      match: {
        __typename: 'ProposalMatch',
        score: 87.5,
        forwardScore: 88.8,
        reverseScore: 85,
        isBlocked: (match.blockers ?? []).length > 0,
        blockers: (match.blockers ?? []).map((blocker) => ({ __typename: 'ProposalMatchBlocker' as const, ...blocker })),
        categories: [
          category('Must-have skills', 100, ['Has Go at level 4 for 8 years; the job needs level 3.']),
          category('Nice-to-have skills', 85.6, [
            'Has System Design at level 3 for 6 years; it is a nice-to-have of weight 5 of 5.',
            'Does not have Agile (a nice-to-have of weight 1 of 5), and no related skill gives credit.',
          ]),
          category('Location', 10, [
            'The hybrid job is in Amsterdam (NL); the candidate lives in Berlin (DE), in another country, and has not said they would move.',
          ]),
          category('Salary', 100, ['The job pays up to 103,000 EUR; the candidate asks for at least 90,000 EUR.'], 'reverse'),
          category('Preferred location', 0, [
            'The job is in Amsterdam (NL), not where the candidate lives or prefers (preferred: Berlin), and they do not want to relocate.',
          ], 'reverse'),
        ],
      },
    },
  });
  const ref = { __typename: 'Proposal', id: 'proposal-1' } as unknown as FragmentType<typeof ProposalExplanation_proposal>;
  render(
    <ApolloProvider client={client}>
      <ProposalExplanation proposal={ref} />
    </ApolloProvider>,
  );
  return screen.getByRole('region', { name: 'Why you were proposed' });
}

/** The list right after a heading, as the items read. */
function listAfter(heading: string): string[] {
  const list = screen.getByRole('heading', { name: heading }).nextElementSibling as HTMLElement;
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('why the candidate was proposed', () => {
  test('shows the score plainly, and both sides of it', () => {
    const region = renderExplanation();

    expect(region.textContent).toContain('Match score: 88 out of 100');
    expect(region.textContent).toContain('How well you meet the job: 89 out of 100');
    expect(region.textContent).toContain('How well the job meets your preferences: 85 out of 100');
  });

  test('says what matched, in the candidate’s words', () => {
    renderExplanation();

    expect(listAfter('What matched')).toEqual([
      'You have Go at level 4 for 8 years; the job needs level 3.',
      'You have System Design at level 3 for 6 years; it is a nice-to-have of weight 5 of 5.',
    ]);
  });

  test('says what is missing, in the candidate’s words', () => {
    renderExplanation();

    expect(listAfter('What is missing')).toEqual([
      'You do not have Agile (a nice-to-have of weight 1 of 5), and no related skill gives credit.',
      'The hybrid job is in Amsterdam (NL); you live in Berlin (DE), in another country, and have not said you would move.',
    ]);
  });

  test('says how the job meets their preferences, each in words', () => {
    renderExplanation();

    expect(listAfter('How the job meets your preferences')).toEqual([
      'Salary Fits The job pays up to 103,000 EUR; you ask for at least 90,000 EUR.',
      'Preferred location Does not fit The job is in Amsterdam (NL), not where you live or prefer (preferred: Berlin), and you do not want to relocate.',
    ]);
  });

  test('shows a blocker first rather than hiding it in the score', () => {
    renderExplanation({
      blockers: [{ code: 'MISSING_MUST_HAVE', message: 'Missing the must-have skill Express, and no related skill gives credit.' }],
    });

    expect(listAfter('Worth knowing first')).toEqual(['You are missing the must-have skill Express, and no related skill gives credit.']);
  });
});
