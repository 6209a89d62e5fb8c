/** 0.4167 → "42%"; null → "—". */
export function percent(value: number | null | undefined): string {
  return value == null ? '—' : `${Math.round(value * 100)}%`;
}

/** 3.25 → "3.3 days"; 1 → "1 day"; null → "—". */
export function days(value: number | null | undefined): string {
  if (value == null) return '—';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** 26.5 → "26.5 h"; null → "—". */
export function hours(value: number | null | undefined): string {
  return value == null ? '—' : `${Math.round(value * 10) / 10} h`;
}

export const PARTY_WORDS: Record<string, string> = { CANDIDATE: 'Candidates', RECRUITER: 'Recruiters', CLIENT: 'Clients' };

export const STAGE_WORDS: Record<string, string> = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  INTERVIEWING: 'Interviewing',
  OFFERED: 'Offered',
  HIRED: 'Hired',
};
