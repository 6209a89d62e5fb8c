import { describe, expect, test } from 'vitest';
import { jobBoardFilterFromSearch, searchFromJobBoardFilter, toJobBoardFilterInput } from './job-board-filter-in-url';

describe('the job board filter in the address', () => {
  test('reads words, remote policies, a country and employment types back as they were written', () => {
    const filter = { search: 'go berlin', remotePolicies: ['HYBRID', 'REMOTE'] as const, country: 'DE', employmentTypes: ['CONTRACT'] as const };
    const search = searchFromJobBoardFilter({ ...filter, remotePolicies: [...filter.remotePolicies], employmentTypes: [...filter.employmentTypes] });
    expect(search).toBe('?q=go+berlin&remote=REMOTE,HYBRID&country=DE&type=CONTRACT');
    expect(jobBoardFilterFromSearch(search)).toEqual({ search: 'go berlin', remotePolicies: ['REMOTE', 'HYBRID'], country: 'DE', employmentTypes: ['CONTRACT'] });
  });

  test('an address with nothing chosen is the bare board, and asks the API for every open job', () => {
    const filter = jobBoardFilterFromSearch('');
    expect(searchFromJobBoardFilter(filter)).toBe('');
    expect(toJobBoardFilterInput(filter)).toEqual({});
  });

  test('ignores values it does not know, so an edited address cannot break the board', () => {
    expect(jobBoardFilterFromSearch('?remote=SPACE,REMOTE&type=GIG&country=Germany')).toEqual({
      search: '',
      remotePolicies: ['REMOTE'],
      country: null,
      employmentTypes: [],
    });
  });

  test('sends a chosen country as the countries filter', () => {
    expect(toJobBoardFilterInput(jobBoardFilterFromSearch('?country=nl&q=data'))).toEqual({ search: 'data', countries: ['NL'] });
  });
});
