export type TodayGroup = 'OVERDUE' | 'TODAY' | 'THIS_WEEK';

export const TODAY_GROUP_TITLES: Record<TodayGroup, string> = {
  OVERDUE: 'Overdue',
  TODAY: 'Today',
  THIS_WEEK: 'This week',
};

/** "2026-12-04": the calendar day of an instant in a zone. */
const dayKey = (at: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/**
 * Which heading an item goes under: due already (overdue), due later on the recruiter's calendar day (today, in their
 * zone), or later (this week: Today lists nothing further ahead than 48 hours). Keeps the API's order within a group.
 */
export function groupTodayItems<T extends { dueAt: string }>(items: readonly T[], now: Date, timeZone: string): Array<{ group: TodayGroup; items: T[] }> {
  const today = dayKey(now, timeZone);
  const groups: Record<TodayGroup, T[]> = { OVERDUE: [], TODAY: [], THIS_WEEK: [] };
  for (const item of items) {
    const due = new Date(item.dueAt);
    if (due.getTime() <= now.getTime()) groups.OVERDUE.push(item);
    else if (dayKey(due, timeZone) === today) groups.TODAY.push(item);
    else groups.THIS_WEEK.push(item);
  }
  return (['OVERDUE', 'TODAY', 'THIS_WEEK'] as const).filter((group) => groups[group].length > 0).map((group) => ({ group, items: groups[group] }));
}
