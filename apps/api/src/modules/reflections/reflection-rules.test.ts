import { describe, expect, it } from 'vitest';
import { canReadReflection, isFollowUpDue, isInterviewDone, isReflectable, todayIn } from './reflection-rules.ts';

const now = new Date('2026-12-04T12:00:00Z');
const ended = new Date('2026-12-04T11:00:00Z');
const later = new Date('2026-12-04T13:00:00Z');

describe('when a candidate may reflect on an interview', () => {
  it('an interview whose end passed can be reflected on whatever its outcome, except one that never happened', () => {
    expect(isReflectable({ status: 'SCHEDULED', endsAt: ended }, now)).toBe(true);
    expect(isReflectable({ status: 'NO_SHOW', endsAt: ended }, now)).toBe(true);
    expect(isReflectable({ status: 'COMPLETED', endsAt: ended }, now)).toBe(true);
    expect(isReflectable({ status: 'CANCELLED', endsAt: ended }, now)).toBe(false);
    expect(isReflectable({ status: 'NEEDS_RESCHEDULING', endsAt: ended }, now)).toBe(false);
  });

  it('an interview that has not ended cannot be reflected on yet, unless it was marked completed early', () => {
    expect(isReflectable({ status: 'SCHEDULED', endsAt: later }, now)).toBe(false);
    expect(isReflectable({ status: 'COMPLETED', endsAt: later }, now)).toBe(true);
  });

  it('counts completed and ended interviews as done, not no-shows or cancellations', () => {
    expect(isInterviewDone({ status: 'COMPLETED', endsAt: later }, now)).toBe(true);
    expect(isInterviewDone({ status: 'SCHEDULED', endsAt: ended }, now)).toBe(true);
    expect(isInterviewDone({ status: 'SCHEDULED', endsAt: later }, now)).toBe(false);
    expect(isInterviewDone({ status: 'NO_SHOW', endsAt: ended }, now)).toBe(false);
    expect(isInterviewDone({ status: 'CANCELLED', endsAt: ended }, now)).toBe(false);
  });
});

describe('who reads a reflection', () => {
  const candidate = { kind: 'user', userId: 'u1', agencyId: 'a1', role: 'CANDIDATE', sessionId: 's', candidateProfileId: 'c1' } as const;
  const recruiter = { kind: 'user', userId: 'u2', agencyId: 'a1', role: 'RECRUITER', sessionId: 's', candidateProfileId: null } as const;
  const otherRecruiter = { ...recruiter, agencyId: 'a2' };
  const partner = { kind: 'partner', apiKeyId: 'k', agencyId: 'a1', clientCompanyId: null, scopes: ['PROPOSALS_READ', 'PROPOSALS_WRITE'] as ('PROPOSALS_READ' | 'PROPOSALS_WRITE')[] } as const;
  const privateOne = { agencyId: 'a1', candidateId: 'c1', sharedWithRecruiterAt: null };
  const shared = { ...privateOne, sharedWithRecruiterAt: now };

  it('the candidate always, staff of the agency only once shared, never another agency or a partner key', () => {
    expect(canReadReflection(candidate, privateOne)).toBe(true);
    expect(canReadReflection(recruiter, privateOne)).toBe(false);
    expect(canReadReflection(recruiter, shared)).toBe(true);
    expect(canReadReflection(otherRecruiter, shared)).toBe(false);
    expect(canReadReflection(partner, shared)).toBe(false);
    expect(canReadReflection(null, shared)).toBe(false);
  });
});

describe('follow-ups', () => {
  it('a follow-up is due from its date in the candidate\'s zone until it is marked followed up', () => {
    expect(todayIn('Pacific/Auckland', new Date('2026-12-04T12:00:00Z'))).toBe('2026-12-05');
    expect(isFollowUpDue({ followUpBy: new Date('2026-12-05T00:00:00Z'), followedUpAt: null }, '2026-12-05')).toBe(true);
    expect(isFollowUpDue({ followUpBy: new Date('2026-12-06T00:00:00Z'), followedUpAt: null }, '2026-12-05')).toBe(false);
    expect(isFollowUpDue({ followUpBy: new Date('2026-12-01T00:00:00Z'), followedUpAt: now }, '2026-12-05')).toBe(false);
    expect(isFollowUpDue({ followUpBy: null, followedUpAt: null }, '2026-12-05')).toBe(false);
  });
});
