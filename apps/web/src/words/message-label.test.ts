import { describe, expect, test } from 'vitest';
import { messageLabelForCandidate } from './message-label';

const names = { recruiterName: 'Riley Chen', companyName: 'Kestrel Logistics' };

describe('messageLabelForCandidate', () => {
  test('her own message is "Your message"; the recruiter’s and the client’s name who wrote it', () => {
    expect(messageLabelForCandidate('CANDIDATE', names)).toBe('Your message');
    expect(messageLabelForCandidate('RECRUITER', names)).toBe('Message from Riley Chen');
    expect(messageLabelForCandidate('CLIENT', names)).toBe('Message from Kestrel Logistics');
  });

  test('a message recorded without its writer is the agency’s, never hers', () => {
    expect(messageLabelForCandidate(null, names)).toBe('Message from Riley Chen');
  });
});
