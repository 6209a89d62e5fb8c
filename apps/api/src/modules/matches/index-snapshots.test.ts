import { appendChanges } from '@shortlist/db/change-log/append-changes';
import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { readSnapshot, readSnapshotInfos, SNAPSHOT_CHUNK_BYTES, writeSnapshot } from './index-snapshots.ts';
import { MatchService, snapshotPolicyFromEnv, type SnapshotPolicy } from './match-service.ts';
import { jobProfileSelect, type JobProfileRow } from './to-job-profile.ts';

const engine = inject('shortlistTestDb');
let db: TestDatabase;
const services: MatchService[] = [];
const logged: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase('demo');
});
beforeEach(async () => {
  await db.sql.query(`DELETE FROM "MatchIndexSnapshot"`);
});
afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await db?.close();
});

const policy = (overrides: Partial<SnapshotPolicy> = {}): SnapshotPolicy => ({
  read: true,
  write: true,
  minCandidates: 0,
  maxAgeMs: 3_600_000,
  refreshEntries: 1,
  // Written when a test asks (writeDueSnapshots), not on a timer.
  checkEveryMs: 3_600_000,
  ...overrides,
});

async function ready(snapshots: SnapshotPolicy): Promise<MatchService> {
  const service = new MatchService(db, { listens: false, safetySyncMs: 3_600_000, snapshots, log: (line) => void logged.push(line) });
  services.push(service);
  await service.start();
  return service;
}

async function openJobs(): Promise<JobProfileRow[]> {
  return db.prisma.job.findMany({ where: { status: 'OPEN' }, select: jobProfileSelect, orderBy: { id: 'asc' }, take: 6 });
}

/** Every open job's top 15, as one service ranks them. */
async function rankings(service: MatchService, jobs: JobProfileRow[]) {
  return Promise.all(jobs.map(async (job) => (await service.topCandidatesForJob(job, 15)).map((r) => `${r.candidateId} ${r.score}`)));
}

/** A candidate made through "another process": the row and its change-log entry in one transaction. */
async function addCandidateLikeTheApp(job: JobProfileRow) {
  return db.prisma.$transaction(async (tx) => {
    const candidate = await tx.candidateProfile.create({
      data: {
        agencyId: job.agencyId,
        fullName: 'After The Snapshot',
        email: `after.${randomUUID()}@example.test`,
        seniority: job.seniority,
        yearsExperience: 12,
        country: job.country,
        city: job.city,
        timeZone: job.timeZone,
        remotePreference: 'ONSITE',
        preferredLocations: [],
        employmentTypes: [],
        skills: { create: job.skills.map((s) => ({ skillId: s.skillId, level: 5, years: 8 })) },
      },
    });
    await appendChanges(tx, [{ agencyId: job.agencyId, entity: 'CANDIDATE', entityId: candidate.id, kind: 'candidate.created' }]);
    return candidate;
  });
}

describe(`match index snapshots (${engine})`, () => {
  it('a start restores the snapshot, reads the log on from its position, and ranks exactly as a build from the rows', async () => {
    const jobs = await openJobs();
    const first = await ready(policy());
    expect(first.restoredFromSnapshots.size).toBe(0);
    await first.writeDueSnapshots();
    const infos = await readSnapshotInfos(db.sql);
    expect(infos.length).toBeGreaterThan(0);
    const counted = await db.prisma.candidateProfile.groupBy({ by: ['agencyId'], where: { erasedAt: null }, _count: true });
    for (const info of infos) {
      expect(info.position).toBe(first.position);
      expect(info.candidates).toBeLessThanOrEqual(counted.find((c) => c.agencyId === info.agencyId)!._count);
      expect(info.candidates).toBeGreaterThan(0);
    }

    // A change after the snapshot: the restored index must have it from the log.
    const added = await addCandidateLikeTheApp(jobs[0]!);

    const restored = await ready(policy({ write: false }));
    expect([...restored.restoredFromSnapshots.keys()].sort()).toEqual(infos.map((info) => info.agencyId).sort());
    const fromRows = await ready(policy({ read: false, write: false }));
    expect(fromRows.restoredFromSnapshots.size).toBe(0);
    expect(restored.counts()).toEqual(fromRows.counts());
    expect(restored.position).toBe(fromRows.position);
    const restoredRankings = await rankings(restored, jobs);
    expect(restoredRankings).toEqual(await rankings(fromRows, jobs));
    expect(restoredRankings[0]!.some((line) => line.startsWith(added.id))).toBe(true);
  });

  it('writes again once the log has moved on, and never over a newer snapshot', async () => {
    const [job] = await openJobs();
    const writer = await ready(policy());
    await writer.writeDueSnapshots();
    const before = (await readSnapshotInfos(db.sql)).find((info) => info.agencyId === job!.agencyId)!;
    await addCandidateLikeTheApp(job!);
    await writer.writeDueSnapshots();
    const after = (await readSnapshotInfos(db.sql)).find((info) => info.agencyId === job!.agencyId)!;
    expect(after.position).toBeGreaterThan(before.position);
    expect(after.candidates).toBe(before.candidates + 1);

    // A process behind (an older position) does not replace it.
    const old = (await readSnapshot(db.sql, job!.agencyId))!;
    expect(await writeSnapshot(db.sql, { agencyId: job!.agencyId, position: before.position, format: old.info.format, candidates: 1, bytes: new Uint8Array(10) })).toBe(false);
    expect((await readSnapshot(db.sql, job!.agencyId))!.bytes).toEqual(old.bytes);
  });

  it('reads back exactly the bytes it wrote, across its chunks', async () => {
    const [job] = await openJobs();
    // Two whole chunks and a part.
    const bytes = new Uint8Array(2 * SNAPSHOT_CHUNK_BYTES + 12_345);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2_654_435_761) >>> 24;
    const { agencyId } = job!;
    await db.sql.query(`DELETE FROM "MatchIndexSnapshot" WHERE "agencyId" = $1::uuid`, [agencyId]);
    expect(await writeSnapshot(db.sql, { agencyId, position: 1n, format: 2, candidates: 3, bytes })).toBe(true);
    const read = (await readSnapshot(db.sql, agencyId))!;
    expect(read.info).toMatchObject({ chunks: 3, bytes: bytes.length, candidates: 3 });
    expect(Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a snapshot missing a chunk, or with one too long, reads as none, and the connections go on serving', async () => {
    const [job] = await openJobs();
    const bytes = new Uint8Array(2 * SNAPSHOT_CHUNK_BYTES + 10).fill(7);
    const { agencyId } = job!;
    const write = async () => {
      await db.sql.query(`DELETE FROM "MatchIndexSnapshot" WHERE "agencyId" = $1::uuid`, [agencyId]);
      expect(await writeSnapshot(db.sql, { agencyId, position: 1n, format: 2, candidates: 3, bytes })).toBe(true);
    };
    await write();
    await db.sql.query(`DELETE FROM "MatchIndexSnapshotChunk" WHERE "agencyId" = $1::uuid AND "seq" = 1`, [agencyId]);
    expect(await readSnapshot(db.sql, agencyId)).toBeNull();
    await write();
    await db.sql.query(`UPDATE "MatchIndexSnapshotChunk" SET "data" = "data" || '\\x00'::bytea WHERE "agencyId" = $1::uuid AND "seq" = 2`, [agencyId]);
    expect(await readSnapshot(db.sql, agencyId)).toBeNull();
    // Every pooled connection still answers (none was left in the middle of a COPY), and a good snapshot reads whole.
    const answers = await Promise.all(Array.from({ length: 12 }, () => db.sql.query<{ one: number }>('SELECT 1 AS one')));
    expect(answers.map(([row]) => row!.one)).toEqual(Array(12).fill(1));
    await write();
    expect(Buffer.from((await readSnapshot(db.sql, agencyId))!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('SHORTLIST_INDEX_SNAPSHOTS=write replaces the snapshots at the same position with ones built from the rows', async () => {
    const first = await ready(policy());
    await first.writeDueSnapshots();
    const before = await readSnapshotInfos(db.sql);
    await db.sql.query(`UPDATE "MatchIndexSnapshot" SET "takenAt" = now() - interval '1 minute'`);
    const unchanged = await ready(policy());
    await unchanged.writeDueSnapshots();
    expect(unchanged.snapshotsWritten).toBe(0);

    const rebuilt = await ready(policy({ read: false }));
    expect(rebuilt.restoredFromSnapshots.size).toBe(0);
    await rebuilt.writeDueSnapshots();
    expect(rebuilt.snapshotsWritten).toBe(before.length);
    const after = await readSnapshotInfos(db.sql);
    expect(after.map((info) => info.position)).toEqual(before.map((info) => info.position));
    for (const [i, info] of after.entries()) expect(info.takenAt.getTime()).toBeGreaterThan(before[i]!.takenAt.getTime() - 30_000);
  });

  it('a snapshot it cannot read, too old or past the log is not restored: that agency is built from its rows', async () => {
    const jobs = await openJobs();
    const writer = await ready(policy());
    await writer.writeDueSnapshots();
    const agencyId = jobs[0]!.agencyId;
    const expected = await rankings(await ready(policy({ read: false, write: false })), jobs);

    // Bytes that are not a snapshot of this build.
    const info = (await readSnapshot(db.sql, agencyId))!.info;
    expect(info.bytes).toBeGreaterThan(0);
    await db.sql.query(`UPDATE "MatchIndexSnapshotChunk" SET "data" = decode(repeat('00', length("data")), 'hex') WHERE "agencyId" = $1::uuid AND "seq" = 0`, [agencyId]);
    logged.length = 0;
    const garbled = await ready(policy({ write: false }));
    expect(garbled.restoredFromSnapshots.has(agencyId)).toBe(false);
    expect(logged.some((line) => line.includes('could not be restored'))).toBe(true);
    expect(await rankings(garbled, jobs)).toEqual(expected);

    // Too old, and (a database restored from a backup) past the log's head.
    await db.sql.query(`DELETE FROM "MatchIndexSnapshot"`);
    await writer.writeDueSnapshots();
    expect((await ready(policy({ write: false }))).restoredFromSnapshots.has(agencyId)).toBe(true);
    await db.sql.query(`UPDATE "MatchIndexSnapshot" SET "takenAt" = now() - interval '2 hours'`);
    const tooOld = await ready(policy({ write: false }));
    expect(tooOld.restoredFromSnapshots.size).toBe(0);
    expect(await rankings(tooOld, jobs)).toEqual(expected);
    await db.sql.query(`UPDATE "MatchIndexSnapshot" SET "takenAt" = now(), "position" = "position" + 1000`);
    const ahead = await ready(policy({ write: false }));
    expect(ahead.restoredFromSnapshots.size).toBe(0);
    expect(await rankings(ahead, jobs)).toEqual(expected);
    // Such a snapshot is replaced by the next due write, though its position is higher.
    await writer.writeDueSnapshots();
    expect((await readSnapshotInfos(db.sql)).find((i) => i.agencyId === agencyId)!.position).toBe(writer.position);
  });

  it('an erasure deletes the agency snapshot, and a snapshot taken before the erasure is never written after it', async () => {
    const [job] = await openJobs();
    const writer = await ready(policy());
    await writer.writeDueSnapshots();
    const before = (await readSnapshot(db.sql, job!.agencyId))!;
    const candidate = await addCandidateLikeTheApp(job!);
    // The erasure as the sweeper runs it (erase-candidate.ts): through a due request.
    const { eraseCandidate } = await import('../data-rights/erase-candidate.ts');
    const request = await db.prisma.erasureRequest.create({
      data: { agencyId: job!.agencyId, candidateId: candidate.id, source: 'candidate', dueAt: new Date(Date.now() - 1000) },
    });
    expect(await eraseCandidate(db.prisma, request.id, new Date())).toBe(true);
    expect(await readSnapshot(db.sql, job!.agencyId)).toBeNull();
    // A process that took its snapshot before the erasure: refused.
    expect(await writeSnapshot(db.sql, { agencyId: job!.agencyId, position: before.info.position + 1n, format: before.info.format, candidates: 1, bytes: before.bytes })).toBe(false);
    expect(await readSnapshot(db.sql, job!.agencyId)).toBeNull();
    // The next due write catches up with the log first: a snapshot without them.
    await writer.writeDueSnapshots();
    const after = (await readSnapshot(db.sql, job!.agencyId))!;
    expect(after.info.position).toBe(writer.position);
    const restored = await ready(policy({ write: false }));
    expect(restored.restoredFromSnapshots.has(job!.agencyId)).toBe(true);
    const top = await restored.topCandidatesForJob(job!, 50);
    expect(top.map((r) => r.candidateId)).not.toContain(candidate.id);
  });

  it('reads its settings from the environment, and refuses a setting it does not know', () => {
    expect(snapshotPolicyFromEnv({})).toMatchObject({ read: true, write: true, minCandidates: 10_000, maxAgeMs: 7 * 24 * 3_600_000 });
    expect(snapshotPolicyFromEnv({ SHORTLIST_INDEX_SNAPSHOTS: 'off' })).toMatchObject({ read: false, write: false });
    expect(snapshotPolicyFromEnv({ SHORTLIST_INDEX_SNAPSHOTS: 'write', SHORTLIST_INDEX_SNAPSHOT_MIN_CANDIDATES: '5' })).toMatchObject({ read: false, write: true, minCandidates: 5 });
    expect(() => snapshotPolicyFromEnv({ SHORTLIST_INDEX_SNAPSHOTS: 'sometimes' })).toThrow(/on, off or write/);
    expect(() => snapshotPolicyFromEnv({ SHORTLIST_INDEX_SNAPSHOT_MAX_AGE_HOURS: '-1' })).toThrow(/at least 0/);
  });
});
