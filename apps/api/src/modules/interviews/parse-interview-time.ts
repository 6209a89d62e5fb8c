import type { InterviewFormat } from '@shortlist/db/prisma';
import { validateInterviewSlots } from '@shortlist/domain/interviews';
import { ValidationError } from '../errors/errors.ts';
import { interviewLocationIssue } from './interview-location-issue.ts';

export interface InterviewTimeInput {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  format: InterviewFormat;
  location?: string | null;
}

/** One interview time, checked by the same rules as offered slots; errors name the input's own fields. */
export function parseInterviewTime(input: InterviewTimeInput, now: Date) {
  const { startsAt, endsAt, timeZone, format, location } = input;
  const locationIssue = interviewLocationIssue(location);
  if (locationIssue) throw new ValidationError([{ field: 'location', message: locationIssue }]);
  const result = validateInterviewSlots([{ startsAt, endsAt, timeZone, format, location }], { now });
  if (!result.ok) throw new ValidationError(result.fieldErrors.map((e) => ({ field: e.field === 'slots' ? 'startsAt' : e.field, message: e.message })));
  return result.value[0]!;
}
