import { describe, expect, it } from 'vitest';
import { summarizePortfolio } from './summarize-portfolio.ts';
import type { InterviewStatus, ProposalStatus } from './types.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const LATER = new Date('2026-12-08T09:00:00Z');
const EARLIER = new Date('2026-11-20T09:00:00Z');

const proposals = (...statuses: ProposalStatus[]) => statuses.map((status) => ({ status, respondBy: LATER }));
const summarize = (list: Array<{ status: ProposalStatus; respondBy: Date }>, target = 3, interviews: Array<{ status: InterviewStatus; startsAt: Date }> = []) =>
  summarizePortfolio({ proposals: list, interviews, targetOpportunities: target, now: NOW });

describe('summarizePortfolio', () => {
  it('nudges gently when one short of the target', () => {
    expect(summarize(proposals('PROPOSED', 'INTERVIEWING', 'DECLINED'))).toMatchObject({
      inFlight: 2,
      target: 3,
      headline: '2 of 3 in flight.',
      nudge: '2 of 3: keep one more door open.',
    });
  });

  it('counts the doors in words', () => {
    expect(summarize(proposals('OFFERED'), 3).nudge).toBe('1 of 3: keep two more doors open.');
  });

  it('suggests saying yes to a conversation when nothing is in flight', () => {
    expect(summarize(proposals('HIRED', 'REJECTED')).nudge).toBe('0 of 3: a good time to say yes to a conversation.');
  });

  it('stops nudging at the target', () => {
    expect(summarize(proposals('PROPOSED', 'ACCEPTED', 'OFFERED'))).toMatchObject({ headline: '3 of 3 in flight. Nice.', nudge: null });
    // Above target it does not read "4 of 3".
    expect(summarize(proposals('PROPOSED', 'ACCEPTED', 'OFFERED', 'INTERVIEWING'))).toMatchObject({
      headline: '4 in flight, one more than your target. Nice.',
      nudge: null,
    });
    expect(summarize(proposals('PROPOSED', 'ACCEPTED', 'OFFERED', 'INTERVIEWING')).nudge).toBeNull();
  });

  it('does not count a proposal whose respond-by time has passed', () => {
    expect(summarize([{ status: 'PROPOSED', respondBy: EARLIER }, ...proposals('ACCEPTED')]).inFlight).toBe(1);
  });

  it('counts only scheduled interviews still ahead', () => {
    const interviews = [
      { status: 'SCHEDULED' as const, startsAt: LATER },
      { status: 'SCHEDULED' as const, startsAt: EARLIER },
      { status: 'CANCELLED' as const, startsAt: LATER },
    ];
    expect(summarize([], 3, interviews).upcomingInterviews).toBe(1);
  });
});
