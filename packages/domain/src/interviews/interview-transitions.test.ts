import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_EVENTS, INTERVIEW_TRANSITIONS, type InterviewEvent, transitionInterview } from './interview-transitions.ts';
import { ACTORS, type Actor, INTERVIEW_STATUSES, type InterviewStatus } from './types.ts';

const STARTS_AT = new Date('2026-12-01T09:00:00Z'); // 10:00 in Berlin
const minutes = (n: number) => new Date(STARTS_AT.getTime() + n * 60_000);
const BEFORE = minutes(-120);

const run = (
  status: InterviewStatus,
  event: InterviewEvent,
  actor: Actor,
  now: Date,
  noShowGraceMinutes?: number,
) =>
  transitionInterview({ status, startsAt: STARTS_AT, timeZone: 'Europe/Berlin' }, event, actor, {
    now,
    ...(noShowGraceMinutes === undefined ? {} : { noShowGraceMinutes }),
  });

describe('transitionInterview: the allowed moves', () => {
  it.each([
    ['SCHEDULED', 'cancel', 'CANDIDATE', BEFORE, 'CANCELLED'],
    ['SCHEDULED', 'cancel', 'CLIENT', BEFORE, 'CANCELLED'],
    ['SCHEDULED', 'requestReschedule', 'CANDIDATE', BEFORE, 'NEEDS_RESCHEDULING'],
    ['SCHEDULED', 'reschedule', 'RECRUITER', BEFORE, 'NEEDS_RESCHEDULING'],
    ['NEEDS_RESCHEDULING', 'reschedule', 'RECRUITER', minutes(600), 'NEEDS_RESCHEDULING'],
    ['SCHEDULED', 'complete', 'CLIENT', minutes(60), 'COMPLETED'],
    ['SCHEDULED', 'complete', 'RECRUITER', STARTS_AT, 'COMPLETED'],
    ['SCHEDULED', 'recordNoShow', 'RECRUITER', minutes(30), 'NO_SHOW'],
  ] as const)('from %s, %s by %s leads on', (from, event, actor, now, to) => {
    expect(run(from, event, actor, now)).toEqual({ ok: true, from, to });
  });
});

describe('transitionInterview: cancelling around the start', () => {
  it('can be cancelled one millisecond before the start', () => {
    expect(run('SCHEDULED', 'cancel', 'CANDIDATE', new Date(STARTS_AT.getTime() - 1))).toMatchObject({ ok: true });
  });

  it('cannot be cancelled at the start, and tells the recruiter what to do instead', () => {
    expect(run('SCHEDULED', 'cancel', 'RECRUITER', STARTS_AT)).toEqual({
      ok: false,
      error: {
        code: 'TOO_LATE',
        message:
          'This interview started at Tue 1 Dec, 10:00 (Europe/Berlin) and can no longer be cancelled; record a no-show or mark it completed instead.',
      },
    });
  });

  it('points a candidate to their recruiter after the start', () => {
    expect(run('SCHEDULED', 'cancel', 'CANDIDATE', minutes(5))).toMatchObject({
      error: {
        code: 'TOO_LATE',
        message: 'This interview started at Tue 1 Dec, 10:00 (Europe/Berlin) and can no longer be cancelled; please contact your recruiter.',
      },
    });
  });

  it('cannot be moved to a new time after the start', () => {
    expect(run('SCHEDULED', 'requestReschedule', 'CANDIDATE', minutes(1))).toMatchObject({ error: { code: 'TOO_LATE' } });
    expect(run('SCHEDULED', 'reschedule', 'RECRUITER', minutes(1))).toMatchObject({ error: { code: 'TOO_LATE' } });
  });
});

describe('transitionInterview: recording a no-show', () => {
  it('refuses before start + grace, saying when it becomes possible', () => {
    expect(run('SCHEDULED', 'recordNoShow', 'RECRUITER', minutes(14))).toEqual({
      ok: false,
      error: { code: 'TOO_EARLY', message: 'A no-show can be recorded from 10:15 (15 minutes after the start).' },
    });
  });

  it('allows it at exactly start + grace', () => {
    expect(run('SCHEDULED', 'recordNoShow', 'CLIENT', minutes(15))).toEqual({ ok: true, from: 'SCHEDULED', to: 'NO_SHOW' });
  });

  it('follows the agency’s grace policy, singular included', () => {
    expect(run('SCHEDULED', 'recordNoShow', 'RECRUITER', minutes(0), 1)).toMatchObject({
      error: { message: 'A no-show can be recorded from 10:01 (1 minute after the start).' },
    });
    expect(run('SCHEDULED', 'recordNoShow', 'RECRUITER', minutes(30), 30)).toMatchObject({ ok: true });
  });

  it('shows the full date when asked on another day', () => {
    expect(run('SCHEDULED', 'recordNoShow', 'RECRUITER', minutes(-24 * 60))).toMatchObject({
      error: { message: 'A no-show can be recorded from Tue 1 Dec, 10:15 (Europe/Berlin), 15 minutes after the start.' },
    });
  });

  it('cannot be recorded by the candidate', () => {
    expect(run('SCHEDULED', 'recordNoShow', 'CANDIDATE', minutes(60))).toMatchObject({
      error: { code: 'NOT_ALLOWED', message: 'Only the recruiter or the client can record a no-show.' },
    });
  });
});

describe('transitionInterview: other refusals', () => {
  it('cannot be marked completed before it starts', () => {
    expect(run('SCHEDULED', 'complete', 'RECRUITER', minutes(-30))).toEqual({
      ok: false,
      error: { code: 'TOO_EARLY', message: 'This interview starts at 10:00; it can be marked completed once it has started.' },
    });
  });

  it('only the recruiter reschedules', () => {
    expect(run('NEEDS_RESCHEDULING', 'reschedule', 'CLIENT', BEFORE)).toMatchObject({
      error: { code: 'NOT_ALLOWED', message: 'Only the recruiter can reschedule an interview.' },
    });
  });

  it('an interview moved to a new time cannot be cancelled through the old one', () => {
    const moved = { status: 'NEEDS_RESCHEDULING', startsAt: STARTS_AT, timeZone: 'Europe/Berlin', hasReplacement: true } as const;
    for (const actor of ['CANDIDATE', 'RECRUITER', 'CLIENT'] as const) {
      expect(transitionInterview(moved, 'cancel', actor, { now: BEFORE })).toEqual({
        ok: false,
        error: { code: 'INVALID_TRANSITION', message: 'This interview has moved to a new time and can no longer be cancelled; act on the new one instead.' },
      });
    }
  });

  it('an interview waiting for a new time can still be cancelled by any side, even once its old time has passed (B12)', () => {
    for (const actor of ['CANDIDATE', 'RECRUITER', 'CLIENT'] as const) {
      for (const now of [BEFORE, minutes(60)]) {
        expect(run('NEEDS_RESCHEDULING', 'cancel', actor, now)).toEqual({ ok: true, from: 'NEEDS_RESCHEDULING', to: 'CANCELLED' });
      }
    }
  });

  it.each(['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const)('nothing can happen to an interview that is %s', (status) => {
    for (const event of INTERVIEW_EVENTS) {
      for (const actor of ACTORS) {
        for (const now of [BEFORE, minutes(60)]) expect(run(status, event, actor, now).ok).toBe(false);
      }
    }
  });

  it('a cancelled interview says so', () => {
    expect(run('CANCELLED', 'complete', 'RECRUITER', minutes(60))).toMatchObject({
      error: { code: 'INVALID_TRANSITION', message: 'An interview that was cancelled cannot be marked completed.' },
    });
  });
});

describe('transitionInterview: exhaustive over status × event × actor × time', () => {
  it('always returns the table’s target or a typed error, never a throw', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INTERVIEW_STATUSES),
        fc.constantFrom(...INTERVIEW_EVENTS),
        fc.constantFrom(...ACTORS),
        fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }),
        fc.integer({ min: 0, max: 120 }),
        (status, event, actor, offset, grace) => {
          const result = run(status, event, actor, minutes(offset), grace);
          if (result.ok) {
            const rule = (INTERVIEW_TRANSITIONS[status] as Partial<Record<InterviewEvent, { to: InterviewStatus }>>)[event];
            expect(result).toEqual({ ok: true, from: status, to: rule?.to });
          } else {
            expect(['INVALID_TRANSITION', 'NOT_ALLOWED', 'TOO_EARLY', 'TOO_LATE']).toContain(result.error.code);
            for (const code of [...INTERVIEW_STATUSES, ...ACTORS]) expect(result.error.message).not.toContain(code);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
