const REMOVAL_DATE = /Removal on or after (\d{4}-\d{2}-\d{2})\./;

/** The date a deprecation reason promises the element stays until ("… Removal on or after 2027-06-30."), or null. */
export function readRemovalDate(reason: string): string | null {
  const date = REMOVAL_DATE.exec(reason)?.[1];
  if (!date) return null;
  // 2027-02-30 matches the pattern but is no day: Date would roll it over to March.
  return new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) ? date : null;
}
