// `npm start` / `npm run dev`: open the database, migrate, seed demo data when empty (not in production unless
// SHORTLIST_SEED=demo), serve API + web app. Start-up problems a person can fix print one line and exit 1.
// SIGTERM/SIGINT stop accepting, let in-flight requests finish (at most DRAIN_SECONDS), close the database and exit 0.
import { DatabaseConfigError, databaseOptionsFromEnv, openDatabase, repoRoot, type Database } from '@shortlist/db/open-database';
import { demoSeedingFromEnv, isConfigurationProblem, prepareDatabase } from '@shortlist/db/prepare-database';
import { join } from 'node:path';
import { createLogger, type Logger } from './http/logging/create-logger.ts';
import { tightenHeapGrowth } from './http/serving-heap-growth.ts';

const DEMO_LOGINS = [
  ['recruiter@shortlist.test', 'Recruiter, Northwind Talent'],
  ['candidate@shortlist.test', 'Candidate'],
  ['admin@shortlist.test', 'Agency admin, Northwind Talent'],
  ['recruiter@otheragency.test', 'Recruiter, another agency (tenant isolation)'],
] as const;

/** In-flight requests get this long after SIGTERM; the request deadline is shorter, so a healthy one fits. */
const DRAIN_SECONDS = 10;

function fail(message: string): never {
  console.error(`Shortlist cannot start: ${message}`);
  process.exit(1);
}

async function main() {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);

  // JSON lines on stdout (one per request, errors with their request ID) at LOG_LEVEL, default info.
  let logger: Logger;
  try {
    logger = createLogger();
  } catch (error) {
    fail((error as Error).message);
  }

  let seedsDemo: boolean;
  try {
    seedsDemo = demoSeedingFromEnv();
  } catch (error) {
    if (isConfigurationProblem(error)) fail(error.message);
    throw error;
  }

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
  try {
    // Migrating an up-to-date database is one query; the first start also seeds here (not in a separate turbo task,
    // which cost every restart ~4 s of opening the database twice).
    await prepareDatabase(db, { seed: seedsDemo });
  } catch (error) {
    await db.close().catch(() => {});
    if (isConfigurationProblem(error)) fail(error.message);
    throw error;
  }

  // What to print once listening, asked before listening: the first Prisma query of a process loads its query
  // compiler (~100 ms of CPU), which after listening held the first /healthz answers that long.
  // The demo logins only where the demo data is: never in a production database that was not seeded with it.
  const hasDemoLogins =
    seedsDemo && (await db.prisma.user.count({ where: { email: { in: DEMO_LOGINS.map(([email]) => email) } } })) > 0;
  const hasNoAccounts = !hasDemoLogins && (await db.prisma.user.count()) === 0;

  const isDev = process.argv.includes('--dev');
  const { createServer } = await serverModule;
  const server = await createServer({ db, logger, webDist: isDev ? undefined : join(repoRoot, 'apps', 'web', 'dist') });
  let running;
  try {
    running = await server.listen(port);
  } catch (error) {
    await db.close().catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'EADDRINUSE' ? `port ${port} is in use; set PORT to another one.` : String(error));
  }

  // Serving from here on: a tighter old generation (see serving-heap-growth.ts), not during the index build.
  void server.ready.then(() => tightenHeapGrowth());

  // Before anything else is awaited: a SIGTERM right after the server listens must already drain, not kill.
  let isStopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    // No new connections from here on; Apollo's drain lets the requests in flight finish and ends idle connections.
    server.httpServer.close();
    console.log(`${signal}: finishing requests in flight (at most ${DRAIN_SECONDS} s), then stopping.`);
    // A request still running after the grace period has its connection cut.
    const cut = setTimeout(() => server.httpServer.closeAllConnections(), DRAIN_SECONDS * 1000);
    let code = 0;
    try {
      await running.close();
    } catch (error) {
      console.error('Stopping the server failed:', error);
      code = 1;
    } finally {
      clearTimeout(cut);
    }
    try {
      // Closing the database also removes the embedded database's lock file, so the next start finds it free.
      await db.close();
    } catch (error) {
      console.error('Closing the database failed:', error);
      code = 1;
    }
    console.log('Stopped.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, (received) => void stop(received));

  console.log(`\nShortlist is running at ${running.url} on ${db.description}`);
  if (hasDemoLogins) {
    console.log('Demo logins (password: shortlist):');
    for (const [email, what] of DEMO_LOGINS) console.log(`  ${email.padEnd(28)} ${what}`);
  } else if (hasNoAccounts) {
    console.log('No accounts yet. Create the first agency admin (it prints a one-time password):');
    console.log('  npm run create-admin -w @shortlist/db -- --agency "Your agency" --email you@example.com');
  }
}

main().catch((error: unknown) => {
  console.error('Shortlist cannot start:', error);
  process.exit(1);
});
