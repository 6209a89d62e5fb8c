import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, pgliteStartParams, type Database } from '../open-database.ts';
import type { TemplateName } from './templates.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Which database this test project runs on. */
    shortlistTestDb: 'pglite' | 'postgres';
    /** PGlite: template name → path of a data-folder snapshot. */
    shortlistPgliteTemplates: Partial<Record<TemplateName, string>>;
    /** PostgreSQL: the admin URL and template name → template database name. */
    shortlistPostgresTemplates: { adminUrl: string; databases: Partial<Record<TemplateName, string>> };
  }
}

export interface TestDatabase extends Database {
  /** Which engine this test runs on, for test names. */
  engine: 'pglite' | 'postgres';
}

/**
 * A database of its own for one test file, cloned from a template the global setup migrated (and, for
 * `demo`, seeded) once per run: a PGlite data-folder snapshot, or a PostgreSQL `CREATE DATABASE … TEMPLATE`.
 */
export async function createTestDatabase(
  template: TemplateName = 'migrated',
  options: { onQuery?: (sql: string) => void } = {},
): Promise<TestDatabase> {
  const engine = inject('shortlistTestDb');
  if (engine === 'postgres') {
    const { adminUrl, databases } = inject('shortlistPostgresTemplates');
    const source = databases[template];
    if (!source) throw new Error(`No PostgreSQL template "${template}" was prepared by the global setup.`);
    const name = `shortlist_t_${randomBytes(6).toString('hex')}`;
    await withAdmin(adminUrl, (admin) => createDatabaseFromTemplate(admin, name, source));
    const db = await openDatabase({ databaseUrl: databaseUrlFor(adminUrl, name), ...options });
    return {
      ...db,
      engine,
      async close() {
        await db.close();
        await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      },
    };
  }
  const path = inject('shortlistPgliteTemplates')[template];
  if (!path) throw new Error(`No PGlite template "${template}" was prepared by the global setup.`);
  const snapshot = new Blob([await readFile(path)]);
  const db = await openDatabase({ pglite: await PGlite.create({ loadDataDir: snapshot, startParams: [...pgliteStartParams] }), ...options });
  return { ...db, engine };
}

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdmin<T>(adminUrl: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function createDatabaseFromTemplate(admin: pg.Client, name: string, template: string) {
  // Two CREATE DATABASE … TEMPLATE at the same instant can collide on the template; wait and retry.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}
