import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import datamodel from '../generated/datamodel.json' with { type: 'json' };
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { checkDrift, type Datamodel } from './check-drift.ts';

const dbPackage = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Parses a schema the way `npm run generate` does, through the project's datamodel generator. */
function parseSchema(schema: string): Datamodel {
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-schema-'));
  const generator = join(dbPackage, 'scripts', 'datamodel-generator.mjs');
  const onlyDatamodel = schema
    .replace(/generator \w+ \{[^}]*\}/g, '')
    .replace('datasource db {', `generator datamodel {\n  provider = "node ${generator}"\n  output = "${join(dir, 'datamodel.json')}"\n}\n\ndatasource db {`);
  writeFileSync(join(dir, 'schema.prisma'), onlyDatamodel);
  const result = spawnSync(process.execPath, [join(dbPackage, 'scripts', 'generate.mjs'), '--schema', join(dir, 'schema.prisma')], {
    cwd: dbPackage,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`prisma generate failed: ${result.stderr}${result.stdout}`);
  return JSON.parse(readFileSync(join(dir, 'datamodel.json'), 'utf8')) as Datamodel;
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('migrated');
});
afterAll(() => db.close());

describe('the migrated database matches schema.prisma', () => {
  it('has every model, field, type, nullability, enum, unique constraint, index and foreign key, and nothing else', async () => {
    expect(await checkDrift(db.sql, datamodel as Datamodel)).toEqual([]);
  });
});

describe('the drift check itself', () => {
  it('reports a field added to schema.prisma without a migration', async () => {
    const schema = readFileSync(join(dbPackage, 'prisma', 'schema.prisma'), 'utf8').replace(
      /model User \{\n/,
      'model User {\n  nickname String\n',
    );
    const problems = await checkDrift(db.sql, parseSchema(schema));
    expect(problems).toEqual(['Column User.nickname is in the schema but not in the database.']);
  }, 60_000);

  it('reports a new model, enum value and index in the schema that no migration created', async () => {
    const schema = readFileSync(join(dbPackage, 'prisma', 'schema.prisma'), 'utf8')
      .replace('enum JobStatus {\n  DRAFT', 'enum JobStatus {\n  ARCHIVED\n  DRAFT')
      .replace('@@index([agencyId, role])', '@@index([agencyId, role])\n  @@index([name])')
      .concat('\nmodel Tag {\n  id String @id\n}\n');
    const problems = await checkDrift(db.sql, parseSchema(schema));
    expect(problems).toEqual(
      expect.arrayContaining([
        'Table Tag is in the schema but not in the database.',
        'Enum JobStatus is (DRAFT, OPEN, ON_HOLD, FILLED, CLOSED) in the database but (ARCHIVED, DRAFT, OPEN, ON_HOLD, FILLED, CLOSED) in the schema.',
        'The index on User(name) is in the schema but not in the database.',
      ]),
    );
  }, 60_000);

  it('reports what the database has and the schema lacks: a column, a changed nullability, an index', async () => {
    const scratch = await createTestDatabase('migrated');
    try {
      await scratch.sql.exec(`
        ALTER TABLE "Job" ADD COLUMN "legacyCode" text;
        ALTER TABLE "Job" ALTER COLUMN "description" DROP NOT NULL;
        CREATE INDEX "Job_title_idx" ON "Job" ("title");`);
      const problems = await checkDrift(scratch.sql, datamodel as Datamodel);
      expect(problems.sort()).toEqual(
        [
          'Column Job.legacyCode is in the database but not in the schema.',
          'Column Job.description is nullable in the database but NOT NULL in the schema.',
          'The index on Job(title) is in the database but not in the schema.',
        ].sort(),
      );
    } finally {
      await scratch.close();
    }
  });
});
