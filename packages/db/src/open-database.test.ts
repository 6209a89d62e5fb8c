import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseConfigError, openDatabase } from './open-database.ts';

describe('opening the database with bad configuration', () => {
  it('names the unreachable PostgreSQL server in one line, without the password', async () => {
    const error = await openDatabase({ databaseUrl: 'postgresql://app:s3cret@127.0.0.1:1/shortlist' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseConfigError);
    expect((error as Error).message).toMatch(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1\/shortlist: .*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('s3cret');
    expect((error as Error).message).not.toContain('\n');
  });

  it('rejects a DATABASE_URL that is not PostgreSQL', async () => {
    const error = await openDatabase({ databaseUrl: 'mysql://root@localhost/shortlist' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for the embedded database).',
    );
  });

  it('says the data folder is not writable when it cannot be created', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'shortlist-')), 'a-file');
    writeFileSync(file, '');
    const error = await openDatabase({ dataDir: join(file, 'data') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseConfigError);
    expect((error as Error).message).toMatch(/^The data folder .*a-file\/data is not writable \(ENOTDIR\); set SHORTLIST_DATA_DIR/);
  });

  it('refuses a data folder another running process holds, since PGlite is a single connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shortlist-data-'));
    // The parent of this test process is alive for as long as the test runs.
    writeFileSync(join(dir, 'shortlist.lock'), String(process.ppid));
    const error = await openDatabase({ dataDir: dir }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`The data folder ${dir} is in use by process ${process.ppid}; stop it or set SHORTLIST_DATA_DIR.`);
  });
});

describe('opening the embedded database', () => {
  it('keeps its data in the folder between openings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shortlist-data-'));
    const first = await openDatabase({ dataDir: dir });
    await first.sql.exec('CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$hello$$);');
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    expect(await second.sql.query('SELECT v FROM kept')).toEqual([{ v: 'hello' }]);
    // Started with 32 MB of shared buffers (PostgreSQL's 128 MB cost every start ~0.3 s), the rest as PGlite starts.
    expect(await second.sql.query('SHOW shared_buffers')).toEqual([{ shared_buffers: '32MB' }]);
    expect(await second.sql.query('SHOW search_path')).toEqual([{ search_path: 'public' }]);
    await second.close();
  }, 60_000);
});
