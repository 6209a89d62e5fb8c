import { encodeGlobalID } from '@pothos/plugin-relay';
import { PLAN_EACH_CALL } from '@shortlist/db/open-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from '../../../test/factories.ts';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const INSIGHT = /* GraphQL */ `
  query Insight($filter: InsightFilter!) {
    insight(filter: $filter) {
      __typename
      ... on InsightSuccess {
        insight {
          funnel { stages { stage count conversionFromPrevious } declined withdrawn rejected expired }
          timeToFirstProposal { jobs medianDays p90Days }
          timeToFill { jobs medianDays p90Days }
          declineReasons { kind reason label count }
          cancellations { party count lateCount medianNoticeHours }
          noShows { party count interviewsDue rate }
          scoreVersusOutcome { label minScore maxScore proposals accepted hired acceptedRate hiredRate }
        }
      }
      ... on ValidationError { fieldErrors { field message } }
      ... on NotAllowedError { message }
    }
  }`;

const DAY = 24 * 60 * 60 * 1000;

interface Filter {
  from: Date;
  to: Date;
  recruiterId?: string;
  clientCompanyId?: string;
  jobId?: string;
}

let server: TestServer;
let recruiter: TestBrowser;
let agencyId: string;

beforeAll(async () => {
  server = await startTestServer('demo');
  recruiter = server.browser();
  await recruiter.signIn('recruiter@shortlist.test');
  agencyId = (await server.db.prisma.agency.findFirstOrThrow({ where: { name: 'Northwind Talent' } })).id;
});
afterAll(() => server.close());

/** The filter as the API takes it: global IDs, ISO times. */
function variablesOf(filter: Filter) {
  return {
    filter: {
      from: filter.from.toISOString(),
      to: filter.to.toISOString(),
      recruiterId: filter.recruiterId ? encodeGlobalID('User', filter.recruiterId) : null,
      clientCompanyId: filter.clientCompanyId ? encodeGlobalID('ClientCompany', filter.clientCompanyId) : null,
      jobId: filter.jobId ? encodeGlobalID('Job', filter.jobId) : null,
    },
  };
}

/**
 * The same numbers counted the plain way, written apart from the module: a stage is reached when the proposal's
 * history (its proposal.* events) or its status names that stage or a later one.
 */
async function countIndependently(filter: Filter) {
  const sql = server.db.prisma.$queryRawUnsafe.bind(server.db.prisma);
  const where = [`p."agencyId" = '${agencyId}'`];
  if (filter.recruiterId) where.push(`p."recruiterId" = '${filter.recruiterId}'`);
  if (filter.jobId) where.push(`p."jobId" = '${filter.jobId}'`);
  if (filter.clientCompanyId) where.push(`j."clientCompanyId" = '${filter.clientCompanyId}'`);
  const from = `'${filter.from.toISOString()}'::timestamptz`;
  const to = `'${filter.to.toISOString()}'::timestamptz`;
  const cohort = `FROM "Proposal" p JOIN "Job" j ON j.id = p."jobId" WHERE ${where.join(' AND ')} AND p."createdAt" >= ${from} AND p."createdAt" < ${to}`;
  const reached = (stages: string[]) => {
    const list = stages.map((s) => `'${s}'`).join(',');
    return `(p.status::text IN (${list}) OR EXISTS (SELECT 1 FROM "ActivityEvent" e WHERE e."proposalId" = p.id AND e.action LIKE 'proposal.%' AND e."toStatus" IN (${list})))`;
  };
  const count = async (condition: string) => Number(((await sql(`SELECT count(*) AS n ${cohort} AND ${condition}`)) as { n: bigint }[])[0]!.n);
  const stages = {
    PROPOSED: await count('true'),
    ACCEPTED: await count(reached(['ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED'])),
    INTERVIEWING: await count(reached(['INTERVIEWING', 'OFFERED', 'HIRED'])),
    OFFERED: await count(reached(['OFFERED', 'HIRED'])),
    HIRED: await count(reached(['HIRED'])),
  };
  const closed = {
    declined: await count(`p.status = 'DECLINED'`),
    withdrawn: await count(`p.status = 'WITHDRAWN'`),
    rejected: await count(`p.status = 'REJECTED'`),
    expired: await count(`(p.status = 'EXPIRED' OR (p.status = 'PROPOSED' AND p."respondBy" <= now()))`),
  };
  const declines = (await sql(
    `SELECT CASE WHEN p."offeredAt" IS NULL THEN 'PROPOSAL' ELSE 'OFFER' END AS kind, p."declineReason"::text AS reason, count(*)::int AS count
     ${cohort} AND p.status = 'DECLINED' AND p."declineReason" IS NOT NULL GROUP BY 1, 2`,
  )) as { kind: string; reason: string; count: number }[];
  const buckets = [0, 50, 60, 70, 80, 90].map(async (min, index, all) => {
    const max = all[index + 1];
    const band = `p."matchScore" >= ${min}${max === undefined ? '' : ` AND p."matchScore" < ${max}`}`;
    return {
      proposals: await count(band),
      accepted: await count(`${band} AND ${reached(['ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED'])}`),
      hired: await count(`${band} AND ${reached(['HIRED'])}`),
    };
  });
  const interviews = `FROM "Interview" i JOIN "Proposal" p ON p.id = i."proposalId" JOIN "Job" j ON j.id = p."jobId"
    WHERE ${where.join(' AND ')} AND i."startsAt" >= ${from} AND i."startsAt" < ${to}`;
  const cancellations = (await sql(
    `SELECT i."cancelledBy"::text AS party, count(*)::int AS count, count(*) FILTER (WHERE i."isLateCancellation" = true)::int AS "lateCount",
       array_agg(i."noticeGivenMinutes" ORDER BY i."noticeGivenMinutes") AS notices
     ${interviews} AND i.status = 'CANCELLED' GROUP BY 1`,
  )) as { party: string; count: number; lateCount: number; notices: number[] }[];
  const noShows = (await sql(`SELECT i."noShowParty"::text AS party, count(*)::int AS count ${interviews} AND i.status = 'NO_SHOW' GROUP BY 1`)) as {
    party: string;
    count: number;
  }[];
  const due = Number(
    ((await sql(`SELECT count(*) AS n ${interviews} AND i."startsAt" <= now() AND i.status IN ('SCHEDULED', 'COMPLETED', 'NO_SHOW')`)) as { n: bigint }[])[0]!.n,
  );
  return { stages, closed, declines, buckets: await Promise.all(buckets), cancellations, noShows, due };
}

function median(sorted: number[]) {
  if (sorted.length === 0) return null;
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
}

async function expectSameNumbers(browser: TestBrowser | null, filter: Filter, headers?: Record<string, string>) {
  const { body } = browser ? await browser.graphql(INSIGHT, variablesOf(filter)) : await server.graphql(INSIGHT, variablesOf(filter), headers);
  expect(body.data.insight.__typename).toBe('InsightSuccess');
  const insight = body.data.insight.insight;
  const expected = await countIndependently(filter);

  expect(Object.fromEntries(insight.funnel.stages.map((s: { stage: string; count: number }) => [s.stage, s.count]))).toEqual(expected.stages);
  const { stages } = insight.funnel;
  for (let i = 1; i < stages.length; i++) {
    const previous = stages[i - 1].count;
    expect(stages[i].conversionFromPrevious).toBe(previous === 0 ? null : stages[i].count / previous);
  }
  expect({ declined: insight.funnel.declined, withdrawn: insight.funnel.withdrawn, rejected: insight.funnel.rejected, expired: insight.funnel.expired }).toEqual(
    expected.closed,
  );
  const byKey = <T extends { kind: string; reason: string; count: number }>(rows: T[]) => [...rows].sort((a, b) => `${a.kind}${a.reason}`.localeCompare(`${b.kind}${b.reason}`));
  expect(byKey(insight.declineReasons).map(({ kind, reason, count }: { kind: string; reason: string; count: number }) => ({ kind, reason, count }))).toEqual(
    byKey(expected.declines),
  );
  expect(insight.scoreVersusOutcome.map(({ proposals, accepted, hired }: { proposals: number; accepted: number; hired: number }) => ({ proposals, accepted, hired }))).toEqual(
    expected.buckets,
  );
  for (const party of ['CANDIDATE', 'RECRUITER', 'CLIENT']) {
    const cancelled = expected.cancellations.find((c) => c.party === party);
    const answered = insight.cancellations.find((c: { party: string }) => c.party === party);
    expect(answered.count).toBe(cancelled?.count ?? 0);
    expect(answered.lateCount).toBe(cancelled?.lateCount ?? 0);
    const notices = (cancelled?.notices ?? []).filter((n) => n !== null);
    const medianMinutes = median(notices);
    if (medianMinutes === null) expect(answered.medianNoticeHours).toBeNull();
    else expect(answered.medianNoticeHours).toBeCloseTo(medianMinutes / 60, 6);
    const noShow = insight.noShows.find((n: { party: string }) => n.party === party);
    const noShowCount = expected.noShows.find((n) => n.party === party)?.count ?? 0;
    expect(noShow).toEqual({ party, count: noShowCount, interviewsDue: expected.due, rate: expected.due ? noShowCount / expected.due : null });
  }
  return insight;
}

const lastYear = (): Filter => ({ from: new Date(Date.now() - 365 * DAY), to: new Date(Date.now() + DAY) });

describe('insight: the numbers a recruiter reads', () => {
  it("every number of the agency's year equals a plain count of its proposals and interviews", async () => {
    const insight = await expectSameNumbers(recruiter, lastYear());
    // The demo agency has a pipeline: the chart would otherwise prove nothing.
    expect(insight.funnel.stages[0].count).toBeGreaterThan(5);
    expect(insight.funnel.stages.map((s: { count: number }) => s.count)).toEqual([...insight.funnel.stages.map((s: { count: number }) => s.count)].sort((a, b) => b - a));
    expect(insight.scoreVersusOutcome.map((b: { label: string }) => b.label)).toEqual(['Under 50', '50–59', '60–69', '70–79', '80–89', '90+']);
    for (const reason of insight.declineReasons) expect(reason.label).not.toMatch(/^[A-Z_]+$/);
    // Most frequent first, as the chart lists them.
    const declineCounts = insight.declineReasons.map((r: { count: number }) => r.count);
    expect(declineCounts.length).toBeGreaterThan(1);
    expect(declineCounts).toEqual([...declineCounts].sort((a, b) => b - a));
  });

  it('time to first proposal and to fill are the median and p90 of the days from publishing, over the jobs that got there', async () => {
    const filter = lastYear();
    const { body } = await recruiter.graphql(INSIGHT, variablesOf(filter));
    const rows = (await server.db.prisma.$queryRawUnsafe(
      `SELECT j.id, j."publishedAt", min(p."createdAt") AS first, min(p."hiredAt") AS hire
       FROM "Job" j JOIN "Proposal" p ON p."jobId" = j.id
       WHERE j."agencyId" = '${agencyId}' AND j."publishedAt" >= $1 AND j."publishedAt" < $2 GROUP BY j.id`,
      filter.from,
      filter.to,
    )) as { publishedAt: Date; first: Date; hire: Date | null }[];
    const days = (later: Date, earlier: Date) => (later.getTime() - earlier.getTime()) / DAY;
    const percentile = (values: number[], p: number) => {
      if (values.length === 0) return null;
      const sorted = [...values].sort((a, b) => a - b);
      const at = p * (sorted.length - 1);
      return sorted[Math.floor(at)]! + (sorted[Math.ceil(at)]! - sorted[Math.floor(at)]!) * (at - Math.floor(at));
    };
    const first = rows.map((r) => days(r.first, r.publishedAt));
    const fill = rows.filter((r) => r.hire).map((r) => days(r.hire!, r.publishedAt));
    const { timeToFirstProposal, timeToFill } = body.data.insight.insight;
    expect(timeToFirstProposal.jobs).toBe(first.length);
    expect(timeToFill.jobs).toBe(fill.length);
    expect(first.length).toBeGreaterThan(0);
    for (const [answered, values] of [
      [timeToFirstProposal, first],
      [timeToFill, fill],
    ] as const) {
      const [m, p90] = [percentile(values, 0.5), percentile(values, 0.9)];
      if (m === null) expect(answered.medianDays).toBeNull();
      else expect(answered.medianDays).toBeCloseTo(m, 4);
      if (p90 === null) expect(answered.p90Days).toBeNull();
      else expect(answered.p90Days).toBeCloseTo(p90, 4);
    }
  });

  it('filters by one recruiter, one client and one job, each matching the plain count', async () => {
    const [busiest] = (await server.db.prisma.$queryRawUnsafe(
      `SELECT p."recruiterId", p."jobId", j."clientCompanyId", count(*) FROM "Proposal" p JOIN "Job" j ON j.id = p."jobId"
       WHERE p."agencyId" = '${agencyId}' GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 1`,
    )) as { recruiterId: string; jobId: string; clientCompanyId: string }[];
    const all = (await expectSameNumbers(recruiter, lastYear())).funnel.stages[0].count;
    for (const narrowed of [{ recruiterId: busiest!.recruiterId }, { clientCompanyId: busiest!.clientCompanyId }, { jobId: busiest!.jobId }]) {
      const insight = await expectSameNumbers(recruiter, { ...lastYear(), ...narrowed });
      expect(insight.funnel.stages[0].count).toBeGreaterThan(0);
      expect(insight.funnel.stages[0].count).toBeLessThanOrEqual(all);
    }
  });

  it('its three aggregates are planned for each call, not by a generic plan kept after five', async () => {
    server.queries.length = 0;
    const { body } = await recruiter.graphql(INSIGHT, variablesOf(lastYear()));
    expect(body.data.insight.__typename).toBe('InsightSuccess');
    // The proposals (funnel, score buckets, declines), the jobs' times and the interviews: each one statement.
    const aggregates = server.queries.filter((sql) => /percentile_cont|GROUP BY/.test(sql));
    expect(aggregates).toHaveLength(3);
    for (const sql of aggregates) expect(sql.startsWith(PLAN_EACH_CALL), sql.slice(0, 200)).toBe(true);
  });

  it('a range that ends before it starts, or spans more than 2 years, is refused field by field', async () => {
    const now = Date.now();
    const backwards = await recruiter.graphql(INSIGHT, variablesOf({ from: new Date(now), to: new Date(now - DAY) }));
    expect(backwards.body.data.insight).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'to', message: 'The end of the range is before its start: pick an end on or after the start.' }],
    });
    const tooLong = await recruiter.graphql(INSIGHT, variablesOf({ from: new Date(now - 800 * DAY), to: new Date(now) }));
    expect(tooLong.body.data.insight.fieldErrors).toEqual([{ field: 'from', message: 'A range covers at most 2 years: pick a later start or an earlier end.' }]);
  });
});

describe('insight: who may read it', () => {
  it('a candidate is refused, and sees no number', async () => {
    const candidate = server.browser();
    await candidate.signIn('candidate@shortlist.test');
    const { body } = await candidate.graphql(INSIGHT, variablesOf(lastYear()));
    expect(body.data.insight).toEqual({ __typename: 'NotAllowedError', message: 'You are not allowed to see or do this.' });
  });

  it("another agency's recruiter, client or job in the filter is an error, not numbers", async () => {
    const other = server.browser();
    await other.signIn('recruiter@otheragency.test');
    const job = await server.db.prisma.job.findFirstOrThrow({ where: { agencyId } });
    const northwindRecruiter = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    const { body } = await other.graphql(
      INSIGHT,
      variablesOf({ ...lastYear(), recruiterId: northwindRecruiter.id, clientCompanyId: job.clientCompanyId, jobId: job.id }),
    );
    expect(body.data.insight.__typename).toBe('ValidationError');
    expect(body.data.insight.fieldErrors.map((e: { field: string }) => e.field)).toEqual(['recruiterId', 'clientCompanyId', 'jobId']);
    // Its own numbers never include Northwind's proposals.
    const own = await other.graphql(INSIGHT, variablesOf(lastYear()));
    const otherAgencyId = (await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@otheragency.test' } })).agencyId;
    const proposals = await server.db.prisma.proposal.count({ where: { agencyId: otherAgencyId, createdAt: { gte: lastYear().from } } });
    expect(own.body.data.insight.insight.funnel.stages[0].count).toBe(proposals);
  });

  it('a candidate of the agency named as the recruiter is an error', async () => {
    const candidateUser = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } });
    const { body } = await recruiter.graphql(INSIGHT, variablesOf({ ...lastYear(), recruiterId: candidateUser.id }));
    expect(body.data.insight.fieldErrors).toEqual([{ field: 'recruiterId', message: 'No recruiter of your agency has this ID.' }]);
  });

  it('a partner key needs INSIGHT_READ', async () => {
    const key = await createPartnerKey(server.db.prisma, agencyId, ['JOBS_READ', 'PROPOSALS_READ']);
    const { body } = await server.graphql(INSIGHT, variablesOf(lastYear()), key);
    expect(body.data.insight.__typename).toBe('NotAllowedError');
    expect(body.data.insight.message).toContain('INSIGHT_READ');
    const allowed = await createPartnerKey(server.db.prisma, agencyId, ['INSIGHT_READ']);
    await expectSameNumbers(null, lastYear(), allowed);
  });

  it("a client-limited key gets its client's numbers only, whatever client the filter names", async () => {
    const clients = (await server.db.prisma.$queryRawUnsafe(
      `SELECT j."clientCompanyId" AS id FROM "Proposal" p JOIN "Job" j ON j.id = p."jobId" WHERE p."agencyId" = '${agencyId}' GROUP BY 1 ORDER BY count(*) DESC LIMIT 2`,
    )) as { id: string }[];
    const [mine, theirs] = [clients[0]!.id, clients[1]!.id];
    const key = await createPartnerKey(server.db.prisma, agencyId, ['INSIGHT_READ'], mine);
    const own = await expectSameNumbers(null, { ...lastYear(), clientCompanyId: mine }, key);
    const { body } = await server.graphql(INSIGHT, variablesOf({ ...lastYear(), clientCompanyId: theirs }), key);
    expect(body.data.insight.insight).toEqual(own);
    const unfiltered = await server.graphql(INSIGHT, variablesOf(lastYear()), key);
    expect(unfiltered.body.data.insight.insight).toEqual(own);
    // A job of the other client is not one the key can name.
    const theirJob = await server.db.prisma.job.findFirstOrThrow({ where: { clientCompanyId: theirs } });
    const job = await server.graphql(INSIGHT, variablesOf({ ...lastYear(), jobId: theirJob.id }), key);
    expect(job.body.data.insight.fieldErrors).toEqual([{ field: 'jobId', message: 'No job of your agency has this ID.' }]);
  });
});
