import type { EmploymentType, JobBoardFilter, RemotePolicy } from '../../gql/graphql';
import { EMPLOYMENT_TYPES } from '../../words/employment-type-in-words';
import { remotePolicyInWords } from '../../words/describe-remote-policy';

/** The board's filters as the address holds them: `?q=go+berlin&remote=REMOTE,HYBRID&country=DE&type=CONTRACT`. */
export interface JobBoardAddressFilter {
  search: string;
  remotePolicies: RemotePolicy[];
  country: string | null;
  employmentTypes: EmploymentType[];
}

const REMOTE_POLICIES = Object.keys(remotePolicyInWords) as RemotePolicy[];

/** A list parameter, kept to the known values in their canonical order (so one choice is one address and one cache entry). */
function listOf<T extends string>(value: string | null, known: readonly T[]): T[] {
  const given = new Set((value ?? '').split(','));
  return known.filter((item) => given.has(item));
}

export function jobBoardFilterFromSearch(search: string): JobBoardAddressFilter {
  const params = new URLSearchParams(search);
  const country = params.get('country')?.trim().toUpperCase() ?? '';
  return {
    search: params.get('q')?.trim() ?? '',
    remotePolicies: listOf(params.get('remote'), REMOTE_POLICIES),
    country: /^[A-Z]{2}$/.test(country) ? country : null,
    employmentTypes: listOf(params.get('type'), EMPLOYMENT_TYPES),
  };
}

/** The query string for a filter ("" when nothing is chosen), in a fixed order of parameters. */
export function searchFromJobBoardFilter(filter: JobBoardAddressFilter): string {
  const params = new URLSearchParams();
  if (filter.search) params.set('q', filter.search);
  const remote = listOf(filter.remotePolicies.join(','), REMOTE_POLICIES);
  if (remote.length > 0) params.set('remote', remote.join(','));
  if (filter.country) params.set('country', filter.country);
  const types = listOf(filter.employmentTypes.join(','), EMPLOYMENT_TYPES);
  if (types.length > 0) params.set('type', types.join(','));
  const query = params.toString();
  return query ? `?${query.replace(/%2C/g, ',')}` : '';
}

/** What the API's jobBoard filter gets: only the parts chosen. */
export function toJobBoardFilterInput(filter: JobBoardAddressFilter): JobBoardFilter {
  return {
    ...(filter.search ? { search: filter.search } : {}),
    ...(filter.remotePolicies.length > 0 ? { remotePolicies: filter.remotePolicies } : {}),
    ...(filter.country ? { countries: [filter.country] } : {}),
    ...(filter.employmentTypes.length > 0 ? { employmentTypes: filter.employmentTypes } : {}),
  };
}
