import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildSuggestion } from './recruiter-job-fixtures';
import { SuggestionCard } from './SuggestionCard';

afterEach(cleanup);

function renderCard(match = buildSuggestion(), props: Partial<Parameters<typeof SuggestionCard>[0]> = {}) {
  const onPropose = vi.fn();
  render(<SuggestionCard match={match} job={{ id: 'job-1', status: 'OPEN' }} onPropose={onPropose} {...props} />);
  return { onPropose, card: screen.getByRole('article', { name: match.candidate.fullName }) };
}

describe('a suggested candidate', () => {
  test('shows the score as a meter with its number, and how it splits between the two sides', () => {
    const { card } = renderCard(buildSuggestion({ score: 82.4, forwardScore: 88, reverseScore: 71.5 }));

    const meter = within(card).getByRole('meter', { name: 'Match score' });
    expect(meter.getAttribute('aria-valuenow')).toBe('82');
    expect(meter.getAttribute('aria-valuetext')).toBe('82 out of 100');
    expect(meter.textContent).toContain('82');
    expect(card.textContent).toContain('Fits the job 88 · Job fits them 72');
  });

  test('says in words whether each skill is matched, partly matched or missing, not only by colour', () => {
    const { card } = renderCard(
      buildSuggestion({ matched: ['Python'], partial: [['Git', 'Code Review'], ['GraphQL', 'GraphQL', [3, 4]]], missing: ['Kubernetes'] }),
    );

    const chips = within(within(card).getByRole('list', { name: 'Skills the job asks for' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual([
      '✓ matched: Python',
      '≈ partly matched: Git (via Code Review)',
      '≈ partly matched: GraphQL (level 3 of 4)',
      '✗ missing: Kubernetes (must-have)',
    ]);
    expect(chips.map((chip) => chip.className)).toEqual([
      'chip chip--matched',
      'chip chip--partial',
      'chip chip--partial',
      'chip chip--missing',
    ]);
  });

  test('states blockers in plain words', () => {
    const { card } = renderCard(buildSuggestion({ blockers: ['Lacks Kubernetes, a must-have at level 3.'] }));

    expect(within(card).getByRole('heading', { name: 'Blocker' })).toBeDefined();
    expect(card.textContent).toContain('Lacks Kubernetes, a must-have at level 3.');
  });

  test('keeps the evidence behind the score folded away until asked for', () => {
    const { card } = renderCard();

    const details = card.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByText('Why this score').tagName).toBe('SUMMARY');

    fireEvent.click(within(details).getByText('Why this score'));

    expect(details.open).toBe(true);
    expect(within(details).getByRole('heading', { name: 'Fits the job: 88' })).toBeDefined();
    expect(details.textContent).toContain('Must-have skills');
    expect(details.textContent).toContain('Has Python at level 4 for 6 years; the job needs level 3.');
    expect(within(details).getByRole('heading', { name: 'Job fits them: 72' })).toBeDefined();
    expect(details.textContent).toContain('The band tops out a little under what the candidate asks.');
  });

  test('offers “Propose <name>”', () => {
    const { card, onPropose } = renderCard(buildSuggestion({ fullName: 'Sam Okafor' }));

    fireEvent.click(within(card).getByRole('button', { name: 'Propose Sam Okafor' }));

    expect(onPropose).toHaveBeenCalledTimes(1);
  });

  test('a candidate already proposed for the job links to that proposal instead of offering Propose again', () => {
    const { card } = renderCard(buildSuggestion({ fullName: 'Sam Okafor' }), {
      existingProposal: { id: 'proposal-7', status: 'INTERVIEWING', isOpen: true },
    });

    expect(within(card).queryByRole('button', { name: 'Propose Sam Okafor' })).toBeNull();
    expect(card.textContent).toContain('Already proposed for this job (Interviewing).');
    expect(within(card).getByRole('link', { name: 'See Sam Okafor’s proposal' }).getAttribute('href')).toBe(
      '/recruiter/proposals/proposal-7',
    );
  });

  test('a candidate who declined before can be proposed again, and the card says they were proposed', () => {
    const { card } = renderCard(buildSuggestion({ fullName: 'Sam Okafor' }), {
      existingProposal: { id: 'proposal-3', status: 'DECLINED', isOpen: false },
    });

    expect(card.textContent).toContain('Proposed before: declined.');
    expect(within(card).getByRole('button', { name: 'Propose Sam Okafor' })).toBeDefined();
  });

  test.each([
    ['DRAFT', 'Publish the job to propose candidates.'],
    ['ON_HOLD', 'The job is on hold: open it again to propose candidates.'],
    ['CLOSED', 'The job is closed: open it again to propose candidates.'],
  ] as const)('on a %s job, Propose is not offered: the card says why and links to editing the job', (status, why) => {
    const { card } = renderCard(buildSuggestion({ fullName: 'Sam Okafor' }), { job: { id: 'job-1', status } });

    expect(within(card).queryByRole('button', { name: 'Propose Sam Okafor' })).toBeNull();
    expect(card.textContent).toContain(why);
    expect(within(card).getByRole('link', { name: 'Edit the job' }).getAttribute('href')).toBe('/recruiter/jobs/job-1/edit');
  });
});
