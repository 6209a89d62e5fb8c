/** The policy as the API takes it (minutes), from the form's hours and minutes; or a message per field. */
export function policyFromForm(
  hours: string,
  graceMinutes: string,
): { lateNoticeMinutes: number; noShowGraceMinutes: number } | { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const h = Number(hours.replace(',', '.'));
  const g = Number(graceMinutes);
  if (hours.trim() === '' || !Number.isFinite(h)) fields.lateNoticeHours = 'Enter a number of hours, like 24.';
  else if (h < 0 || h > 336) fields.lateNoticeHours = 'Use 0 to 336 hours (14 days).';
  else if (!Number.isInteger(h * 60)) fields.lateNoticeHours = 'Use whole minutes: 24, 1.5 or 0.25 hours.';
  if (graceMinutes.trim() === '' || !Number.isInteger(g)) fields.noShowGraceMinutes = 'Enter whole minutes, like 15.';
  else if (g < 5 || g > 120) fields.noShowGraceMinutes = 'Use 5 to 120 minutes.';
  return Object.keys(fields).length > 0 ? { fields } : { lateNoticeMinutes: Math.round(h * 60), noShowGraceMinutes: g };
}
