import type { AgencyReliabilitySummary } from '@shortlist/domain/interviews';
import { describe, expect, test } from 'vitest';
import { describeAgencyReliability } from './describe-agency-reliability';

function record(overrides: Partial<AgencyReliabilitySummary & { lateNoticeMinutes: number }> = {}) {
  return {
    lateNoticeMinutes: 24 * 60,
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
    ...overrides,
  };
}

describe("the agency's record in words", () => {
  test('a new agency has nothing against it', () => {
    expect(describeAgencyReliability(record())).toEqual([
      'No interview times set by the agency yet',
      'No interviews cancelled by the agency',
      'No no-shows by the agency',
    ]);
  });

  test("short notice, a late cancellation and a contested no-show are said as plainly as a candidate's", () => {
    expect(
      describeAgencyReliability(
        record({
          interviewsScheduled: 12,
          shortNoticeInterviews: 2,
          medianSchedulingNoticeHours: 74,
          cancellations: 1,
          lateCancellations: 1,
          medianCancellationNoticeHours: 3.5,
          noShows: 1,
          noShowsContested: 1,
        }),
      ),
    ).toEqual([
      "Set 12 interview times, usually with 3 days' notice (2 at short notice, under 24 hours)",
      "Cancelled 1 interview, with 3 hours' notice (late)",
      'Did not come to 1 interview (no-show, contested)',
    ]);
  });

  test("names the client's late cancellations and no-shows apart, only when there are some", () => {
    const sentences = describeAgencyReliability(record({ interviewsScheduled: 1, medianSchedulingNoticeHours: 30, clientNoShows: 2, clientLateCancellations: 1 }));
    expect(sentences[0]).toBe("Set 1 interview time, with 30 hours' notice (none under 24 hours)");
    expect(sentences[3]).toBe('The clients it represents: 1 late cancellation, 2 no-shows');
  });
});
