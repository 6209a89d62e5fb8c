import type { JobStatus, JobsFilter } from '../../gql/graphql';
import { jobStatusInWords } from '../../words/job-status-in-words';

/** The job list's filters as the address holds them, so a reload or a shared link shows the same list. */
export type JobsListFilter = {
  statuses: JobStatus[];
  clientCompanyId: string | null;
  search: string;
};

const allStatuses = Object.keys(jobStatusInWords) as JobStatus[];

function isJobStatus(value: string): value is JobStatus {
  return (allStatuses as string[]).includes(value);
}

/** "?status=OPEN&status=DRAFT&client=…&q=berlin" → the filters; anything unknown is ignored. */
export function jobsFilterFromSearch(search: string): JobsListFilter {
  const params = new URLSearchParams(search);
  const wanted = new Set(params.getAll('status').filter(isJobStatus));
  return {
    // One canonical order, so the same choice is the same query (and the same cache entry).
    statuses: allStatuses.filter((status) => wanted.has(status)),
    clientCompanyId: params.get('client') || null,
    search: params.get('q')?.trim() ?? '',
  };
}

/** The filters → "?status=OPEN&client=…&q=…", or "" when nothing is filtered. */
export function searchFromJobsFilter(filter: JobsListFilter): string {
  const params = new URLSearchParams();
  for (const status of allStatuses.filter((s) => filter.statuses.includes(s))) params.append('status', status);
  if (filter.clientCompanyId) params.set('client', filter.clientCompanyId);
  if (filter.search.trim()) params.set('q', filter.search.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The API's JobsFilter, with only the filters in use. */
export function toJobsFilterInput(filter: JobsListFilter): JobsFilter {
  return {
    ...(filter.statuses.length > 0 ? { statuses: filter.statuses } : {}),
    ...(filter.clientCompanyId ? { clientCompanyIds: [filter.clientCompanyId] } : {}),
    ...(filter.search ? { search: filter.search } : {}),
  };
}
