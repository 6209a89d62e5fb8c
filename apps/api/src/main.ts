// `npm start` / `npm run dev`: open the database, migrate, seed demo data when empty, serve API + web app.
// Start-up problems a person can fix print one line and exit 1.
import { DatabaseConfigError, databaseOptionsFromEnv, openDatabase, repoRoot, type Database } from '@shortlist/db/open-database';
import { isConfigurationProblem, prepareDatabase } from '@shortlist/db/prepare-database';
import { join } from 'node:path';

const DEMO_LOGINS = [
  ['recruiter@shortlist.test', 'Recruiter, Northwind Talent'],
  ['candidate@shortlist.test', 'Candidate'],
  ['admin@shortlist.test', 'Agency admin, Northwind Talent'],
  ['recruiter@otheragency.test', 'Recruiter, another agency (tenant isolation)'],
] as const;

function fail(message: string): never {
  console.error(`Shortlist cannot start: ${message}`);
  process.exit(1);
}

async function main() {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);

  // Loading the schema and opening the database are independent: start both before waiting on either.
  const serverModule = import('./server.ts');
  serverModule.catch(() => {}); // awaited below; this only keeps an early failure from being 'unhandled'
  let db: Database;
  try {
    db = await openDatabase(databaseOptionsFromEnv());
  } catch (error) {
    if (error instanceof DatabaseConfigError) fail(error.message);
    throw error;
  }
  const shutdown = async (code: number) => {
    await db.close().catch(() => {});
    process.exit(code);
  };

  try {
    // Usually already done by the setup-database task that `npm start` runs beside the web build.
    await prepareDatabase(db, { seed: process.env.SHORTLIST_SEED !== 'off' });
  } catch (error) {
    await db.close().catch(() => {});
    if (isConfigurationProblem(error)) fail(error.message);
    throw error;
  }

  const isDev = process.argv.includes('--dev');
  const { createServer } = await serverModule;
  const server = await createServer({ db, webDist: isDev ? undefined : join(repoRoot, 'apps', 'web', 'dist') });
  let running;
  try {
    running = await server.listen(port);
  } catch (error) {
    await db.close().catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'EADDRINUSE' ? `port ${port} is in use; set PORT to another one.` : String(error));
  }

  console.log(`\nShortlist is running at ${running.url} on ${db.description}`);
  console.log('Demo logins (password: shortlist):');
  for (const [email, what] of DEMO_LOGINS) console.log(`  ${email.padEnd(28)} ${what}`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.httpServer.close();
      void running.close().finally(() => shutdown(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error('Shortlist cannot start:', error);
  process.exit(1);
});
