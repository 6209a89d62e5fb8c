import { z } from 'zod';

/** Why an interview needs a new time: the same words and limits whoever asks, candidate or recruiter. */
export const rescheduleReasonSchema = z
  .string()
  .trim()
  .min(3, 'Say in a few words why a new time is needed.')
  .max(500, 'Keep the reason to 500 characters or fewer.');

/** An optional note to the other side about the new time. */
export const rescheduleMessageSchema = z.string().trim().max(2000, 'Keep the message to 2,000 characters or fewer.').nullish();
