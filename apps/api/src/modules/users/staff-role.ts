import { builder } from '../../builder.ts';

export const StaffRoleEnum = builder.enumType('StaffRole', {
  description: 'What a member of the agency\'s team can be.',
  values: {
    RECRUITER: { description: "Works the agency's jobs, candidates, proposals and interviews." },
    ADMIN: { description: 'A recruiter who also manages the team, client companies, partner keys, webhooks and the cancellation policy.' },
  } as const,
});
