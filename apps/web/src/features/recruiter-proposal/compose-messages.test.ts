import { describe, expect, test } from 'vitest';
import { composeCancelMessage } from './compose-cancel-message';
import { composeOfferMessage } from './compose-offer-message';

const people = { candidateName: 'Sam Okafor', recruiterName: 'Riley Chen', jobTitle: 'Senior Data Engineer', companyName: 'Orchid Pay' };

describe('the recruiter’s default messages', () => {
  test('cancelling names the interview by its time in the candidate’s zone and promises new times when the team moved it', () => {
    const message = composeCancelMessage({ ...people, reason: 'INTERVIEWER_UNAVAILABLE', when: 'Tue 1 Dec, 11:00 (Europe/Berlin)' });
    expect(message).toBe(
      [
        'Hi Sam,',
        "I'm sorry, but I need to cancel your interview for the Senior Data Engineer role at Orchid Pay on Tue 1 Dec, 11:00 (Europe/Berlin). The interviewer is no longer available at that time, so I'll be in touch with new times shortly.",
        'Best regards,\nRiley',
      ].join('\n\n'),
    );
  });

  test('cancelling because the role is filled does not promise a new time', () => {
    const message = composeCancelMessage({ ...people, reason: 'POSITION_FILLED', when: 'Tue 1 Dec, 11:00 (Europe/Berlin)' });
    expect(message).toContain('The position has now been filled, so the interview will not go ahead.');
    expect(message).not.toContain('new times');
  });

  test('an offer names the role, the client and the salary when there is one', () => {
    expect(composeOfferMessage({ ...people, salary: '£90,000 a year' })).toContain(
      'Great news: Orchid Pay would like to offer you the Senior Data Engineer role! The offer is £90,000 a year.',
    );
    expect(composeOfferMessage({ ...people, salary: null })).toContain('the Senior Data Engineer role!\n\n');
  });
});
