import { describe, expect, it } from 'vitest';
import { summarizeAgencyReliability } from './summarize-agency-reliability.ts';
import type { InterviewStatus, Party } from './types.ts';

const START = new Date('2026-12-10T10:00:00Z');
const hoursBefore = (hours: number) => new Date(START.getTime() - hours * 3_600_000);
const interview = (
  status: InterviewStatus,
  fields: { noticeHours?: number; isSetByAgency?: boolean; cancelledBy?: Party; noticeGivenMinutes?: number; isLateCancellation?: boolean; noShowParty?: Party; contested?: boolean } = {},
) => ({
  status,
  startsAt: START,
  createdAt: hoursBefore(fields.noticeHours ?? 72),
  isSetByAgency: fields.isSetByAgency ?? true,
  cancelledBy: fields.cancelledBy ?? null,
  noticeGivenMinutes: fields.noticeGivenMinutes ?? null,
  isLateCancellation: fields.isLateCancellation ?? null,
  noShowParty: fields.noShowParty ?? null,
  noShowContestedAt: fields.contested ? new Date() : null,
});

describe('summarizeAgencyReliability', () => {
  it('has nothing to say about an agency without interviews', () => {
    expect(summarizeAgencyReliability({ interviews: [] })).toEqual({
      interviews: 0,
      interviewsScheduled: 0,
      shortNoticeInterviews: 0,
      medianSchedulingNoticeHours: null,
      cancellations: 0,
      lateCancellations: 0,
      medianCancellationNoticeHours: null,
      noShows: 0,
      noShowsContested: 0,
      clientLateCancellations: 0,
      clientNoShows: 0,
    });
  });

  it("counts the recruiter's late cancellations and no-shows, not the candidate's", () => {
    const summary = summarizeAgencyReliability({
      interviews: [
        interview('CANCELLED', { cancelledBy: 'RECRUITER', noticeGivenMinutes: 120, isLateCancellation: true }),
        interview('CANCELLED', { cancelledBy: 'RECRUITER', noticeGivenMinutes: 72 * 60, isLateCancellation: false }),
        interview('CANCELLED', { cancelledBy: 'CANDIDATE', noticeGivenMinutes: 10, isLateCancellation: true }),
        interview('NO_SHOW', { noShowParty: 'RECRUITER', contested: true }),
        interview('NO_SHOW', { noShowParty: 'CANDIDATE' }),
        interview('NO_SHOW', { noShowParty: 'CLIENT' }),
        interview('CANCELLED', { cancelledBy: 'CLIENT', noticeGivenMinutes: 60, isLateCancellation: true }),
      ],
    });
    expect(summary).toMatchObject({
      interviews: 7,
      cancellations: 2,
      lateCancellations: 1,
      medianCancellationNoticeHours: 37,
      noShows: 1,
      noShowsContested: 1,
      clientLateCancellations: 1,
      clientNoShows: 1,
    });
  });

  it("holds the agency's scheduling to the policy, leaving out times the candidate picked", () => {
    const summary = summarizeAgencyReliability({
      lateNoticeMinutes: 24 * 60,
      interviews: [
        interview('SCHEDULED', { noticeHours: 0.05 }),
        interview('COMPLETED', { noticeHours: 23.9 }),
        interview('COMPLETED', { noticeHours: 24 }),
        interview('COMPLETED', { noticeHours: 96 }),
        interview('SCHEDULED', { noticeHours: 1, isSetByAgency: false }),
      ],
    });
    expect(summary).toMatchObject({ interviews: 5, interviewsScheduled: 4, shortNoticeInterviews: 2, medianSchedulingNoticeHours: 24 });
  });
});
