import { describe, expect, test } from 'vitest';
import { checkJobDraft, emptyJobDraft, type JobDraft } from './job-draft';

const now = new Date('2026-12-04T12:00:00Z');
const draft = (overrides: Partial<JobDraft>): JobDraft => ({ ...emptyJobDraft('Europe/Berlin'), title: 'Platform Engineer', clientCompanyId: 'c-1', ...overrides });

describe("a job's start date before saving (B10)", () => {
  test('an open job starting 2020-01-01 is refused on the start date; a draft may keep it', () => {
    expect(checkJobDraft(draft({ status: 'OPEN', startDate: '2020-01-01' }), { isNew: true, now })).toEqual({
      startDate: expect.stringContaining('An open job cannot start in the past'),
    });
    expect(checkJobDraft(draft({ status: 'DRAFT', startDate: '2020-01-01' }), { isNew: true, now })).toEqual({});
    expect(checkJobDraft(draft({ status: 'OPEN', startDate: '2026-12-04' }), { isNew: true, now })).toEqual({});
  });

  test('publishing a draft with an old date is refused; an open job whose start passed keeps it when edited', () => {
    const old = draft({ status: 'OPEN', startDate: '2026-11-01' });
    expect(checkJobDraft(old, { isNew: false, saved: { startDate: '2026-11-01', status: 'DRAFT' }, now })).toHaveProperty('startDate');
    expect(checkJobDraft(old, { isNew: false, saved: { startDate: '2026-11-01', status: 'OPEN' }, now })).toEqual({});
  });
});
