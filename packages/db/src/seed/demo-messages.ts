/** The words people write in the demo pipeline: polite, specific, the way the product's defaults read. */
import type { DeclineReason, RejectionReason } from '../generated/prisma/enums.ts';

export const DECLINES: ReadonlyArray<{ reason: DeclineReason; reasonText?: string; message: string; openToFutureRoles: boolean }> = [
  { reason: 'SALARY_TOO_LOW', message: 'Thank you for thinking of me. The salary range is below what I need at this point, so I will pass on this one.', openToFutureRoles: true },
  { reason: 'REMOTE_POLICY', message: 'Thanks for sending this over. I am looking for fully remote roles, so the office days would not work for me.', openToFutureRoles: true },
  { reason: 'LOCATION_OR_COMMUTE', message: 'Thank you, it sounds like a great team, but relocating is not an option for my family right now.', openToFutureRoles: true },
  { reason: 'TIMING', message: 'Thanks for the proposal. The timing is not right for me; I would be glad to hear from you again in a few months.', openToFutureRoles: true },
  { reason: 'STAYING_IN_CURRENT_ROLE', message: 'Thank you for reaching out. I have decided to stay in my current role for now.', openToFutureRoles: false },
  { reason: 'ROLE_NOT_A_FIT', message: 'Thanks for thinking of me. This role leans more towards areas I want to move away from, so I will decline.', openToFutureRoles: true },
  { reason: 'OTHER', reasonText: 'Conflict of interest with a current client', message: 'Thank you, but I have done contract work for a competitor of theirs recently and would prefer to avoid a conflict.', openToFutureRoles: true },
];

export const REJECTIONS: ReadonlyArray<{ reason: RejectionReason; message: string }> = [
  { reason: 'SKILLS_GAP', message: 'Thank you for your time with the team. They were impressed, but have decided to move forward with someone with deeper hands-on experience in their core stack.' },
  { reason: 'EXPERIENCE_LEVEL', message: 'Thank you for interviewing. The client has decided to look for someone with more experience leading a team of this size.' },
  { reason: 'CULTURE_OR_TEAM_FIT', message: 'Thank you for your time. The team enjoyed meeting you but felt another candidate was a closer fit for how they work day to day.' },
];

export const NEW_TIME_REASONS = [
  'The hiring manager has to travel that day; could we find another time this week?',
  'The interview panel has changed and the new interviewer is not free at that time.',
  'I have a medical appointment I cannot move. Could we move the interview to later in the week?',
] as const;
