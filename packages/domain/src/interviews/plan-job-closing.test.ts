import { describe, expect, it } from 'vitest';
import { planJobClosing } from './plan-job-closing.ts';
import { transitionProposal } from './proposal-transitions.ts';
import type { ProposalStatus } from './types.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const NEXT_WEEK = new Date('2026-12-08T09:00:00Z');
const YESTERDAY = new Date('2026-11-30T09:00:00Z');
const HOUR = 60 * 60 * 1000;

let sequence = 0;
const proposal = (status: ProposalStatus, overrides: { respondBy?: Date; interviewsIn?: number[]; isOpenToFutureRoles?: boolean } = {}) => {
  sequence += 1;
  return {
    id: `proposal-${sequence}`,
    status,
    respondBy: overrides.respondBy ?? NEXT_WEEK,
    candidateName: `Julia Andersson ${sequence}`,
    recruiterName: 'Riley Chen',
    ...(overrides.isOpenToFutureRoles === undefined ? {} : { isOpenToFutureRoles: overrides.isOpenToFutureRoles }),
    liveInterviews: (overrides.interviewsIn ?? []).map((hours, i) => ({ id: `interview-${sequence}-${i}`, startsAt: new Date(NOW.getTime() + hours * HOUR) })),
  };
};

const plan = (outcome: 'FILLED' | 'CLOSED', proposals: ReturnType<typeof proposal>[], lateNoticeMinutes = 24 * 60) =>
  planJobClosing({ outcome, jobTitle: 'Platform Engineer', companyName: 'Kestrel Logistics', proposals, now: NOW, lateNoticeMinutes });

describe('planJobClosing', () => {
  const fresh = proposal('PROPOSED');
  const lapsed = proposal('PROPOSED', { respondBy: YESTERDAY });
  const accepted = proposal('ACCEPTED');
  const interviewing = proposal('INTERVIEWING', { interviewsIn: [3, 72] });
  const offered = proposal('OFFERED');
  const closed = [proposal('HIRED'), proposal('DECLINED'), proposal('WITHDRAWN'), proposal('REJECTED'), proposal('EXPIRED')];
  const steps = plan('FILLED', [fresh, lapsed, accepted, interviewing, ...closed, offered]);

  it('tells every candidate still in the pipeline, in order, and leaves lapsed and closed proposals alone', () => {
    expect(steps.map((s) => [s.proposalId, s.status])).toEqual([
      [fresh.id, 'PROPOSED'],
      [accepted.id, 'ACCEPTED'],
      [interviewing.id, 'INTERVIEWING'],
      [offered.id, 'OFFERED'],
    ]);
  });

  it('gives a filled job the reason "position filled" and a polite message from the recruiter to the candidate', () => {
    const [first] = steps;
    expect(first?.reason).toBe('POSITION_FILLED');
    expect(first?.message).toBe(
      [
        `Hi Julia,`,
        "Thank you for your interest in the Platform Engineer role at Kestrel Logistics. The position has now been filled, so I'm withdrawing this proposal.",
        "I'll keep you in mind for other roles that fit, and I'd be glad to talk about what you're looking for next.",
        'Best regards,\nRiley Chen',
      ].join('\n\n'),
    );
  });

  it('gives a closed job the reason "position cancelled", in words that say the client stopped the search', () => {
    const [step] = plan('CLOSED', [proposal('INTERVIEWING')]);
    expect(step?.reason).toBe('POSITION_CANCELLED');
    expect(step?.message).toContain("Kestrel Logistics has decided not to go ahead with the role, so I'm withdrawing this proposal.");
  });

  it('does not promise other roles to a candidate who said they do not want them', () => {
    const [step] = plan('FILLED', [proposal('ACCEPTED', { isOpenToFutureRoles: false })]);
    expect(step?.message).toContain('Thank you for your time, and all the best.');
    expect(step?.message).not.toContain('keep you in mind');
  });

  it('lists each live interview with the notice the candidate gets, late under the agency policy or not', () => {
    expect(steps[2]?.interviews).toEqual([
      { interviewId: `${interviewing.id.replace('proposal', 'interview')}-0`, startsAt: new Date(NOW.getTime() + 3 * HOUR), noticeGivenMinutes: 180, isLate: true },
      { interviewId: `${interviewing.id.replace('proposal', 'interview')}-1`, startsAt: new Date(NOW.getTime() + 72 * HOUR), noticeGivenMinutes: 72 * 60, isLate: false },
    ]);
    const lenient = plan('FILLED', [interviewing], 60);
    expect(lenient[0]?.interviews.map((i) => i.isLate)).toEqual([false, false]);
  });

  it('plans only withdrawals the recruiter is allowed to make', () => {
    const byId = new Map([fresh, accepted, interviewing, offered].map((p) => [p.id, p]));
    for (const step of steps) {
      expect(transitionProposal(byId.get(step.proposalId)!, 'withdraw', 'RECRUITER', { now: NOW }).ok).toBe(true);
    }
  });
});
