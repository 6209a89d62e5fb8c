import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlConnection } from '../sql-connection.ts';

export const defaultMigrationsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma', 'migrations');

/** The lock Prisma's own migrate takes, so this applier and `prisma migrate deploy` never run at once. */
const PRISMA_MIGRATE_LOCK = 72707369;

/** Prisma's own bookkeeping table, column for column, so both tools agree about what is applied. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** A migration problem that must stop start-up; the message is one line a person can act on. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

export async function readMigrations(migrationsDir = defaultMigrationsDir): Promise<LocalMigration[]> {
  if (!existsSync(migrationsDir)) throw new MigrationError(`No migrations folder at ${migrationsDir}.`);
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && existsSync(join(migrationsDir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies the pending migrations in order, each in its own transaction together with its
 * `_prisma_migrations` row, so a failure leaves the database exactly as it was before that migration.
 * Refuses to run when an applied migration's file changed, when a migration failed earlier, or when the
 * database has migrations this code does not know (it is newer than the code).
 */
export async function applyMigrations(
  connection: SqlConnection,
  options: { migrationsDir?: string } = {},
): Promise<MigrationReport> {
  const local = await readMigrations(options.migrationsDir);
  return connection.withAdvisoryLock(PRISMA_MIGRATE_LOCK, async () => {
    await connection.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await connection.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const localNames = new Set(local.map((m) => m.name));
    const applied = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration ${row.migration_name} failed earlier and is marked unfinished in _prisma_migrations; fix the database by hand, then mark it rolled back.`,
        );
      }
      if (!localNames.has(row.migration_name)) {
        throw new MigrationError(
          `The database has migration ${row.migration_name}, which this code does not have: it was migrated by a newer version.`,
        );
      }
      applied.set(row.migration_name, row);
    }

    const report: MigrationReport = { applied: [], alreadyApplied: 0 };
    for (const migration of local) {
      const row = applied.get(migration.name);
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied (checksum ${migration.checksum.slice(0, 12)}… ≠ applied ${row.checksum.slice(0, 12)}…); restore the file and put the change in a new migration.`,
          );
        }
        report.alreadyApplied += 1;
        continue;
      }
      try {
        await connection.transaction(async (tx) => {
          const id = randomUUID();
          await tx.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
            [id, migration.checksum, migration.name],
          );
          await tx.exec(migration.sql);
          await tx.query(
            `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
            [id],
          );
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
      }
      report.applied.push(migration.name);
    }
    return report;
  });
}
