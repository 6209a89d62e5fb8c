// `npm run create-admin -w @shortlist/db -- --agency "Northwind Talent" --email morgan@northwind.example [--name "Morgan Ellis"]`
// The first admin of a production database (which has no demo accounts). The password comes from
// SHORTLIST_ADMIN_PASSWORD, or a random one is printed once. Problems print one line and exit 1.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { databaseOptionsFromEnv, openDatabase, type Database } from '../src/open-database.ts';
import { isConfigurationProblem, prepareDatabase } from '../src/prepare-database.ts';
import { CreateAdminError, createFirstAdmin } from '../src/seed/create-first-admin.ts';

let db: Database | undefined;
try {
  const { values } = parseArgs({
    options: { agency: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.agency || !values.email) throw new CreateAdminError('Usage: create-admin --agency "Agency name" --email admin@example.com [--name "Full Name"]');
  const password = process.env.SHORTLIST_ADMIN_PASSWORD || randomBytes(18).toString('base64url');
  db = await openDatabase(databaseOptionsFromEnv());
  await prepareDatabase(db, { seed: false });
  await createFirstAdmin(db.prisma, { agencyName: values.agency, email: values.email, name: values.name ?? '', password });
  console.log(`Created the admin ${values.email.trim().toLowerCase()} of "${values.agency.trim()}" on ${db.description}.`);
  if (!process.env.SHORTLIST_ADMIN_PASSWORD) console.log(`Password (shown once, store it now): ${password}`);
} catch (error) {
  const isPersonFixable = error instanceof CreateAdminError || isConfigurationProblem(error) || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (!isPersonFixable) throw error;
  console.error(`Cannot create the admin: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db?.close();
}
