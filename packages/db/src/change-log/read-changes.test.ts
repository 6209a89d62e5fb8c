import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { appendChanges, CHANGES_CHANNEL, type ChangeInput } from './append-changes.ts';
import { readChanges } from './read-changes.ts';

const engine = inject('shortlistTestDb');
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('migrated');
});
afterAll(async () => {
  await db?.close();
});

const change = (agencyId: string, kind = 'candidate.updated'): ChangeInput => ({
  agencyId,
  entity: 'CANDIDATE',
  entityId: randomUUID(),
  kind,
  data: { changed: ['headline'] },
});
const append = (changes: ChangeInput[]) => db.prisma.$transaction((tx) => appendChanges(tx, changes));
const lastPosition = async () => (await readChanges(db.sql, 0n, 10_000)).at(-1)?.position ?? 0n;

/** Resolves once a session of this database waits for the change log's lock: polled, not timed. */
async function someoneWaitsForTheLog(): Promise<void> {
  for (;;) {
    const [row] = await db.sql.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    if ((row?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe(`reading the change log (${engine})`, () => {
  it('returns the entries after a cursor in position order, up to the limit', async () => {
    const start = await lastPosition();
    const agencyId = randomUUID();
    await append([change(agencyId, 'candidate.created')]);
    await append([change(agencyId, 'candidate.updated'), change(agencyId, 'job.updated')]);

    const all = await readChanges(db.sql, start, 10);
    expect(all.map((e) => e.kind)).toEqual(['candidate.created', 'candidate.updated', 'job.updated']);
    expect(all[1]!.position).toBeGreaterThan(all[0]!.position);
    expect(all[2]!.position).toBeGreaterThan(all[1]!.position);
    expect(all[0]).toMatchObject({ agencyId, entity: 'CANDIDATE', data: { changed: ['headline'] }, actorUserId: null });

    expect((await readChanges(db.sql, all[0]!.position, 10)).map((e) => e.kind)).toEqual(['candidate.updated', 'job.updated']);
    expect((await readChanges(db.sql, start, 2)).map((e) => e.kind)).toEqual(['candidate.created', 'candidate.updated']);
    expect(await readChanges(db.sql, all[2]!.position, 10)).toEqual([]);
  });

  it("reads one agency's entries only, when asked", async () => {
    const start = await lastPosition();
    const [mine, theirs] = [randomUUID(), randomUUID()];
    await append([change(mine, 'candidate.created'), change(theirs, 'candidate.created'), change(mine, 'candidate.updated')]);
    const read = await readChanges(db.sql, start, 10, { agencyId: mine });
    expect(read.map((e) => [e.agencyId, e.kind])).toEqual([
      [mine, 'candidate.created'],
      [mine, 'candidate.updated'],
    ]);
  });

  it('has nothing to read from a transaction that rolled back', async () => {
    const start = await lastPosition();
    await db.prisma
      .$transaction(async (tx) => {
        await appendChanges(tx, [change(randomUUID())]);
        throw new Error('the write after the append failed');
      })
      .catch(() => {});
    expect(await readChanges(db.sql, start, 10)).toEqual([]);
  });

  it('notifies the changed agencies once each, at commit', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const heard: string[] = [];
    let stopListening: () => Promise<void>;
    if (db.pglite) {
      const unsubscribe = await db.pglite.listen(CHANGES_CHANNEL, (payload) => heard.push(payload));
      stopListening = unsubscribe;
    } else {
      const client = await db.pool!.connect();
      client.on('notification', (message) => heard.push(message.payload ?? ''));
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      stopListening = async () => {
        await client.query(`UNLISTEN ${CHANGES_CHANNEL}`);
        client.release();
      };
    }
    try {
      await append([change(first), change(first), change(second)]);
      // A notification is delivered by the time a later statement's answer arrives on the same server.
      for (let i = 0; heard.length < 2 && i < 500; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect([...heard].sort()).toEqual([first, second].sort());
    } finally {
      await stopListening();
    }
  });

  it.skipIf(engine !== 'postgres')(
    'never shows a later position before an earlier one has committed, so a cursor skips nothing',
    async () => {
      const start = await lastPosition();
      const [early, late] = [change(randomUUID(), 'job.created'), change(randomUUID(), 'job.updated')];
      let commitEarly!: () => void;
      const earlyMayCommit = new Promise<void>((resolve) => (commitEarly = resolve));
      let earlyAppended!: () => void;
      const earlyHasAppended = new Promise<void>((resolve) => (earlyAppended = resolve));

      // The early transaction takes its position and stays open.
      const earlyTx = db.prisma.$transaction(
        async (tx) => {
          await appendChanges(tx, [early]);
          earlyAppended();
          await earlyMayCommit;
        },
        { timeout: 20_000 },
      );
      await earlyHasAppended;
      // The late one, on another connection, must wait for it instead of taking the next position and committing first.
      const lateTx = append([late]);
      await someoneWaitsForTheLog();
      expect(await readChanges(db.sql, start, 10)).toEqual([]);

      commitEarly();
      await Promise.all([earlyTx, lateTx]);
      const read = await readChanges(db.sql, start, 10);
      expect(read.map((e) => e.kind)).toEqual(['job.created', 'job.updated']);
      expect(read[1]!.position).toBeGreaterThan(read[0]!.position);
    },
  );
});
