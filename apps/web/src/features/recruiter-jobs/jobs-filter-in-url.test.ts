import { describe, expect, test } from 'vitest';
import { jobsFilterFromSearch, searchFromJobsFilter, toJobsFilterInput } from './jobs-filter-in-url';

describe('the job list’s filters in the address', () => {
  test('survive a round trip through the query string', () => {
    const filter = { statuses: ['OPEN' as const, 'ON_HOLD' as const], clientCompanyId: 'Q2xpZW50OjE=', search: 'data engineer' };

    const search = searchFromJobsFilter(filter);

    expect(search).toBe('?status=OPEN&status=ON_HOLD&client=Q2xpZW50OjE%3D&q=data+engineer');
    expect(jobsFilterFromSearch(search)).toEqual(filter);
  });

  test('keep statuses in one order and drop ones the app does not know', () => {
    expect(jobsFilterFromSearch('?status=CLOSED&status=BOGUS&status=DRAFT').statuses).toEqual(['DRAFT', 'CLOSED']);
  });

  test('an empty address means every job', () => {
    const filter = jobsFilterFromSearch('');

    expect(filter).toEqual({ statuses: [], clientCompanyId: null, search: '' });
    expect(searchFromJobsFilter(filter)).toBe('');
    expect(toJobsFilterInput(filter)).toEqual({});
  });

  test('only the filters in use reach the API', () => {
    expect(toJobsFilterInput({ statuses: ['OPEN'], clientCompanyId: null, search: '' })).toEqual({ statuses: ['OPEN'] });
  });
});
