import { describe, expect, it } from 'vitest';
import { refuseSecondHire } from './refuse-second-hire.ts';

const hired = { jobTitle: 'Platform Engineer', companyName: 'Kestrel Logistics' };

describe('refuseSecondHire', () => {
  it('lets a candidate with no other hire be hired', () => {
    expect(refuseSecondHire({ actor: 'CANDIDATE', candidateName: 'Julia Andersson', hired: null })).toBeNull();
    expect(refuseSecondHire({ actor: 'RECRUITER', candidateName: 'Julia Andersson', hired: null })).toBeNull();
  });

  it('tells the candidate which offer they accepted and to decline this one instead', () => {
    expect(refuseSecondHire({ actor: 'CANDIDATE', candidateName: 'Julia Andersson', hired })).toEqual({
      code: 'ALREADY_HIRED',
      message:
        "You have already accepted Kestrel Logistics's offer for Platform Engineer, so you cannot accept a second offer; decline this one instead, with a message to the recruiter.",
    });
  });

  it('tells the recruiter or client who was hired where, and how to close this offer', () => {
    for (const actor of ['RECRUITER', 'CLIENT'] as const) {
      const refusal = refuseSecondHire({ actor, candidateName: 'Julia Andersson', hired });
      expect(refusal?.code).toBe('ALREADY_HIRED');
      expect(refusal?.message).toBe(
        "Julia Andersson has already accepted Kestrel Logistics's offer for Platform Engineer, so this offer cannot be recorded as a hire too; the candidate can decline it, or you can withdraw it.",
      );
    }
  });
});
