import type { ReliabilitySummary } from '@shortlist/domain/interviews';
import { describe, expect, test } from 'vitest';
import { describeReliability } from './describe-reliability';

function record(overrides: Partial<ReliabilitySummary> = {}): ReliabilitySummary {
  return {
    proposalsAnswered: 0,
    proposalsExpired: 0,
    responseRate: null,
    medianResponseHours: null,
    cancellations: 0,
    lateCancellations: 0,
    medianNoticeHours: null,
    noShows: 0,
    noShowsContested: 0,
    ...overrides,
  };
}

const sentence = (summary: ReliabilitySummary) => describeReliability(summary).join(' · ');

describe('a reliability record in words', () => {
  test('answers, a late cancellation and no no-shows', () => {
    expect(
      sentence(
        record({
          proposalsAnswered: 4,
          proposalsExpired: 1,
          responseRate: 0.8,
          medianResponseHours: 6,
          cancellations: 1,
          lateCancellations: 1,
          medianNoticeHours: 3,
        }),
      ),
    ).toBe("Answered 4 of 5 proposals, usually within 6 hours · Cancelled 1 interview, with 3 hours' notice (late) · No no-shows");
  });

  test('a new candidate has nothing against them, and the page says so', () => {
    expect(sentence(record())).toBe('No proposals answered or expired yet · No cancelled interviews · No no-shows');
  });

  test('a proposal that lapsed unanswered counts, without a response time', () => {
    expect(describeReliability(record({ proposalsExpired: 1, responseRate: 0 }))[0]).toBe('Answered 0 of 1 proposal');
  });

  test('response times read as a person would say them', () => {
    const responses = (medianResponseHours: number) =>
      describeReliability(record({ proposalsAnswered: 1, medianResponseHours }))[0];

    expect(responses(0.4)).toBe('Answered 1 of 1 proposal, usually within an hour');
    expect(responses(1.2)).toBe('Answered 1 of 1 proposal, usually within 1 hour');
    expect(responses(30.5)).toBe('Answered 1 of 1 proposal, usually within 31 hours');
    expect(responses(80)).toBe('Answered 1 of 1 proposal, usually within 3 days');
  });

  test('notice is rounded down, never overstated', () => {
    const cancellations = (medianNoticeHours: number) =>
      describeReliability(record({ cancellations: 1, medianNoticeHours }))[1];

    expect(cancellations(23.9)).toBe("Cancelled 1 interview, with 23 hours' notice (in time)");
    expect(cancellations(1.5)).toBe("Cancelled 1 interview, with 1 hour's notice (in time)");
    expect(cancellations(0.5)).toBe("Cancelled 1 interview, with less than an hour's notice (in time)");
    expect(cancellations(72)).toBe("Cancelled 1 interview, with 3 days' notice (in time)");
  });

  test('several cancellations say how many were late', () => {
    expect(describeReliability(record({ cancellations: 3, lateCancellations: 2, medianNoticeHours: 20 }))[1]).toBe(
      "Cancelled 3 interviews, usually with 20 hours' notice (2 late)",
    );
    expect(describeReliability(record({ cancellations: 2, medianNoticeHours: 50 }))[1]).toBe(
      "Cancelled 2 interviews, usually with 2 days' notice (none late)",
    );
  });

  test('no-shows are named plainly', () => {
    expect(describeReliability(record({ noShows: 1 }))[2]).toBe('Did not come to 1 interview (no-show)');
    expect(describeReliability(record({ noShows: 2 }))[2]).toBe('Did not come to 2 interviews (no-show)');
  });

  test('a contested no-show still counts, and says it was contested', () => {
    expect(describeReliability(record({ noShows: 1, noShowsContested: 1 }))[2]).toBe('Did not come to 1 interview (no-show, contested)');
    expect(describeReliability(record({ noShows: 3, noShowsContested: 1 }))[2]).toBe('Did not come to 3 interviews (no-show; 1 contested)');
  });
});
