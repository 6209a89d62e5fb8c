/** The insight page's range and filters as the address holds them, so a reload or a shared link shows the same numbers. */
export type InsightPreset = '30d' | 'quarter' | '12m' | 'custom';

export type InsightUrlFilter = {
  preset: InsightPreset;
  /** Custom range, as YYYY-MM-DD days (the end day included); empty for presets. */
  fromDay: string;
  toDay: string;
  /** One recruiter's proposals (a User's global ID), or empty for everyone's. */
  recruiterId: string;
  clientCompanyId: string;
  jobId: string;
};

export const PRESET_LABELS: Record<InsightPreset, string> = {
  '30d': 'Last 30 days',
  quarter: 'Last quarter (90 days)',
  '12m': 'Last 12 months',
  custom: 'Custom range',
};

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "?range=custom&from=2026-01-01&to=2026-03-31&client=…" → the filter; anything unknown falls back to the last 30 days. */
export function insightFilterFromSearch(search: string, today: Date): InsightUrlFilter {
  const params = new URLSearchParams(search);
  const range = params.get('range');
  const preset: InsightPreset = range === 'quarter' || range === '12m' || range === 'custom' ? range : '30d';
  const fallback = presetDays('30d', today);
  return {
    preset,
    fromDay: preset === 'custom' ? (DAY.test(params.get('from') ?? '') ? params.get('from')! : fallback.fromDay) : '',
    toDay: preset === 'custom' ? (DAY.test(params.get('to') ?? '') ? params.get('to')! : fallback.toDay) : '',
    recruiterId: params.get('recruiter') ?? '',
    clientCompanyId: params.get('client') ?? '',
    jobId: params.get('job') ?? '',
  };
}

/** The filter → "?range=…&from=…&to=…&recruiter=…&client=…&job=…" (the default, last 30 days for everyone, is ""). */
export function searchFromInsightFilter(filter: InsightUrlFilter): string {
  const params = new URLSearchParams();
  if (filter.preset !== '30d') params.set('range', filter.preset);
  if (filter.preset === 'custom') {
    params.set('from', filter.fromDay);
    params.set('to', filter.toDay);
  }
  if (filter.recruiterId) params.set('recruiter', filter.recruiterId);
  if (filter.clientCompanyId) params.set('client', filter.clientCompanyId);
  if (filter.jobId) params.set('job', filter.jobId);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The first and last day (both included) a preset covers, ending today. */
export function presetDays(preset: Exclude<InsightPreset, 'custom'>, today: Date): { fromDay: string; toDay: string } {
  const days = preset === '30d' ? 30 : preset === 'quarter' ? 90 : 365;
  return { fromDay: dayOf(new Date(today.getTime() - (days - 1) * DAY_MS)), toDay: dayOf(today) };
}

/** The days the filter covers, both included. */
export function daysOf(filter: InsightUrlFilter, today: Date): { fromDay: string; toDay: string } {
  return filter.preset === 'custom' ? { fromDay: filter.fromDay, toDay: filter.toDay } : presetDays(filter.preset, today);
}

/** The API's range: from the start of the first day to the start of the day after the last (UTC). */
export function rangeOf(filter: InsightUrlFilter, today: Date): { from: string; to: string } {
  const { fromDay, toDay } = daysOf(filter, today);
  return { from: `${fromDay}T00:00:00.000Z`, to: new Date(Date.parse(`${toDay}T00:00:00.000Z`) + DAY_MS).toISOString() };
}
