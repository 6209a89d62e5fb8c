import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/verify-password.ts';
import { openDatabase } from '../open-database.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { CreateAdminError, createFirstAdmin } from './create-first-admin.ts';

const dbDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cleanups: Array<() => Promise<unknown> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});
async function freshDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase('migrated');
  cleanups.push(() => db.close());
  return db;
}

describe('the first admin of a database without demo data', () => {
  it('is an ADMIN of a new agency who can sign in with the given password', async () => {
    const db = await freshDatabase();
    const { agencyId, userId } = await createFirstAdmin(db.prisma, {
      agencyName: 'Northwind Talent',
      email: ' Morgan@Northwind.example ',
      name: 'Morgan Ellis',
      password: 'a long enough secret',
    });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { agency: true } });
    expect(user).toMatchObject({ email: 'morgan@northwind.example', role: 'ADMIN', name: 'Morgan Ellis', agencyId });
    expect(user.agency).toMatchObject({ name: 'Northwind Talent', slug: 'northwind-talent' });
    expect(await verifyPassword('a long enough secret', user.passwordHash)).toBe(true);
  });

  it('refuses an e-mail that already has an account, a short password and a missing agency name', async () => {
    const db = await freshDatabase();
    const input = { agencyName: 'Harbor & Finch', email: 'ola@harbor.example', name: 'Ola', password: 'a long enough secret' };
    await createFirstAdmin(db.prisma, input);
    await expect(createFirstAdmin(db.prisma, input)).rejects.toThrow(new CreateAdminError('An account with the e-mail ola@harbor.example already exists.'));
    await expect(createFirstAdmin(db.prisma, { ...input, email: 'b@harbor.example', password: 'short' })).rejects.toThrow(
      'The password must be at least 12 characters.',
    );
    await expect(createFirstAdmin(db.prisma, { ...input, email: 'c@harbor.example', agencyName: ' ' })).rejects.toThrow('Name the agency');
  });

  it('is what `npm run create-admin` creates, printing a password once that then signs in', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-admin-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const run = (args: string[]) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/create-admin.ts', ...args], {
          cwd: dbDir,
          env: { ...process.env, DATABASE_URL: '', SHORTLIST_DATA_DIR: dataDir, SHORTLIST_ADMIN_PASSWORD: '' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.once('exit', (code) => resolve({ code, output }));
      });

    const created = await run(['--agency', 'Northwind Talent', '--email', 'morgan@northwind.example']);
    expect(created.code).toBe(0);
    expect(created.output).toContain('Created the admin morgan@northwind.example of "Northwind Talent"');
    const password = /Password \(shown once, store it now\): (\S+)/.exec(created.output)?.[1];
    expect(password).toMatch(/^[\w-]{20,}$/);

    const again = await run(['--agency', 'Northwind Talent', '--email', 'morgan@northwind.example']);
    expect(again.code).toBe(1);
    expect(again.output.trim()).toBe('Cannot create the admin: An account with the e-mail morgan@northwind.example already exists.');

    const db = await openDatabase({ dataDir });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'morgan@northwind.example' } });
    const isValid = await verifyPassword(password!, user.passwordHash);
    await db.close();
    expect(user.role).toBe('ADMIN');
    expect(isValid).toBe(true);
  }, 120_000);
});
