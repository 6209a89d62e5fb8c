import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../open-database.ts';
import { templates, type TemplateName } from './templates.ts';
import { databaseUrlFor, withAdmin } from './test-database.ts';

/**
 * Vitest global setup: prepares each template database once per run, so every test file can start from a
 * cheap clone. Which engine is chosen by the project's SHORTLIST_TEST_DB (see vitest-projects.ts).
 */
export default async function setup(project: TestProject) {
  const engine = project.config.env?.SHORTLIST_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  project.provide('shortlistTestDb', engine);
  const names = Object.keys(templates) as TemplateName[];

  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'shortlist-templates-'));
    const paths: Partial<Record<TemplateName, string>> = {};
    for (const name of names) {
      const pglite = await PGlite.create();
      const db = await openDatabase({ pglite });
      await templates[name](db);
      const snapshot = await pglite.dumpDataDir('none');
      await db.close();
      paths[name] = join(dir, `${name}.tar`);
      writeFileSync(paths[name], Buffer.from(await snapshot.arrayBuffer()));
    }
    project.provide('shortlistPgliteTemplates', paths);
    project.provide('shortlistPostgresTemplates', { adminUrl: '', databases: {} });
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('The postgres test project needs TEST_DATABASE_URL.');
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const databases: Partial<Record<TemplateName, string>> = {};
  for (const name of names) {
    const database = `shortlist_tpl_${name}_${runId}`;
    await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${database}"`));
    const db = await openDatabase({ databaseUrl: databaseUrlFor(adminUrl, database) });
    try {
      await templates[name](db);
    } finally {
      await db.close();
    }
    databases[name] = database;
  }
  project.provide('shortlistTestDb', engine);
  project.provide('shortlistPgliteTemplates', {});
  project.provide('shortlistPostgresTemplates', { adminUrl, databases });
  return () =>
    withAdmin(adminUrl, async (admin) => {
      for (const database of Object.values(databases)) {
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      }
    });
}
