import { describe, expect, it } from 'vitest';
import { buildCsv } from './build-csv';

describe('the CSV a recruiter downloads', () => {
  it('quotes fields with commas, quotes and line breaks, and leaves plain ones as they are', () => {
    expect(buildCsv(['Reason', 'Count'], [["I've accepted another offer", 3], ['Salary, too low', 2], ['Said "no"', 1], ['Two\nlines', null]])).toBe(
      `Reason,Count\r\nI've accepted another offer,3\r\n"Salary, too low",2\r\n"Said ""no""",1\r\n"Two\nlines",\r\n`,
    );
  });
});
