export type TodayGroup = 'OVERDUE' | 'TODAY' | 'TOMORROW' | 'LATER';

export const TODAY_GROUP_TITLES: Record<TodayGroup, string> = {
  OVERDUE: 'Overdue',
  TODAY: 'Today',
  TOMORROW: 'Tomorrow',
  LATER: 'Coming up',
};

const GROUP_ORDER = ['OVERDUE', 'TODAY', 'TOMORROW', 'LATER'] as const;

/** "2026-12-04": the calendar day of an instant in a zone. */
const dayKey = (at: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** The calendar day after a day key ("2026-12-31" → "2027-01-01"), whatever the zone's clocks do that night. */
function nextDayKey(key: string): string {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * Which heading an item goes under: due already (overdue), due later on the recruiter's calendar day (today, in their
 * zone), on the next calendar day (tomorrow), or later (coming up: Today lists nothing further ahead than 48 hours).
 * Keeps the API's order within a group.
 */
export function groupTodayItems<T extends { dueAt: string }>(items: readonly T[], now: Date, timeZone: string): Array<{ group: TodayGroup; items: T[] }> {
  const today = dayKey(now, timeZone);
  const tomorrow = nextDayKey(today);
  const groups: Record<TodayGroup, T[]> = { OVERDUE: [], TODAY: [], TOMORROW: [], LATER: [] };
  for (const item of items) {
    const due = new Date(item.dueAt);
    const day = dayKey(due, timeZone);
    if (due.getTime() <= now.getTime()) groups.OVERDUE.push(item);
    else if (day === today) groups.TODAY.push(item);
    else if (day === tomorrow) groups.TOMORROW.push(item);
    else groups.LATER.push(item);
  }
  return GROUP_ORDER.filter((group) => groups[group].length > 0).map((group) => ({ group, items: groups[group] }));
}
