// Two real API processes on one PostgreSQL database: what a recruiter changes through one is ranked by the other,
// including a change made while the other's listening connection was cut (issue 10, acceptance 1 and 5).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { databaseUrlFor, withAdmin } from '@shortlist/db/testing';
import { describe, expect, inject, it } from 'vitest';
import { freshDatabaseEnv, startAppProcess, type AppProcess } from './app-process.ts';

const engine = inject('shortlistTestDb');
/** The target is 1 s; this is only how long the test waits before it calls a change lost. */
const OVERALL_LIMIT_MS = 10_000;

type Ranked = Array<{ id: string; score: number }>;

async function graphql(url: string, cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email: 'recruiter@shortlist.test', password: 'shortlist' } },
    }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

const SUGGESTED_CANDIDATES = `query($id: ID!) { job(id: $id) { ... on Job { suggestedCandidates(first: 10) { edges { node { score candidate { id } } } } } } }`;
const SUGGESTED_JOBS = `query($id: ID!) { candidate(id: $id) { ... on Candidate { suggestedJobs(first: 10) { edges { node { score job { id } } } } } } }`;

async function suggestedCandidates(url: string, cookie: string, jobId: string): Promise<Ranked> {
  const data = await graphql(url, cookie, SUGGESTED_CANDIDATES, { id: jobId });
  return data.job.suggestedCandidates.edges.map((e: any) => ({ id: e.node.candidate.id, score: e.node.score }));
}

async function suggestedJobs(url: string, cookie: string, candidateId: string): Promise<Ranked> {
  const data = await graphql(url, cookie, SUGGESTED_JOBS, { id: candidateId });
  return data.candidate.suggestedJobs.edges.map((e: any) => ({ id: e.node.job.id, score: e.node.score }));
}

/** Polls until `read` gives what `isSeen` wants; returns the milliseconds it took. Fails after the overall limit. */
async function msUntil<T>(read: () => Promise<T>, isSeen: (value: T) => boolean, what: string): Promise<number> {
  const start = performance.now();
  let last: T | undefined;
  while (performance.now() - start < OVERALL_LIMIT_MS) {
    last = await read();
    if (isSeen(last)) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what}: not seen within ${OVERALL_LIMIT_MS} ms; last read ${JSON.stringify(last)}`);
}

const same = (a: Ranked, b: Ranked) => JSON.stringify(a) === JSON.stringify(b);

async function metricValue(url: string, series: string): Promise<number | undefined> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the match index on two API processes', () => {
  it.skipIf(engine !== 'postgres')(
    `ranks on process B what a recruiter changed through process A, within the limit, also after B's listening connection was terminated (PostgreSQL only: PGlite is one process)`,
    async () => {
      const env = await freshDatabaseEnv();
      // A migrates and seeds the demo; B starts on the same database.
      const a: AppProcess = await startAppProcess(env);
      const b: AppProcess = await startAppProcess(env);
      const database = new URL(env.DATABASE_URL!).pathname.slice(1);
      await msUntil(() => fetch(`${b.url}/readyz`).then((r) => r.status), (status) => status === 200, "B's /readyz");
      const [cookieA, cookieB] = await Promise.all([signIn(a.url), signIn(b.url)]);

      const { jobs } = await graphql(
        a.url,
        cookieA,
        `{ jobs(first: 50, filter: { statuses: [OPEN] }) { edges { node { id seniority city country timeZone salary { min } skills { skill { name } requirement } } } } }`,
      );
      const [job, otherJob] = jobs.edges.map((e: any) => e.node).filter((j: any) => j.skills.some((s: any) => s.requirement === 'MUST_HAVE'));
      const perfectFor = (target: any) => ({
        seniority: target.seniority,
        yearsExperience: 15,
        country: target.country,
        city: target.city,
        timeZone: target.timeZone,
        skills: target.skills.map((s: any) => ({ skill: s.skill.name, level: 5, years: 10 })),
        preferences: { remotePreference: 'ONSITE', minSalary: null, employmentTypes: [], noticePeriodDays: 0, willingToRelocate: true },
      });
      const before = await suggestedCandidates(b.url, cookieB, job.id);
      expect(same(before, await suggestedCandidates(a.url, cookieA, job.id))).toBe(true);

      /** Makes a change through A, then waits until B ranks as A does; logs the latency. */
      const latencies: Record<string, number> = {};
      async function throughA(what: string, change: () => Promise<void>, read: (url: string, cookie: string) => Promise<Ranked>, expectOnA: (ranked: Ranked) => void) {
        await change();
        const onA = await read(a.url, cookieA);
        expectOnA(onA);
        latencies[what] = await msUntil(() => read(b.url, cookieB), (onB) => same(onB, onA), `${what} on B`);
        console.log(`index freshness: ${what}: seen on B ${latencies[what]!.toFixed(0)} ms after A answered`);
      }

      // 1. A profile change raises a candidate who was not suggested to the top.
      const { candidates } = await graphql(a.url, cookieA, '{ candidates(first: 100) { edges { node { id } } } }');
      const outsider = candidates.edges.map((e: any) => e.node.id).find((id: string) => !before.some((r) => r.id === id));
      await throughA(
        'a profile change raising a candidate to the top',
        async () => {
          await graphql(a.url, cookieA, 'mutation($input: UpdateCandidateProfileInput!) { updateCandidateProfile(input: $input) { __typename } }', {
            input: { candidateId: outsider, ...perfectFor(job) },
          });
        },
        (url, cookie) => suggestedCandidates(url, cookie, job.id),
        (onA) => expect(onA.slice(0, 3).map((r) => r.id)).toContain(outsider),
      );

      // 2. A new candidate.
      let newcomer = '';
      await throughA(
        'a new candidate',
        async () => {
          const data = await graphql(a.url, cookieA, 'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { __typename ... on CreateCandidateSuccess { candidate { id } } } }', {
            input: { fullName: 'New Perfect Fit', email: `new.fit.${Date.now()}@example.test`, ...perfectFor(job) },
          });
          newcomer = data.createCandidate.candidate.id;
        },
        (url, cookie) => suggestedCandidates(url, cookie, job.id),
        (onA) => expect(onA.map((r) => r.id)).toContain(newcomer),
      );

      // 3. A removed skill: the raised candidate keeps none of the job's skills.
      await throughA(
        'a removed skill',
        async () => {
          await graphql(a.url, cookieA, 'mutation($input: UpdateCandidateProfileInput!) { updateCandidateProfile(input: $input) { __typename } }', {
            input: { candidateId: outsider, skills: [{ skill: 'COBOL', level: 2, years: 1 }] },
          });
        },
        (url, cookie) => suggestedCandidates(url, cookie, job.id),
        (onA) => expect(onA.map((r) => r.id)).not.toContain(outsider),
      );

      // 4. A job requirement change: the other job now asks for exactly the newcomer's skills, so it is among the
      // newcomer's suggested jobs (B's index of jobs must have it).
      await throughA(
        'a job requirement change',
        async () => {
          await graphql(a.url, cookieA, 'mutation($input: UpdateJobInput!) { updateJob(input: $input) { __typename } }', {
            input: { id: otherJob.id, skills: job.skills.map((s: any) => ({ skill: s.skill.name, requirement: s.requirement, minLevel: 3 })) },
          });
        },
        (url, cookie) => suggestedJobs(url, cookie, newcomer),
        (onA) => expect(onA.map((r) => r.id)).toContain(otherJob.id),
      );

      // 5. B's listening connection is terminated (A's too: they share the name; A's own writes do not need it) and a
      // change is made through A right away: its notification reaches nobody, and B still catches up.
      const terminated = await withAdmin(process.env.TEST_DATABASE_URL!, (admin) =>
        admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'shortlist-index-follower' AND datname = $1`, [database]),
      );
      expect(terminated.rowCount).toBe(2);
      await throughA(
        'a change made while the listening connections were down',
        async () => {
          await graphql(a.url, cookieA, 'mutation($input: UpdateCandidateProfileInput!) { updateCandidateProfile(input: $input) { __typename } }', {
            input: { candidateId: newcomer, skills: [{ skill: 'COBOL', level: 2, years: 1 }] },
          });
        },
        (url, cookie) => suggestedCandidates(url, cookie, job.id),
        (onA) => expect(onA.map((r) => r.id)).not.toContain(newcomer),
      );
      // Both listen again.
      await msUntil(
        () =>
          withAdmin(databaseUrlFor(process.env.TEST_DATABASE_URL!, database), (admin) =>
            admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'shortlist-index-follower' AND datname = current_database()`),
          ),
        (result) => result.rows[0].n === 2,
        'the listening connections back',
      );

      // 6. B's metrics show it has applied everything A wrote.
      await msUntil(() => metricValue(b.url, 'shortlist_match_index_lag'), (lag) => lag === 0, "B's lag back at 0");
      expect(await metricValue(b.url, 'shortlist_match_index_ready')).toBe(1);

      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
      for (const latency of Object.values(latencies)) expect(latency).toBeLessThan(OVERALL_LIMIT_MS);
    },
    120_000,
  );
});
