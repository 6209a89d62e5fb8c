import { createTestDatabase, type TestDatabase } from '@shortlist/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAgency, createCandidateProfile, createClientCompany, createJob, createProposal } from '../../../test/factories.ts';
import { expireDueProposals } from './expire-due-proposals.ts';

const engine = inject('shortlistTestDb');
const HOUR = 60 * 60 * 1000;

let db: TestDatabase;
let refs: { agencyId: string; jobId: string; recruiterId: string };
beforeAll(async () => {
  db = await createTestDatabase('migrated');
  const agency = await createAgency(db.prisma);
  const client = await createClientCompany(db.prisma, agency.id);
  const job = await createJob(db.prisma, agency.id, client.id);
  const recruiter = await db.prisma.user.create({
    data: { agencyId: agency.id, email: `recruiter.${randomUUID()}@example.test`, name: 'Riley Chen', role: 'RECRUITER', passwordHash: 'x' },
  });
  refs = { agencyId: agency.id, jobId: job.id, recruiterId: recruiter.id };
});
afterAll(async () => {
  await db?.close();
});

async function proposalRespondingBy(respondBy: Date, status: 'PROPOSED' | 'DECLINED' = 'PROPOSED') {
  const candidate = await createCandidateProfile(db.prisma, refs.agencyId);
  return createProposal(db.prisma, { ...refs, candidateId: candidate.id }, { respondBy, status });
}

const expiryEntriesOf = (ids: string[]) =>
  db.sql.query<{ entityId: string; kind: string; actorUserId: string | null; data: Record<string, unknown> }>(
    `SELECT "entityId"::text AS "entityId", "kind", "actorUserId"::text AS "actorUserId", "data" FROM "ChangeLogEntry"
      WHERE "entityId" = ANY($1::uuid[]) ORDER BY "position"`,
    [ids],
  );

describe(`expiring due proposals (${engine})`, () => {
  it('writes a lapsed proposal EXPIRED with its version, history event and one proposal.expired change; others stay as they are', async () => {
    const now = Date.now();
    const lapsed = await proposalRespondingBy(new Date(now - HOUR));
    const open = await proposalRespondingBy(new Date(now + HOUR));
    const answered = await proposalRespondingBy(new Date(now - HOUR), 'DECLINED');

    expect(await expireDueProposals(db.sql)).toBeGreaterThanOrEqual(1);

    const after = await db.prisma.proposal.findMany({ where: { id: { in: [lapsed.id, open.id, answered.id] } } });
    const byId = new Map(after.map((p) => [p.id, p]));
    expect(byId.get(lapsed.id)).toMatchObject({ status: 'EXPIRED', version: lapsed.version + 1, closedAt: lapsed.respondBy });
    expect(byId.get(open.id)).toMatchObject({ status: 'PROPOSED', version: open.version });
    expect(byId.get(answered.id)).toMatchObject({ status: 'DECLINED', version: answered.version });

    const history = await db.prisma.activityEvent.findMany({ where: { proposalId: { in: [lapsed.id, open.id, answered.id] } } });
    expect(history).toEqual([
      expect.objectContaining({ proposalId: lapsed.id, actorKind: 'SYSTEM', action: 'proposal.expired', fromStatus: 'PROPOSED', toStatus: 'EXPIRED' }),
    ]);
    expect(await expiryEntriesOf([lapsed.id, open.id, answered.id])).toEqual([
      { entityId: lapsed.id, kind: 'proposal.expired', actorUserId: null, data: { from: 'PROPOSED', to: 'EXPIRED' } },
    ]);

    // A second sweep finds nothing left to do.
    expect(await expireDueProposals(db.sql)).toBe(0);
    expect(await expiryEntriesOf([lapsed.id])).toHaveLength(1);
  });

  it('two sweepers at once expire each due proposal exactly once', async () => {
    const now = Date.now();
    const due = await Promise.all(Array.from({ length: 24 }, (_, i) => proposalRespondingBy(new Date(now - HOUR - i * 1000))));
    const ids = due.map((p) => p.id);

    // Small batches, so the two take turns claiming rows while the other's are locked.
    const [first, second] = await Promise.all([expireDueProposals(db.sql, { batchSize: 3 }), expireDueProposals(db.sql, { batchSize: 3 })]);

    expect(first + second).toBe(ids.length);
    const entries = await expiryEntriesOf(ids);
    expect(entries.map((e) => e.kind)).toEqual(ids.map(() => 'proposal.expired'));
    expect(new Set(entries.map((e) => e.entityId))).toEqual(new Set(ids));
    const history = await db.prisma.activityEvent.groupBy({ by: ['proposalId'], where: { proposalId: { in: ids } }, _count: true });
    expect(history.map((h) => h._count)).toEqual(ids.map(() => 1));
    const stored = await db.prisma.proposal.findMany({ where: { id: { in: ids } }, select: { status: true, version: true } });
    expect(stored.every((p) => p.status === 'EXPIRED' && p.version === 1)).toBe(true);
  });
});
