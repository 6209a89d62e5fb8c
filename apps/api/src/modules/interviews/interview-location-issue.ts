/** An address, a video link or a phone number: 500 characters hold any of them with room to spare. */
export const MAX_INTERVIEW_LOCATION_LENGTH = 500;

/**
 * What is wrong with an interview's location, or null. It is one line, shown in lists, e-mails and calendar
 * files; the domain's slot rules only ask for one onsite, so the API caps it (a 100 kB location was accepted).
 */
export function interviewLocationIssue(location: string | null | undefined): string | null {
  if (location == null) return null;
  if (location.trim().length > MAX_INTERVIEW_LOCATION_LENGTH) return `The location is at most ${MAX_INTERVIEW_LOCATION_LENGTH} characters.`;
  if (/[\n\r\t]/.test(location.trim())) return 'The location is one line, without line breaks or tabs.';
  return null;
}
