import { describe, expect, test } from 'vitest';
import { describePipelineCounts } from './describe-pipeline-counts';

describe('a job’s pipeline in words', () => {
  test('lists the statuses in lifecycle order, whatever order the API sends', () => {
    expect(
      describePipelineCounts([
        { status: 'HIRED', count: 1 },
        { status: 'PROPOSED', count: 3 },
        { status: 'INTERVIEWING', count: 1 },
      ]),
    ).toBe('3 proposed · 1 interviewing · 1 hired');
  });

  test('leaves out statuses without proposals', () => {
    expect(describePipelineCounts([{ status: 'DECLINED', count: 0 }, { status: 'EXPIRED', count: 2 }])).toBe('2 expired');
  });

  test('says so when nobody has been proposed yet', () => {
    expect(describePipelineCounts([])).toBe('No proposals yet');
  });
});
