import type { Database } from '../open-database.ts';
import { applyMigrations } from '../migrations/apply-migrations.ts';

/** The database states a test can start from. */
export const templates = {
  /** Every migration applied, no rows. */
  migrated: async (db: Database) => {
    await applyMigrations(db.sql);
  },
} satisfies Record<string, (db: Database) => Promise<void>>;

export type TemplateName = keyof typeof templates;
