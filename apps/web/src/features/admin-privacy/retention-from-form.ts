/** The retention policy as the API takes it, from the form's fields (an empty months field: no policy); or a message per field. */
export function retentionFromForm(
  months: string,
  graceDays: string,
): { dataRetentionMonths: number | null; erasureGraceDays: number } | { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const m = Number(months);
  const g = Number(graceDays);
  if (months.trim() !== '' && !Number.isInteger(m)) fields.dataRetentionMonths = 'Enter whole months, like 24, or leave it empty for no policy.';
  else if (months.trim() !== '' && (m < 6 || m > 120)) fields.dataRetentionMonths = 'Use 6 to 120 months, or leave it empty for no policy.';
  if (graceDays.trim() === '' || !Number.isInteger(g)) fields.erasureGraceDays = 'Enter whole days, like 14.';
  else if (g < 7 || g > 90) fields.erasureGraceDays = 'Use 7 to 90 days.';
  return Object.keys(fields).length > 0 ? { fields } : { dataRetentionMonths: months.trim() === '' ? null : m, erasureGraceDays: g };
}
