import type { Database } from '../open-database.ts';
import { applyMigrations } from '../migrations/apply-migrations.ts';
import { seedDemo } from '../seed/seed-demo.ts';

/** The database states a test can start from. */
export const templates = {
  /** Every migration applied, no rows. */
  migrated: async (db: Database) => {
    await applyMigrations(db.sql);
  },
  /** Migrated, then the demo seed as of the test run's start (its interviews are in the future). */
  demo: async (db: Database) => {
    await applyMigrations(db.sql);
    await seedDemo(db.prisma, { now: new Date() });
  },
} satisfies Record<string, (db: Database) => Promise<void>>;

export type TemplateName = keyof typeof templates;
