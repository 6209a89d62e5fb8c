import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { applyMigrations, MigrationError, readMigrations } from './apply-migrations.ts';

function migrationsFolder(migrations: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-migrations-'));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

let db: TestDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function tableExists(name: string) {
  const rows = await db!.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1`,
    [name],
  );
  return rows[0]!.n === 1;
}

describe('applying migrations', () => {
  it('records every project migration in _prisma_migrations with the sha256 of its file, as Prisma does', async () => {
    db = await createTestDatabase('migrated');
    const local = await readMigrations();
    const rows = await db.sql.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    expect(rows.map((r) => r.checksum)).toEqual(local.map((m) => m.checksum));
    expect(rows.every((r) => r.applied_steps_count === 1)).toBe(true);
  });

  it('does nothing the second time', async () => {
    db = await createTestDatabase('migrated');
    const report = await applyMigrations(db.sql);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBe((await readMigrations()).length);
  });

});

describe('applying migrations to a database of another history', () => {
  it('stops with a one-line reason when an applied migration was edited, and applies nothing after it', async () => {
    db = await createTestDatabase('migrated');
    await db.sql.exec(`DROP TABLE "_prisma_migrations"`);
    const first = 'CREATE TABLE "alpha" (id int PRIMARY KEY);';
    await applyMigrations(db.sql, { migrationsDir: migrationsFolder({ '1_alpha': first }) });
    const edited = migrationsFolder({ '1_alpha': `${first}\n-- edited`, '2_beta': 'CREATE TABLE "beta" (id int);' });
    const error = await applyMigrations(db.sql, { migrationsDir: edited }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/^Migration 1_alpha was changed after it was applied/);
    expect((error as Error).message).not.toContain('\n');
    expect(await tableExists('beta')).toBe(false);
  });

  it('rolls a failing migration back whole: no table from its first statement, no record of it', async () => {
    db = await createTestDatabase('migrated');
    await db.sql.exec(`DROP TABLE "_prisma_migrations"`);
    const dir = migrationsFolder({
      '1_ok': 'CREATE TABLE "ok" (id int);',
      '2_broken': 'CREATE TABLE "half" (id int);\nINSERT INTO "missing_table" VALUES (1);',
    });
    const error = await applyMigrations(db.sql, { migrationsDir: dir }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Migration 2_broken failed and was rolled back: .*missing_table/);
    expect(await tableExists('ok')).toBe(true);
    expect(await tableExists('half')).toBe(false);
    const names = await db.sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((r) => r.migration_name)).toEqual(['1_ok']);
  });

  it('refuses a database migrated by a newer version of the code', async () => {
    db = await createTestDatabase('migrated');
    const error = await applyMigrations(db.sql, { migrationsDir: migrationsFolder({}) }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/which this code does not have/);
  });
});

describe('applying migrations in order', () => {
  it('applies only the pending ones, oldest first, each recorded', async () => {
    db = await createTestDatabase('migrated');
    await db.sql.exec(`DROP TABLE "_prisma_migrations"`);
    const first = { '1_first': 'CREATE TABLE "first" (id int PRIMARY KEY);' };
    expect((await applyMigrations(db.sql, { migrationsDir: migrationsFolder(first) })).applied).toEqual(['1_first']);
    const both = migrationsFolder({ ...first, '2_second': 'CREATE TABLE "second" (id int REFERENCES "first"(id));' });
    const report = await applyMigrations(db.sql, { migrationsDir: both });
    expect(report).toEqual({ applied: ['2_second'], alreadyApplied: 1 });
    expect(await tableExists('second')).toBe(true);
  });
});
