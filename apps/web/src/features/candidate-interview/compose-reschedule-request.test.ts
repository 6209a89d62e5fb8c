import { describe, expect, test } from 'vitest';
import { composeRescheduleRequest } from './compose-reschedule-request';

describe('the polite note that asks for a new interview time', () => {
  test('greets the recruiter by first name, names the role, and is signed with the candidate’s full name', () => {
    expect(
      composeRescheduleRequest({
        candidateName: 'Sam Okafor',
        recruiterName: 'Riley Chen',
        jobTitle: 'Senior Backend Engineer (Go)',
        companyName: 'Kestrel Logistics',
      }),
    ).toBe(
      'Hi Riley,\n\n' +
        "I'm sorry, but I can't make the interview for the Senior Backend Engineer (Go) role at Kestrel Logistics at the time we set. " +
        "I'm still very interested, and I'd be glad to find another time that suits the team.\n\n" +
        'Best regards,\nSam Okafor',
    );
  });
});
