import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyPassword } from '../auth/verify-password.ts';
import { openDatabase, type OpenDatabaseOptions } from '../open-database.ts';
import { createTestDatabase, databaseUrlFor, withAdmin, type TestDatabase } from '../testing/test-database.ts';
import { parseScaleArgs, SCALE_USAGE, ScaleUsageError, seedScale } from './seed-scale.ts';

let db: TestDatabase;
const now = new Date('2026-03-10T12:00:00Z');
beforeAll(async () => {
  db = await createTestDatabase('migrated');
}, 120_000);
afterAll(async () => {
  await db?.close();
});

describe('seed:scale', () => {
  it('fills a Scale Agency with the taxonomy, the jobs and the candidates asked for, each candidate with 5 to 25 skills', async () => {
    const lines: string[] = [];
    const summary = await seedScale(db.prisma, { candidates: 2_000, jobs: 120, seed: 7, now, onProgress: (line) => lines.push(line) });
    expect(summary).toMatchObject({ skills: 613, jobs: 120, candidates: 2_000, logins: 2 });
    const agency = await db.prisma.agency.findUniqueOrThrow({ where: { slug: 'scale' } });
    expect(agency.name).toBe('Scale Agency');
    expect(await db.prisma.candidateProfile.count({ where: { agencyId: agency.id } })).toBe(2_000);
    expect(await db.prisma.job.count({ where: { agencyId: agency.id } })).toBe(120);
    const perCandidate = await db.prisma.candidateSkill.groupBy({ by: ['candidateId'], _count: true });
    expect(perCandidate).toHaveLength(2_000);
    expect(Math.min(...perCandidate.map((c) => c._count))).toBeGreaterThanOrEqual(5);
    expect(Math.max(...perCandidate.map((c) => c._count))).toBeLessThanOrEqual(25);
    expect(lines.at(-2)).toMatch(/^candidates 2,000 \/ 2,000/);
    expect(lines.at(-1)).toMatch(/^statistics refreshed \(ANALYZE\)/);
  }, 120_000);

  it('gives the agency a year of pipeline: proposals across the funnel, of its own candidates and jobs, with interviews and history', async () => {
    const agency = await db.prisma.agency.findUniqueOrThrow({ where: { slug: 'scale' } });
    const proposals = await db.prisma.proposal.findMany({
      select: {
        agencyId: true, status: true, createdAt: true, matchScore: true, respondedAt: true, offeredAt: true, hiredAt: true, declineReason: true, candidateId: true,
        job: { select: { agencyId: true, publishedAt: true, status: true } },
        candidate: { select: { agencyId: true } },
        recruiter: { select: { agencyId: true, role: true } },
        _count: { select: { interviews: true, activityEvents: true } },
      },
    });
    // About 0.3 a candidate: 2,000 candidates give some 600.
    expect(proposals.length).toBeGreaterThan(400);
    expect(proposals.length).toBeLessThan(900);
    for (const p of proposals) {
      expect({ proposal: p.agencyId, job: p.job.agencyId, candidate: p.candidate.agencyId, recruiter: p.recruiter.agencyId }).toEqual({
        proposal: agency.id, job: agency.id, candidate: agency.id, recruiter: agency.id,
      });
      expect(['RECRUITER', 'ADMIN']).toContain(p.recruiter.role);
      expect(p.job.status).not.toBe('DRAFT');
      expect(p.createdAt.getTime()).toBeGreaterThanOrEqual(p.job.publishedAt!.getTime());
      expect(p.createdAt.getTime()).toBeGreaterThan(now.getTime() - 366 * 86_400_000);
      expect(p.createdAt.getTime()).toBeLessThan(now.getTime());
      expect(p._count.activityEvents).toBeGreaterThanOrEqual(1);
    }

    const byStatus = Object.fromEntries(['PROPOSED', 'ACCEPTED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'DECLINED', 'WITHDRAWN', 'REJECTED', 'EXPIRED'].map((s) => [s, proposals.filter((p) => p.status === s).length]));
    for (const [status, count] of Object.entries(byStatus)) expect(count, status).toBeGreaterThan(0);
    // A funnel: each stage reached by fewer than the one before.
    const wasAccepted = (p: (typeof proposals)[number]) => p.offeredAt !== null || (p.respondedAt !== null && p.status !== 'DECLINED');
    const accepted = proposals.filter(wasAccepted).length;
    const interviewed = proposals.filter((p) => p._count.interviews > 0).length;
    const offered = proposals.filter((p) => p.offeredAt).length;
    const hired = proposals.filter((p) => p.hiredAt).length;
    expect(proposals.length).toBeGreaterThan(accepted);
    expect(accepted).toBeGreaterThan(interviewed);
    expect(interviewed).toBeGreaterThan(offered);
    expect(offered).toBeGreaterThan(hired);
    expect(byStatus.HIRED).toBe(hired);
    // Past Accepted means an interview; declines carry their reason; the better matches are accepted more often.
    for (const p of proposals.filter((p) => ['INTERVIEWING', 'OFFERED', 'HIRED'].includes(p.status))) expect(p._count.interviews).toBeGreaterThan(0);
    for (const p of proposals.filter((p) => p.status === 'DECLINED')) expect(p.declineReason).not.toBeNull();
    const acceptRate = (list: typeof proposals) => list.filter(wasAccepted).length / list.length;
    const answered = proposals.filter((p) => p.respondedAt);
    const median = [...answered].sort((a, b) => a.matchScore - b.matchScore)[Math.floor(answered.length / 2)]!.matchScore;
    expect(acceptRate(answered.filter((p) => p.matchScore >= median))).toBeGreaterThan(acceptRate(answered.filter((p) => p.matchScore < median)));
    // A candidate is hired once at most.
    const hiredCandidates = proposals.filter((p) => p.status === 'HIRED').map((p) => p.candidateId);
    expect(new Set(hiredCandidates).size).toBe(hiredCandidates.length);

    const interviews = await db.prisma.interview.groupBy({ by: ['status'], _count: true });
    expect(interviews.map((i) => i.status).sort()).toEqual(expect.arrayContaining(['CANCELLED', 'COMPLETED', 'NO_SHOW', 'SCHEDULED']));
    const foreign = await db.sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Interview" i JOIN "Proposal" p ON p.id = i."proposalId" WHERE i."agencyId" <> p."agencyId"`,
    );
    expect(foreign[0]!.count).toBe(0);
  }, 60_000);

  it('leaves the planner statistics of the filled tables current and their pages all-visible, as in a database in use', async () => {
    const rows = await db.sql.query<{ relname: string; reltuples: number; analyzed: boolean; allVisible: boolean }>(
      `SELECT c.relname, c.reltuples::int AS reltuples, s.last_analyze IS NOT NULL AS analyzed,
              c.relpages > 0 AND c.relallvisible = c.relpages AS "allVisible"
       FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
       WHERE c.relname IN ('Job', 'CandidateProfile', 'CandidateSkill', 'Proposal', 'Interview') ORDER BY c.relname`,
    );
    const [skills, proposals, interviews] = [await db.prisma.candidateSkill.count(), await db.prisma.proposal.count(), await db.prisma.interview.count()];
    expect(rows).toEqual([
      { relname: 'CandidateProfile', reltuples: 2_000, analyzed: true, allVisible: true },
      { relname: 'CandidateSkill', reltuples: skills, analyzed: true, allVisible: true },
      { relname: 'Interview', reltuples: interviews, analyzed: true, allVisible: true },
      { relname: 'Job', reltuples: 120, analyzed: true, allVisible: true },
      { relname: 'Proposal', reltuples: proposals, analyzed: true, allVisible: true },
    ]);
  });

  it('reuses the agency and inserts nothing new when run again with the same seed', async () => {
    const before = await db.prisma.candidateSkill.count();
    const proposalsBefore = await db.prisma.proposal.count();
    const again = await seedScale(db.prisma, { candidates: 2_000, jobs: 120, seed: 7, now });
    expect(again).toMatchObject({ skills: 0, jobs: 0, candidates: 0, candidateSkills: 0, logins: 0, proposals: 0, interviews: 0, activityEvents: 0 });
    expect(await db.prisma.agency.count({ where: { slug: 'scale' } })).toBe(1);
    expect(await db.prisma.candidateSkill.count()).toBe(before);
    expect(await db.prisma.proposal.count()).toBe(proposalsBefore);
  }, 120_000);

  it('adds a different population for another seed', async () => {
    const other = await seedScale(db.prisma, { candidates: 300, jobs: 10, seed: 8, now });
    expect(other).toMatchObject({ jobs: 10, candidates: 300 });
    expect(await db.prisma.candidateProfile.count()).toBe(2_300);
  }, 120_000);

  it('reads its arguments, with defaults', () => {
    expect(parseScaleArgs(['--candidates', '100000'])).toEqual({ candidates: 100_000, jobs: 2_000, seed: 1 });
    expect(parseScaleArgs(['--jobs=50', '--seed', '3', '--candidates', '1_000'])).toEqual({ candidates: 1_000, jobs: 50, seed: 3 });
    for (const bad of [['--candidates'], ['--candidates', 'many'], ['--candidates', '0'], ['--jobs', '-4'], ['--rows', '5'], ['100']]) {
      expect(() => parseScaleArgs(bad), bad.join(' ')).toThrow(ScaleUsageError);
    }
  });

  it('prints the usage line and exits with 2 on a bad argument, before touching any database', () => {
    const script = fileURLToPath(new URL('./seed-scale.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--candidates', 'lots'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--candidates must be a whole number');
    expect(run.stderr).toContain(SCALE_USAGE);
  }, 60_000);

  it('prints a recruiter login whose password opens the Scale Agency and its jobs', async () => {
    const target = await freshDatabase();
    try {
      const output = await runSeedScale(['--candidates', '40', '--jobs', '5'], target.env);
      const block = output.slice(output.indexOf('Sign in'));
      const password = /\(password: (\S+?)\)/.exec(block)?.[1];
      const email = /^\s+(\S+@\S+)\s+Recruiter/m.exec(block)?.[1];
      expect({ email, password }).toEqual({ email: expect.stringContaining('@'), password: expect.any(String) });

      const db = await openDatabase(target.options);
      try {
        const user = await db.prisma.user.findUniqueOrThrow({ where: { email: email! }, include: { agency: true } });
        expect({ role: user.role, agency: user.agency.slug, disabled: user.disabledAt }).toEqual({ role: 'RECRUITER', agency: 'scale', disabled: null });
        expect(await verifyPassword(password!, user.passwordHash)).toBe(true);
        expect(await db.prisma.job.count({ where: { agencyId: user.agencyId } })).toBe(5);
      } finally {
        await db.close();
      }
    } finally {
      await target.drop();
    }
  }, 120_000);
});

/** An empty database of this project's engine for the command to migrate and fill: a data folder or a PostgreSQL database. */
async function freshDatabase(): Promise<{ env: Record<string, string>; options: OpenDatabaseOptions; drop: () => Promise<unknown> }> {
  if (inject('shortlistTestDb') === 'postgres') {
    const { adminUrl } = inject('shortlistPostgresTemplates');
    const name = `shortlist_scale_${randomBytes(6).toString('hex')}`;
    await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
    const databaseUrl = databaseUrlFor(adminUrl, name);
    return {
      env: { DATABASE_URL: databaseUrl, SHORTLIST_DATA_DIR: '' },
      options: { databaseUrl },
      drop: () => withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-scale-'));
  return { env: { DATABASE_URL: '', SHORTLIST_DATA_DIR: dataDir }, options: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** `npm run seed:scale` as a person runs it; resolves with what it printed, rejects when it fails. */
function runSeedScale(args: string[], env: Record<string, string>): Promise<string> {
  const script = fileURLToPath(new URL('./seed-scale.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`seed:scale exited with ${code}:\n${output}`)))),
  );
}
