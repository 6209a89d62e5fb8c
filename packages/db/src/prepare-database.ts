import { applyMigrations, MigrationError } from './migrations/apply-migrations.ts';
import { DatabaseConfigError, databaseOptionsFromEnv, openDatabase, type Database } from './open-database.ts';
import { seedIfEmpty } from './seed/seed-demo.ts';

export interface PrepareOptions {
  /** Seed demo data into an empty database (see demoSeedingFromEnv). */
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

/**
 * SHORTLIST_SEED says whether an empty database gets the demo data (145 accounts sharing the password `shortlist`):
 * `demo` seeds it, `off` leaves the database empty. Unset, it is `demo` for the local demo (`npm start`) and `off`
 * when NODE_ENV=production, so a production install never has demo accounts unless asked for them by name.
 * (`on`, the old spelling, still means `demo`.)
 */
export function demoSeedingFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.SHORTLIST_SEED ?? '').trim().toLowerCase();
  if (value === '') return env.NODE_ENV !== 'production';
  if (value === 'demo' || value === 'on') return true;
  if (value === 'off') return false;
  throw new DatabaseConfigError(`SHORTLIST_SEED must be "demo" (seed the demo data) or "off", not "${env.SHORTLIST_SEED}".`);
}

/** The problems a person can fix from the message alone; anything else is a bug and keeps its stack. */
export function isConfigurationProblem(error: unknown): error is Error {
  return error instanceof DatabaseConfigError || error instanceof MigrationError;
}

/**
 * The `setup-database` task: migrate (and seed) without starting the server. `npm start` no longer runs it (the
 * server migrates and seeds itself; opening the database twice cost seconds at every start).
 */
export async function prepareDatabaseFromEnv(): Promise<void> {
  let db: Database | undefined;
  try {
    const seed = demoSeedingFromEnv();
    db = await openDatabase(databaseOptionsFromEnv());
    await prepareDatabase(db, { seed });
  } catch (error) {
    if (!isConfigurationProblem(error)) throw error;
    console.error(`Shortlist cannot start: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}
