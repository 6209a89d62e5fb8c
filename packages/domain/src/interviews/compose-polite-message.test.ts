import { describe, expect, it } from 'vitest';
import { composePoliteMessage, type PoliteMessageKind } from './compose-polite-message.ts';
import {
  CANCELLATION_REASONS,
  DECLINE_REASONS,
  type ReasonedActionKind,
  REJECTION_REASONS,
  WITHDRAWAL_REASONS,
} from './types.ts';
import { validateReasonedAction } from './validate-reasoned-action.ts';

const PEOPLE = {
  candidateName: 'Alex Morgan',
  recruiterName: 'Dana Whitfield',
  jobTitle: 'Senior Platform Engineer',
  companyName: 'Acme',
};

const CASES: Array<[PoliteMessageKind, readonly string[], ReasonedActionKind, 'RECRUITER' | 'CANDIDATE']> = [
  ['decline', DECLINE_REASONS, 'decline', 'RECRUITER'],
  ['withdrawByCandidate', WITHDRAWAL_REASONS, 'withdraw', 'RECRUITER'],
  ['withdrawByRecruiter', WITHDRAWAL_REASONS, 'withdraw', 'CANDIDATE'],
  ['cancel', CANCELLATION_REASONS, 'cancel', 'RECRUITER'],
  ['declineOffer', DECLINE_REASONS, 'declineOffer', 'RECRUITER'],
  ['reject', REJECTION_REASONS, 'reject', 'CANDIDATE'],
];
const compose = (kind: PoliteMessageKind, reason: string, isOpenToFutureRoles?: boolean) =>
  // The cast stands in for the per-kind reason type, which the loop cannot narrow.
  composePoliteMessage(kind, { ...PEOPLE, reason: reason as never, ...(isOpenToFutureRoles === undefined ? {} : { isOpenToFutureRoles }) });

describe('composePoliteMessage', () => {
  it('declines kindly, with the reason and an open door', () => {
    expect(composePoliteMessage('decline', { ...PEOPLE, reason: 'SALARY_TOO_LOW' })).toBe(
      [
        'Hi Dana,',
        "Thank you for thinking of me for the Senior Platform Engineer role at Acme. After thinking it over, the salary is below what I'm looking for, so I'll pass on this one.",
        "I'd be glad to hear about future roles at Acme.",
        'Best regards,\nAlex Morgan',
      ].join('\n\n'),
    );
  });

  it('writes to the candidate by first name when the recruiter withdraws', () => {
    const message = composePoliteMessage('withdrawByRecruiter', { ...PEOPLE, reason: 'POSITION_FILLED' });
    expect(message.startsWith('Hi Alex,\n\n')).toBe(true);
    expect(message).toContain("The position has now been filled, so I'm withdrawing this proposal.");
    expect(message.endsWith('Best regards,\nDana Whitfield')).toBe(true);
  });

  it('offers a new time when a candidate cancels for a clash', () => {
    expect(composePoliteMessage('cancel', { ...PEOPLE, reason: 'SCHEDULE_CONFLICT' })).toContain(
      "I have a conflict at that time that I can't move.\n\nI'm still very interested in the role and would be glad to find another time.",
    );
  });

  it('does not invite future roles at a company the candidate found a poor fit', () => {
    expect(composePoliteMessage('decline', { ...PEOPLE, reason: 'COMPANY_NOT_A_FIT' })).not.toContain('future roles at Acme');
  });

  it('respects a candidate who is not open to other roles', () => {
    const message = composePoliteMessage('decline', { ...PEOPLE, reason: 'TIMING', isOpenToFutureRoles: false });
    expect(message).toContain('Thank you again for your time.');
    expect(message).not.toContain('future roles');
  });

  it.each(CASES)('for %s, every reason gives a message that passes validation and shows no code', (kind, reasons, actionKind, audience) => {
    for (const reason of reasons) {
      for (const isOpen of [true, false]) {
        const message = compose(kind, reason, isOpen);
        expect(message).toBe(compose(kind, reason, isOpen));
        expect(message).toContain('Senior Platform Engineer');
        expect(message).toContain('Acme');
        expect(message).not.toMatch(/[A-Z]{2,}|_|undefined|\s{3,}/);
        const validation = validateReasonedAction(actionKind, { reason, reasonText: 'Other things', message }, { audience });
        expect(validation.ok, `${kind} ${reason}`).toBe(true);
      }
    }
  });

  it.each(CASES)('for %s, each reason reads differently from the others', (kind, reasons) => {
    const messages = reasons.map((reason) => compose(kind, reason));
    expect(new Set(messages).size).toBe(reasons.length);
  });
});
