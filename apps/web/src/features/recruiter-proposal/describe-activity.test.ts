import { describe, expect, test } from 'vitest';
import { describeActivity, describeActor, type ActivityForWords } from './describe-activity';

const sam = { name: 'Sam Okafor', party: 'CANDIDATE', kind: 'USER' } as const;
const riley = { name: 'Riley Chen', party: 'RECRUITER', kind: 'USER' } as const;

function event(overrides: Partial<ActivityForWords>): ActivityForWords {
  return { action: 'proposal.proposed', fromProposalStatus: null, reason: null, actor: riley, interview: null, ...overrides };
}

const inLondon = { timeZone: 'Europe/London' };

describe('the timeline in words', () => {
  test('says who did what to the proposal', () => {
    expect(describeActivity(event({ action: 'proposal.proposed' }), inLondon)).toBe('Riley Chen proposed the candidate for this job.');
    expect(describeActivity(event({ action: 'proposal.declined', actor: sam, fromProposalStatus: 'PROPOSED' }), inLondon)).toBe(
      'Sam Okafor declined the proposal.',
    );
    expect(describeActivity(event({ action: 'proposal.rejected' }), inLondon)).toBe(
      'Riley Chen recorded that the candidate was not selected.',
    );
  });

  test('a decline after an offer reads as declining the offer', () => {
    expect(describeActivity(event({ action: 'proposal.declined', actor: sam, fromProposalStatus: 'OFFERED' }), inLondon)).toBe(
      'Sam Okafor declined the offer.',
    );
  });

  test('a hire reads as accepting when the candidate did it, and as recording when staff did', () => {
    expect(describeActivity(event({ action: 'proposal.hired', actor: sam }), inLondon)).toBe('Sam Okafor accepted the offer: hired.');
    expect(describeActivity(event({ action: 'proposal.hired' }), inLondon)).toBe('Riley Chen recorded the hire.');
  });

  test('interview events say when the interview is, in the reader’s zone', () => {
    const interview = { startsAt: '2026-12-01T10:00:00.000Z' };
    expect(describeActivity(event({ action: 'interview.scheduled', interview }), inLondon)).toBe(
      'Riley Chen scheduled an interview for Tue 1 Dec, 10:00 (Europe/London).',
    );
    expect(describeActivity(event({ action: 'interview.cancelled', actor: sam, interview }), { timeZone: 'Europe/Berlin' })).toBe(
      'Sam Okafor cancelled the interview on Tue 1 Dec, 11:00 (Europe/Berlin).',
    );
    expect(describeActivity(event({ action: 'interview.no_show', reason: 'CANDIDATE', interview }), inLondon)).toBe(
      'Riley Chen recorded a no-show on Tue 1 Dec, 10:00 (Europe/London): the candidate did not come.',
    );
    expect(describeActivity(event({ action: 'interview.no_show_contested', actor: sam, interview }), inLondon)).toBe(
      'Sam Okafor contested the no-show recorded on Tue 1 Dec, 10:00 (Europe/London).',
    );
  });

  test('a request for a new time reads differently from the recruiter moving the interview', () => {
    const interview = { startsAt: '2026-12-01T10:00:00.000Z' };
    expect(describeActivity(event({ action: 'interview.reschedule_requested', actor: sam, reasonText: 'A clash', interview }), inLondon)).toBe(
      'Sam Okafor asked for a new time for the interview on Tue 1 Dec, 10:00 (Europe/London).',
    );
    expect(describeActivity(event({ action: 'interview.reschedule_requested', interview }), inLondon)).toBe(
      'Riley Chen took the interview on Tue 1 Dec, 10:00 (Europe/London) off the calendar for a new time.',
    );
  });

  test('Shortlist itself acts on expiry; an action the page does not know yet still reads as a sentence', () => {
    const system = { name: 'Shortlist', party: null, kind: 'SYSTEM' } as const;
    expect(describeActivity(event({ action: 'proposal.expired', actor: system }), inLondon)).toBe('The proposal expired without an answer.');
    expect(describeActivity(event({ action: 'proposal.renewed_early' }), inLondon)).toBe('Riley Chen: proposal renewed early.');
  });

  test("a late cancellation or an expiry taken note of on Today reads as the recruiter's note", () => {
    const interview = { startsAt: '2026-12-01T10:00:00.000Z' };
    expect(describeActivity(event({ action: 'interview.late_cancellation_acknowledged', interview }), inLondon)).toBe(
      'Riley Chen took note of the late cancellation on Tue 1 Dec, 10:00 (Europe/London).',
    );
    expect(describeActivity(event({ action: 'proposal.expiry_acknowledged' }), inLondon)).toBe('Riley Chen took note that the proposal expired.');
  });

  test('names the actor with their side', () => {
    expect(describeActor(sam)).toBe('Sam Okafor (candidate)');
    expect(describeActor({ name: 'Partner system', party: 'CLIENT', kind: 'API_KEY' })).toBe('Partner system (client)');
    expect(describeActor({ name: 'Shortlist', party: null, kind: 'SYSTEM' })).toBe('Shortlist');
    expect(describeActor({ name: 'Riley Chen', party: 'CLIENT', kind: 'USER' })).toBe('Riley Chen (for the client)');
  });
});
