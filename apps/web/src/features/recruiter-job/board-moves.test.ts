import { describe, expect, test } from 'vitest';
import { columnOf, decideMove } from './board-moves';

const now = new Date('2026-12-04T12:00:00Z');
const open = '2026-12-10T17:00:00Z';
const at = (status: Parameters<typeof decideMove>[0]['status'], respondBy = open) => ({ status, respondBy });

describe('moving a card on the pipeline board', () => {
  test('an interviewing candidate moved to Offered records an offer, and to Hired is refused in words', () => {
    expect(decideMove(at('INTERVIEWING'), 'OFFERED', now)).toEqual({ ok: true, action: 'offer' });
    expect(decideMove(at('INTERVIEWING'), 'HIRED', now)).toEqual({ ok: false, reason: 'A proposal that is in interviews cannot be recorded as a hire.' });
  });

  test('only the candidate can accept: moving a proposed card to Accepted is refused before anything is sent', () => {
    expect(decideMove(at('PROPOSED'), 'ACCEPTED', now)).toEqual({ ok: false, reason: 'Only the candidate can accept a proposal.' });
  });

  test('an accepted candidate moved to Interviewing schedules an interview', () => {
    expect(decideMove(at('ACCEPTED'), 'INTERVIEWING', now)).toEqual({ ok: true, action: 'schedule' });
  });

  test('an offer moved to Hired records the hire; to Not selected rejects; to Withdrawn withdraws', () => {
    expect(decideMove(at('OFFERED'), 'HIRED', now)).toEqual({ ok: true, action: 'hire' });
    expect(decideMove(at('OFFERED'), 'REJECTED', now)).toEqual({ ok: true, action: 'reject' });
    expect(decideMove(at('OFFERED'), 'WITHDRAWN', now)).toEqual({ ok: true, action: 'withdraw' });
  });

  test('a proposal the candidate has not answered can be withdrawn but not rejected', () => {
    expect(decideMove(at('PROPOSED'), 'WITHDRAWN', now)).toEqual({ ok: true, action: 'withdraw' });
    expect(decideMove(at('PROPOSED'), 'REJECTED', now)).toEqual({ ok: false, reason: 'A proposal that is awaiting an answer cannot be rejected.' });
  });

  test('nothing moves back to Proposed, and a card dropped where it is says so', () => {
    expect(decideMove(at('ACCEPTED'), 'PROPOSED', now)).toMatchObject({ ok: false, reason: 'A proposal never goes back to Proposed: it moves on or closes.' });
    expect(decideMove(at('OFFERED'), 'OFFERED', now)).toEqual({ ok: false, reason: 'The proposal is already in Offered.' });
  });

  test('a closed proposal does not move, with the reason', () => {
    expect(decideMove(at('HIRED'), 'WITHDRAWN', now)).toEqual({ ok: false, reason: 'A proposal that ended in a hire cannot be withdrawn.' });
    expect(decideMove(at('DECLINED'), 'INTERVIEWING', now)).toEqual({ ok: false, reason: 'A proposal that is declined cannot have an interview scheduled.' });
  });

  test('a proposal past its respond-by sits with the closed ones and says it expired', () => {
    const lapsed = at('PROPOSED', '2026-12-01T17:00:00Z');
    expect(columnOf(lapsed, now)).toBe('CLOSED');
    expect(decideMove(lapsed, 'WITHDRAWN', now)).toMatchObject({ ok: false, reason: expect.stringContaining('expired on') });
  });
});
