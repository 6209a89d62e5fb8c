import { applyMigrations, MigrationError } from './migrations/apply-migrations.ts';
import { DatabaseConfigError, databaseOptionsFromEnv, openDatabase, type Database } from './open-database.ts';
import { seedIfEmpty } from './seed/seed-demo.ts';

export interface PrepareOptions {
  /** Seed demo data into an empty database (SHORTLIST_SEED=off turns it off). */
  seed: boolean;
  log?: (line: string) => void;
}

/** Migrates, then seeds the demo data when the database is empty. Both are no-ops the second time. */
export async function prepareDatabase(db: Database, { seed, log = console.log }: PrepareOptions): Promise<void> {
  const report = await applyMigrations(db.sql);
  if (report.applied.length > 0) log(`Applied ${report.applied.length} migration(s) to ${db.description}.`);
  if (!seed) return;
  const { seeded } = await seedIfEmpty(db.prisma, { now: new Date() });
  log(seeded ? 'Seeded demo data.' : `Using the existing data in ${db.description}.`);
}

/** The problems a person can fix from the message alone; anything else is a bug and keeps its stack. */
export function isConfigurationProblem(error: unknown): error is Error {
  return error instanceof DatabaseConfigError || error instanceof MigrationError;
}

/**
 * `npm start` runs this as its own Turborepo task, beside the web build, so the database is created, migrated
 * and seeded while Vite builds; the server then opens a ready database.
 */
export async function prepareDatabaseFromEnv(): Promise<void> {
  let db: Database | undefined;
  try {
    db = await openDatabase(databaseOptionsFromEnv());
    await prepareDatabase(db, { seed: process.env.SHORTLIST_SEED !== 'off' });
  } catch (error) {
    if (!isConfigurationProblem(error)) throw error;
    console.error(`Shortlist cannot start: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}
