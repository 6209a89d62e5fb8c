import { describe, expect, it } from 'vitest';
import { summarizeReliability } from './summarize-reliability.ts';
import type { InterviewStatus, Party, ProposalStatus } from './types.ts';

const CREATED = new Date('2026-11-01T09:00:00Z');
const hoursLater = (hours: number) => new Date(CREATED.getTime() + hours * 3_600_000);
const proposal = (status: ProposalStatus, answeredAfterHours: number | null) => ({
  status,
  createdAt: CREATED,
  respondedAt: answeredAfterHours === null ? null : hoursLater(answeredAfterHours),
});
const interview = (
  status: InterviewStatus,
  fields: { cancelledBy?: Party; noticeGivenMinutes?: number; isLateCancellation?: boolean; noShowParty?: Party } = {},
) => ({
  status,
  cancelledBy: fields.cancelledBy ?? null,
  noticeGivenMinutes: fields.noticeGivenMinutes ?? null,
  isLateCancellation: fields.isLateCancellation ?? null,
  noShowParty: fields.noShowParty ?? null,
});

describe('summarizeReliability', () => {
  it('has nothing to say about a new candidate', () => {
    expect(summarizeReliability({ proposals: [], interviews: [] })).toEqual({
      proposalsAnswered: 0,
      proposalsExpired: 0,
      responseRate: null,
      medianResponseHours: null,
      cancellations: 0,
      lateCancellations: 0,
      medianNoticeHours: null,
      noShows: 0,
      noShowsContested: 0,
    });
  });

  it('rates answers against answers plus expiries, ignoring proposals still waiting or withdrawn', () => {
    const summary = summarizeReliability({
      proposals: [
        proposal('ACCEPTED', 2),
        proposal('DECLINED', 10),
        proposal('HIRED', 5),
        proposal('EXPIRED', null),
        proposal('PROPOSED', null),
        proposal('WITHDRAWN', null),
      ],
      interviews: [],
    });
    expect(summary).toMatchObject({ proposalsAnswered: 3, proposalsExpired: 1, responseRate: 0.75, medianResponseHours: 5 });
  });

  it('takes the middle of an even number of response times', () => {
    const summary = summarizeReliability({ proposals: [proposal('ACCEPTED', 1), proposal('DECLINED', 2.5)], interviews: [] });
    expect(summary.medianResponseHours).toBe(1.8);
  });

  it('counts only the candidate’s own cancellations and no-shows against them', () => {
    const summary = summarizeReliability({
      proposals: [],
      interviews: [
        interview('CANCELLED', { cancelledBy: 'CANDIDATE', noticeGivenMinutes: 6 * 60, isLateCancellation: true }),
        interview('CANCELLED', { cancelledBy: 'CANDIDATE', noticeGivenMinutes: 72 * 60, isLateCancellation: false }),
        interview('CANCELLED', { cancelledBy: 'CANDIDATE', noticeGivenMinutes: 30, isLateCancellation: true }),
        interview('CANCELLED', { cancelledBy: 'CLIENT', noticeGivenMinutes: 10, isLateCancellation: true }),
        interview('NO_SHOW', { noShowParty: 'CANDIDATE' }),
        interview('NO_SHOW', { noShowParty: 'CLIENT' }),
        interview('COMPLETED'),
      ],
    });
    expect(summary).toMatchObject({ cancellations: 3, lateCancellations: 2, medianNoticeHours: 6, noShows: 1 });
  });

  it('shows which of the candidate’s no-shows they contested, still counting them', () => {
    const summary = summarizeReliability({
      proposals: [],
      interviews: [
        { ...interview('NO_SHOW', { noShowParty: 'CANDIDATE' }), noShowContestedAt: new Date('2026-11-02T10:00:00Z') },
        interview('NO_SHOW', { noShowParty: 'CANDIDATE' }),
        { ...interview('NO_SHOW', { noShowParty: 'RECRUITER' }), noShowContestedAt: new Date('2026-11-02T10:00:00Z') },
      ],
    });
    expect(summary).toMatchObject({ noShows: 2, noShowsContested: 1 });
  });
});
