import { describe, expect, test } from 'vitest';
import { composeProposalMessage } from './compose-proposal-message';

const base = {
  candidateName: 'Sam Okafor',
  recruiterName: 'Riley Chen',
  jobTitle: 'Senior Data Engineer',
  companyName: 'Orchid Pay',
  matchedSkills: ['Python', 'SQL', 'Airflow', 'dbt'],
};

describe('the prefilled proposal message', () => {
  test('greets the candidate by first name and names the role, the client and the top three matched skills', () => {
    expect(composeProposalMessage(base)).toBe(
      [
        'Hi Sam,',
        'I think the Senior Data Engineer role at Orchid Pay could be a great next step for you: your Python, SQL and Airflow experience lines up well with what the team needs.',
        "I've suggested some interview times below. Pick the one that suits you best, or let me know if none of them work and I'll find others.",
        'Best regards,\nRiley',
      ].join('\n\n'),
    );
  });

  test('reads naturally with one or two skills', () => {
    expect(composeProposalMessage({ ...base, matchedSkills: ['Go'] })).toContain('your Go experience lines up');
    expect(composeProposalMessage({ ...base, matchedSkills: ['Go', 'Kubernetes'] })).toContain(
      'your Go and Kubernetes experience lines up',
    );
  });

  test('still says why without naming skills when none matched', () => {
    const message = composeProposalMessage({ ...base, matchedSkills: [] });
    expect(message).toContain('could be a great next step for you: your experience lines up well');
  });

  test('does not repeat a skill or print blanks', () => {
    const message = composeProposalMessage({ ...base, matchedSkills: ['SQL', ' SQL ', '', 'Python'] });
    expect(message).toContain('your SQL and Python experience');
  });
});
