import { describe, expect, it } from 'vitest';
import { decideNoShowContest } from './decide-no-show-contest.ts';

const noShow = (noShowParty: 'CANDIDATE' | 'RECRUITER' | 'CLIENT', noShowContestedAt: Date | null = null) => ({ status: 'NO_SHOW' as const, noShowParty, noShowContestedAt });

describe('decideNoShowContest', () => {
  it('lets the side held absent contest, once', () => {
    expect(decideNoShowContest(noShow('CANDIDATE'), 'CANDIDATE')).toEqual({ ok: true });
    expect(decideNoShowContest(noShow('RECRUITER'), 'RECRUITER')).toEqual({ ok: true });
    expect(decideNoShowContest(noShow('CANDIDATE', new Date()), 'CANDIDATE')).toMatchObject({ ok: false, error: { code: 'ALREADY_CONTESTED' } });
  });

  it('does not let another side contest it', () => {
    expect(decideNoShowContest(noShow('CANDIDATE'), 'RECRUITER')).toEqual({
      ok: false,
      error: { code: 'NOT_ALLOWED', message: 'This no-show holds the candidate absent; only they can contest it.' },
    });
    expect(decideNoShowContest(noShow('RECRUITER'), 'CANDIDATE')).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
  });

  it('has nothing to contest on an interview that was not a no-show', () => {
    expect(decideNoShowContest({ status: 'COMPLETED', noShowParty: null, noShowContestedAt: null }, 'CANDIDATE')).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });
});
