import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { PortfolioNudge } from './PortfolioNudge';

afterEach(cleanup);

const now = new Date('2026-11-26T09:00:00Z');
const inAWeek = '2026-12-03T09:00:00Z';
const yesterday = '2026-11-25T09:00:00Z';

function renderNudge(props: Partial<Parameters<typeof PortfolioNudge>[0]> = {}) {
  render(<PortfolioNudge proposals={[]} interviews={[]} targetOpportunities={3} now={now} {...props} />);
  return screen.getByRole('region', { name: 'Your portfolio' });
}

describe('the portfolio nudge', () => {
  test('below target, it shows how many are in flight and nudges to keep more doors open', () => {
    const portfolio = renderNudge({
      proposals: [
        { status: 'PROPOSED', respondBy: inAWeek },
        { status: 'INTERVIEWING', respondBy: yesterday },
        { status: 'DECLINED', respondBy: inAWeek },
      ],
    });

    expect(portfolio.textContent).toContain('2 of 3 in flight.');
    expect(screen.getByText('2 of 3: keep one more door open.')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Update your preferences' }).getAttribute('href')).toBe('/me/profile');
  });

  test('does not count a proposal whose respond-by has passed', () => {
    renderNudge({ proposals: [{ status: 'PROPOSED', respondBy: yesterday }], targetOpportunities: 2 });

    expect(screen.getByText('0 of 2 in flight.')).toBeDefined();
    expect(screen.getByText('0 of 2: a good time to say yes to a conversation.')).toBeDefined();
  });

  test('at target, it says so without a nudge', () => {
    const portfolio = renderNudge({
      proposals: [
        { status: 'PROPOSED', respondBy: inAWeek },
        { status: 'ACCEPTED', respondBy: yesterday },
        { status: 'OFFERED', respondBy: yesterday },
      ],
      interviews: [{ status: 'SCHEDULED', startsAt: inAWeek }],
    });

    expect(screen.getByText('3 of 3 in flight. Nice.')).toBeDefined();
    expect(portfolio.textContent).not.toMatch(/door|say yes/);
    expect(portfolio.textContent).toContain('1 interview coming up.');
  });
});
