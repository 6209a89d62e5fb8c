import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveProposalStatus } from './effective-proposal-status.ts';
import { isOpenProposal } from './is-open-proposal.ts';
import { PROPOSAL_EVENTS, PROPOSAL_TRANSITIONS, type ProposalEvent, transitionProposal } from './proposal-transitions.ts';
import { ACTORS, type Actor, PROPOSAL_STATUSES, type ProposalStatus } from './types.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const RESPOND_BY = new Date('2026-12-08T09:00:00Z');
const TERMINAL: ProposalStatus[] = ['HIRED', 'DECLINED', 'WITHDRAWN', 'REJECTED', 'EXPIRED'];

const run = (status: ProposalStatus, event: ProposalEvent, actor: Actor, now = NOW) =>
  transitionProposal({ status, respondBy: RESPOND_BY }, event, actor, { now });

describe('transitionProposal: the happy path', () => {
  it.each([
    ['PROPOSED', 'accept', 'CANDIDATE', 'ACCEPTED'],
    ['PROPOSED', 'decline', 'CANDIDATE', 'DECLINED'],
    ['PROPOSED', 'withdraw', 'RECRUITER', 'WITHDRAWN'],
    ['ACCEPTED', 'withdraw', 'CANDIDATE', 'WITHDRAWN'],
    ['ACCEPTED', 'withdraw', 'RECRUITER', 'WITHDRAWN'],
    ['INTERVIEWING', 'withdraw', 'CANDIDATE', 'WITHDRAWN'],
    ['OFFERED', 'withdraw', 'CANDIDATE', 'WITHDRAWN'],
    ['OFFERED', 'withdraw', 'RECRUITER', 'WITHDRAWN'],
    ['ACCEPTED', 'scheduleInterview', 'RECRUITER', 'INTERVIEWING'],
    ['INTERVIEWING', 'scheduleInterview', 'RECRUITER', 'INTERVIEWING'],
    ['INTERVIEWING', 'makeOffer', 'RECRUITER', 'OFFERED'],
    ['INTERVIEWING', 'makeOffer', 'CLIENT', 'OFFERED'],
    ['OFFERED', 'acceptOffer', 'CANDIDATE', 'HIRED'],
    ['OFFERED', 'recordHire', 'RECRUITER', 'HIRED'],
    ['OFFERED', 'recordHire', 'CLIENT', 'HIRED'],
    ['OFFERED', 'declineOffer', 'CANDIDATE', 'DECLINED'],
    ['ACCEPTED', 'reject', 'CLIENT', 'REJECTED'],
    ['INTERVIEWING', 'reject', 'RECRUITER', 'REJECTED'],
    ['OFFERED', 'reject', 'CLIENT', 'REJECTED'],
  ] as const)('from %s, %s by %s leads to %s', (from, event, actor, to) => {
    expect(run(from, event, actor)).toEqual({ ok: true, from, to });
  });
});

describe('transitionProposal: refusals a user would read', () => {
  it('a declined proposal cannot be accepted', () => {
    expect(run('DECLINED', 'accept', 'CANDIDATE')).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'A proposal that is declined cannot be accepted.' },
    });
  });

  it('only the candidate can accept a proposal', () => {
    expect(run('PROPOSED', 'accept', 'RECRUITER')).toEqual({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: 'Only the candidate can accept a proposal.' },
    });
  });

  it('only the recruiter or the client can make an offer', () => {
    expect(run('INTERVIEWING', 'makeOffer', 'CANDIDATE')).toMatchObject({
      error: { code: 'NOT_ALLOWED', message: 'Only the recruiter or the client can make an offer.' },
    });
  });

  it('the candidate accepts an offer themself rather than recording a hire, which is for the recruiter or the client', () => {
    expect(run('OFFERED', 'recordHire', 'CANDIDATE')).toEqual({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: 'Only the recruiter or the client can record a hire.' },
    });
  });

  it('a hire cannot be recorded before an offer', () => {
    expect(run('INTERVIEWING', 'recordHire', 'RECRUITER')).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'A proposal that is in interviews cannot be recorded as a hire.' },
    });
  });

  it('a candidate declines, rather than withdraws, a proposal they have not answered', () => {
    expect(run('PROPOSED', 'withdraw', 'CANDIDATE')).toMatchObject({
      error: { code: 'NOT_ALLOWED', message: 'A proposal that is awaiting an answer can only be withdrawn by the recruiter.' },
    });
  });

  it('an offer cannot be made before any interview', () => {
    expect(run('ACCEPTED', 'makeOffer', 'CLIENT')).toMatchObject({
      error: { code: 'INVALID_TRANSITION', message: 'A proposal that is accepted cannot receive an offer.' },
    });
  });

  it('people cannot expire a proposal by hand', () => {
    expect(run('PROPOSED', 'expire', 'RECRUITER')).toMatchObject({
      error: { code: 'NOT_ALLOWED', message: 'Proposals expire on their own once the respond-by time passes.' },
    });
  });

  it.each(TERMINAL)('nothing can happen to a proposal that is %s', (status) => {
    for (const event of PROPOSAL_EVENTS) {
      for (const actor of ACTORS) {
        const result = run(status, event, actor);
        expect(result.ok, `${status} ${event} ${actor}`).toBe(false);
      }
    }
  });

  it('a hired proposal explains that it ended in a hire', () => {
    expect(run('HIRED', 'withdraw', 'CANDIDATE')).toMatchObject({
      error: { code: 'INVALID_TRANSITION', message: 'A proposal that ended in a hire cannot be withdrawn.' },
    });
  });
});

describe('transitionProposal: expiry at the respond-by time', () => {
  const justAfter = new Date(RESPOND_BY.getTime() + 1);

  it('can still be accepted at exactly the respond-by time', () => {
    expect(run('PROPOSED', 'accept', 'CANDIDATE', RESPOND_BY)).toEqual({ ok: true, from: 'PROPOSED', to: 'ACCEPTED' });
  });

  it('cannot be accepted one millisecond later, and says when it expired', () => {
    expect(run('PROPOSED', 'accept', 'CANDIDATE', justAfter)).toEqual({
      ok: false,
      error: { code: 'EXPIRED', message: 'This proposal expired on Tue 8 Dec, 09:00 (UTC); ask the recruiter to renew it.' },
    });
  });

  it('cannot be declined once lapsed either', () => {
    expect(run('PROPOSED', 'decline', 'CANDIDATE', justAfter)).toMatchObject({ error: { code: 'EXPIRED' } });
  });

  it('gives the same answer whether or not EXPIRED was already written', () => {
    expect(run('EXPIRED', 'accept', 'CANDIDATE')).toEqual(run('PROPOSED', 'accept', 'CANDIDATE', justAfter));
  });

  it('shows the expiry in the time zone asked for', () => {
    const result = transitionProposal({ status: 'PROPOSED', respondBy: RESPOND_BY }, 'accept', 'CANDIDATE', {
      now: justAfter,
      timeZone: 'Europe/Berlin',
    });
    expect(result).toMatchObject({ error: { message: 'This proposal expired on Tue 8 Dec, 10:00 (Europe/Berlin); ask the recruiter to renew it.' } });
  });

  it('lets the system mark a lapsed proposal expired, from the stored status', () => {
    expect(run('PROPOSED', 'expire', 'SYSTEM', justAfter)).toEqual({ ok: true, from: 'PROPOSED', to: 'EXPIRED' });
  });

  it('does not let the system expire a proposal before its respond-by time', () => {
    expect(run('PROPOSED', 'expire', 'SYSTEM', RESPOND_BY)).toMatchObject({
      error: {
        code: 'INVALID_TRANSITION',
        message: 'This proposal is open for an answer until Tue 8 Dec, 09:00 (UTC); it cannot expire before then.',
      },
    });
  });

  it('tells the recruiter it expired without suggesting they ask themselves', () => {
    expect(run('PROPOSED', 'withdraw', 'RECRUITER', justAfter)).toMatchObject({
      error: { code: 'EXPIRED', message: 'This proposal expired on Tue 8 Dec, 09:00 (UTC) without an answer.' },
    });
  });
});

describe('effectiveProposalStatus and isOpenProposal', () => {
  it('reads a lapsed PROPOSED proposal as EXPIRED and leaves other statuses alone', () => {
    const later = new Date(RESPOND_BY.getTime() + 60_000);
    expect(effectiveProposalStatus({ status: 'PROPOSED', respondBy: RESPOND_BY }, later)).toBe('EXPIRED');
    expect(effectiveProposalStatus({ status: 'PROPOSED', respondBy: RESPOND_BY }, RESPOND_BY)).toBe('PROPOSED');
    expect(effectiveProposalStatus({ status: 'ACCEPTED', respondBy: RESPOND_BY }, later)).toBe('ACCEPTED');
  });

  it('counts exactly the four in-flight statuses as open', () => {
    expect(PROPOSAL_STATUSES.filter(isOpenProposal)).toEqual(['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED']);
  });
});

describe('transitionProposal: exhaustive over status × event × actor × time', () => {
  it('always returns the table’s target or a typed, readable error, never a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROPOSAL_STATUSES),
        fc.constantFrom(...PROPOSAL_EVENTS),
        fc.constantFrom(...ACTORS),
        fc.integer({ min: -10 * 86_400_000, max: 10 * 86_400_000 }),
        (status, event, actor, offsetMs) => {
          const result = run(status, event, actor, new Date(RESPOND_BY.getTime() + offsetMs));
          if (result.ok) {
            const rule = (PROPOSAL_TRANSITIONS[status] as Partial<Record<ProposalEvent, { to: ProposalStatus }>>)[event];
            expect(result).toEqual({ ok: true, from: status, to: rule?.to });
          } else {
            expect(['INVALID_TRANSITION', 'NOT_ALLOWED', 'EXPIRED']).toContain(result.error.code);
            expect(result.error.message).toMatch(/^[A-Z].*\.$/);
            for (const code of [...PROPOSAL_STATUSES, ...ACTORS]) expect(result.error.message).not.toContain(code);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
