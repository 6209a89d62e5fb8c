import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Database } from '@shortlist/db/open-database';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Registry } from 'prom-client';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRoutePreloads } from './http/route-preloads.ts';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Context, Viewer } from './context.ts';
import { InvalidApiKeyError, resolveViewer } from './modules/auth/resolve-viewer.ts';
import { sessionCookieFor } from './modules/auth/session-cookie.ts';
import { createSignInThrottle, type SignInThrottlePolicy } from './modules/auth/sign-in-throttle.ts';
import { createLimiterStore, memoryLimiterStore } from './http/rate-limit/create-limiter-store.ts';
import { icsRoute } from './modules/interviews/ics-route.ts';
import { UNSUBSCRIBE_FAILURES, unsubscribeRoute } from './modules/email/unsubscribe-route.ts';
import { clientRequestIdOf } from './http/client-request-id.ts';
import { createFormatError } from './http/format-error.ts';
import { accessLogPlugin } from './http/logging/access-log-plugin.ts';
import type { AccessRecord } from './http/logging/access-record.ts';
import { createLogger, type Logger } from './http/logging/create-logger.ts';
import { observeRequests } from './http/logging/observe-requests.ts';
import { countSignInRefusals } from './http/metrics/count-sign-in-refusals.ts';
import { createMetrics } from './http/metrics/create-metrics.ts';
import { metricsRoute } from './http/metrics/metrics-route.ts';
import { pageSizeLimitPlugin } from './http/page-size-limit.ts';
import { inputGuardPlugin } from './http/input-guard.ts';
import { costBudgetPlugin } from './http/cost/cost-budget-plugin.ts';
import { createIdempotency } from './http/idempotency/create-idempotency.ts';
import { budgetConfigFromEnv, type BudgetConfig } from './http/rate-limit/budget-config.ts';
import { budgetKeyOf } from './http/rate-limit/budget-key-of.ts';
import { createCostBudget } from './http/rate-limit/create-cost-budget.ts';
import { createSqlCostBudget } from './http/rate-limit/create-sql-cost-budget.ts';
import { checkHealth } from './http/check-health.ts';
import { isDatabaseUnavailable } from './http/is-database-unavailable.ts';
import { DEFAULT_REQUEST_DEADLINE_MS, requestDeadline } from './http/request-deadline.ts';
import { createInFlightOperations } from './http/in-flight-operations.ts';
import { SERVICE_UNAVAILABLE } from './http/service-unavailable.ts';
import { serviceUnavailablePlugin } from './http/service-unavailable-plugin.ts';
import { useMatchService } from './modules/matches/match-service.ts';
import { registerMatchIndexMetrics } from './modules/matches/register-match-index-metrics.ts';
import { registerWebhookMetrics } from './modules/webhooks/register-webhook-metrics.ts';
import { registerEmailMetrics } from './modules/email/register-email-metrics.ts';
import { ensureEmailConsumer } from './modules/email/plan-emails.ts';
import { startWebhooks } from './modules/webhooks/start-webhooks.ts';
import { startExpirySweeper } from './modules/proposals/start-expiry-sweeper.ts';
import { startPrivacySweeper } from './modules/data-rights/start-privacy-sweeper.ts';
import { partnerAccessLogPlugin } from './modules/data-rights/partner-access-log-plugin.ts';
import { printSchemaFile } from './print-schema-file.ts';
import { schema } from './schema.ts';

export interface ServerOptions {
  db: Database;
  /** The built web app (apps/web/dist) to serve at `/`; omitted in development, where Vite serves it. */
  webDist?: string | undefined;
  isProduction?: boolean;
  /** JSON lines (pino); defaults to one at LOG_LEVEL on stdout. Tests pass a silent one or one they read back. */
  logger?: Logger | undefined;
  /**
   * Where /metrics reads from; pass one to add gauges of your own before the server exists (the index's lag, the
   * outbox backlog). Defaults to a new registry, returned as `metrics.registry` for adding to later.
   */
  metricsRegistry?: Registry | undefined;
  /** In production, /metrics answers only `Authorization: Bearer <this>`; defaults to SHORTLIST_METRICS_TOKEN. */
  metricsToken?: string | undefined;
  /** How long any request may take before it is answered 503 + Retry-After; defaults to SHORTLIST_REQUEST_DEADLINE_MS or 10 s. */
  requestDeadlineMs?: number;
  /** How sign-in failures turn into waits; tests shorten it. */
  signInThrottlePolicy?: SignInThrottlePolicy | undefined;
  /**
   * Behind a reverse proxy, which X-Forwarded-For entries to believe (Express's `trust proxy`: a hop count such as
   * "1", or addresses/subnets); defaults to SHORTLIST_TRUST_PROXY, unset = the socket's address. Without it every
   * client behind the proxy shares the proxy's address, and so one sign-in throttle and one budget.
   */
  trustProxy?: string | undefined;
  /** Per-query cost limit and per-caller bucket; defaults to BUDGET_DEFAULTS with SHORTLIST_RATE_* from the environment. */
  budget?: BudgetConfig | undefined;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Documents with more tokens than this are refused by the parser (a 5,000-token query is refused with 400). */
const MAX_TOKENS = 4000;

/** Request bodies above this are refused with 413 before any parsing. */
const BODY_LIMIT = '256kb';
/** How long closing waits for GraphQL requests still running after the drain (see in-flight-operations.ts). */
const IN_FLIGHT_LIMIT_MS = 5_000;

export async function createServer(options: ServerOptions) {
  const { db, webDist, isProduction = process.env.NODE_ENV === 'production' } = options;
  const logger = options.logger ?? createLogger();
  const metrics = createMetrics(db, options.metricsRegistry);
  const app = express();
  app.disable('x-powered-by');
  const trustProxy = options.trustProxy ?? process.env.SHORTLIST_TRUST_PROXY;
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  const httpServer = http.createServer(app);

  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Counted by graphql's own parser instead (parseOptions below): armor's token plugin reparses in
    // requestDidStart, so any syntax error, and a document over the limit, went out as HTTP 500.
    maxTokens: { enabled: false },
    // Armor's cost counts literal `first` only; costBudgetPlugin prices what will really run (variables, defaults).
    costLimit: { enabled: false },
  });
  const protection = armor.protect();
  // Budgets and sign-in throttles live in the store every API process shares (PostgreSQL or Redis), so two
  // processes draw on one bucket and see the same failures.
  const limiterStore = await createLimiterStore(db);
  const budgetConfig = options.budget ?? budgetConfigFromEnv();
  // On PostgreSQL one statement a request (create-sql-cost-budget.ts); on Redis and in memory, rate-limiter-flexible.
  const costBudget =
    limiterStore.kind === 'postgres'
      ? createSqlCostBudget(db.sql, budgetConfig, createCostBudget(memoryLimiterStore(), budgetConfig))
      : createCostBudget(limiterStore, budgetConfig);
  // Idempotency-Key on mutations: the plugin claims or replays once the operation is known, the middleware stores
  // and replays the exact bytes the client receives.
  const idempotency = createIdempotency(db, { registry: metrics.registry, logger });
  // Closing waits for these before releasing what their resolvers use (the match index, the limiter store).
  const inFlight = createInFlightOperations();

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !isProduction,
    // A document over this many tokens is refused while parsing: 400 GRAPHQL_PARSE_FAILED, before anything runs.
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handler stops the server and then re-raises the signal, which killed
    // the process before the database was closed and the data folder's lock removed.
    stopOnTerminationSignals: false,
    // CSRF rides on cookies. A request with an Authorization header (a partner key) cannot be forged cross-site, as
    // a browser preflights that header, so it passes like one with Apollo's own preflight headers.
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'] },
    formatError: createFormatError(),
    validationRules: [...protection.validationRules],
    plugins: [
      ...protection.plugins,
      costBudgetPlugin({ budget: costBudget, keyOf: (context) => budgetKeyOf(context.viewer, context.ip) }),
      pageSizeLimitPlugin(),
      inputGuardPlugin(),
      idempotency.plugin,
      serviceUnavailablePlugin(),
      accessLogPlugin(logger),
      // Every candidate a partner key read is listed in the candidate's data export (GDPR art. 15).
      partnerAccessLogPlugin((line, error) => logger.warn({ err: error }, line)),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      inFlight.plugin,
      // No field sets a cache hint and no response is cached by Apollo; its default cache-control plugin still wraps
      // every field resolver (~3,000 on a recruiter's job page), which showed in the job page's profile.
      ApolloServerPluginCacheControlDisabled(),
      ...(isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
      {
        // Every error carries the request id, so masked errors can quote it.
        async requestDidStart({ contextValue }) {
          return {
            async didEncounterErrors({ errors }) {
              for (const error of errors) (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // Every agency's match index is built from now on, while the server already listens: /healthz answers at once,
  // /readyz once the index is built and caught up with the change log, which it then follows.
  const matches = useMatchService(db, { log: (line, error) => logger.warn(error === undefined ? {} : { err: error }, line) });
  registerMatchIndexMetrics(metrics.registry, matches.service, db);
  // The background workers below start once the index is ready (at once on a small database): at start-up the
  // build has the machine to itself, instead of sharing it with their first rounds (connections, listeners, the first
  // compile of each statement, a sweep), which held /healthz for up to 800 ms and made the 100k start ~2 s longer.
  // Nothing they do is urgent to the second: what they missed meanwhile is in the tables and the change log.
  const indexReady = matches.service.start();
  // Webhooks: change-log entries become deliveries, due deliveries are sent (every process; see start-webhooks.ts).
  const webhooks = startWhenReady(indexReady, () =>
    startWebhooks(db, { log: (line, error) => logger.warn(error === undefined ? {} : { err: error }, line) }),
  );
  registerWebhookMetrics(metrics.registry, db);
  // E-mail: the outbox's due messages are sent (SMTP_URL, else kept as the local mailbox), held ones go out as a daily
  // digest, invites and reminders are planned from the change log (every process; see start-email.ts).
  // Loaded then, not with the server: the outbox's mail stack (nodemailer, the templates) is no part of answering.
  // The planner's cursor is created first, as the index becomes ready (a new database's cursor starts at the log's
  // head), so a change made while the worker's module loads is still ahead of it.
  const email = startWhenReady(indexReady, async () => {
    await ensureEmailConsumer(db.sql);
    return (await import('./modules/email/start-email.ts')).startEmail(db, { log: (line, error) => logger.warn(error === undefined ? {} : { err: error }, line) });
  });
  registerEmailMetrics(metrics.registry, db);
  // Proposals past their respond-by are written EXPIRED (with a `proposal.expired` change), at start and every 30 s.
  const expirySweeper = startWhenReady(indexReady, () =>
    startExpirySweeper(db.sql, {
      log: (line, error) => (error === undefined ? logger.info(line) : logger.warn({ err: error }, line)),
    }),
  );
  // Privacy: the agencies' retention policies are applied and due erasure requests carried out, at start and every 10 min.
  const privacySweeper = startWhenReady(indexReady, () =>
    startPrivacySweeper(db, {
      log: (line, error) => (error === undefined ? logger.info(line) : logger.warn({ err: error }, line)),
    }),
  );

  const signInThrottle = countSignInRefusals(createSignInThrottle(limiterStore, options.signInThrottlePolicy), () =>
    metrics.recordRefusal('sign_in'),
  );

  app.use((req: Request, res: Response, next: NextFunction) => {
    // The reference is always our own, so a client cannot choose (or collide with) the ID support looks up; a
    // client's own ID is only logged beside ours (clientRequestIdOf).
    res.locals.requestId = randomUUID();
    res.setHeader('x-request-id', res.locals.requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'same-origin');
    res.setHeader('x-frame-options', 'DENY');
    next();
  });
  app.use(observeRequests(logger, [metrics.recordRequest]));
  app.use(requestDeadline(options.requestDeadlineMs ?? (Number(process.env.SHORTLIST_REQUEST_DEADLINE_MS) || DEFAULT_REQUEST_DEADLINE_MS), logger));

  // Answers within a second whatever the database does, saying what is down (checkHealth bounds the wait).
  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(db);
    res.setHeader('cache-control', 'no-store');
    if (health.status !== 'ok') res.setHeader('retry-after', String(SERVICE_UNAVAILABLE.retryAfterSeconds));
    res.status(health.status === 'ok' ? 200 : SERVICE_UNAVAILABLE.status).json(health);
  });

  // Ready for traffic: the match index is built and has caught up with the change log. Until then 503 + Retry-After
  // with the build's progress, so a load balancer or orchestrator sends requests elsewhere meanwhile.
  app.get('/readyz', (_req, res) => {
    const status = matches.service.status();
    res.setHeader('cache-control', 'no-store');
    if (status.status !== 'ready') res.setHeader('retry-after', '1');
    res.status(status.status === 'ready' ? 200 : SERVICE_UNAVAILABLE.status).json(status);
  });

  app.get('/interviews/:file', icsRoute(db));
  // One-click unsubscribe (RFC 8058): POST only; a GET of the same address is the web app's confirmation page.
  app.post('/unsubscribe', ...unsubscribeRoute(db, limiterStore.create(UNSUBSCRIBE_FAILURES)));

  app.get(
    '/metrics',
    metricsRoute(metrics.registry, { isProduction, token: options.metricsToken ?? process.env.SHORTLIST_METRICS_TOKEN }),
  );

  // Introspection is off in production; partners generate clients from this instead. Printed from the running
  // schema, so it is byte for byte the committed apps/api/schema.graphql and never describes another version; on the
  // first request, not at start (printing takes ~250 ms that every start would spend before it listens).
  let schemaFile: string | null = null;
  app.get('/schema.graphql', (_req, res) => {
    schemaFile ??= printSchemaFile();
    res.setHeader('content-type', 'application/graphql; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.send(schemaFile);
  });

  // Its own app for one setting: no ETag. Express would hash every answer (a job page is ~25 kB) for a validator no
  // client can use, since nothing here is ever stored. Other settings (trust proxy) are the main app's.
  const graphqlApp = express();
  graphqlApp.disable('etag');
  graphqlApp.disable('x-powered-by');
  app.use('/graphql', graphqlApp);
  graphqlApp.use(
    // Answers carry a viewer's data: never stored by a browser or a proxy (Apollo's cache-control plugin, which said
    // the same, is disabled above).
    (_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('cache-control', 'no-store');
      next();
    },
    express.json({ limit: BODY_LIMIT }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        res.locals.viewer = await resolveViewer(db, req);
        next();
      } catch (error) {
        if (!(error instanceof InvalidApiKeyError)) return next(error);
        res.setHeader('www-authenticate', 'Bearer');
        res.status(401).json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
      }
    },
    idempotency.middleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        prisma: db.prisma,
        sql: db.sql,
        requestId: res.locals.requestId as string,
        viewer: (res.locals.viewer as Viewer | null) ?? null,
        sessionCookie: sessionCookieFor(req, res),
        ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        signInThrottle,
        access: res.locals.access as AccessRecord,
      }),
    }),
  );

  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that wants HTML gets the app shell, preloading that address's page chunk.
    const shellFor = createRoutePreloads(webDist, join(webDist, '..', 'src', 'routes', 'routes.ts'));
    app.use((req, res, next) => {
      if (req.method !== 'GET' || !req.accepts('html')) return next();
      res.set('cache-control', 'no-cache').type('html').send(shellFor(req.path));
    });
  }

  // Malformed JSON, bodies over the limit: a 4xx with a plain message, never a stack trace.
  app.use((error: Error & { status?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
    // The deadline already answered 503; this is the late answer failing to write (ERR_HTTP_HEADERS_SENT).
    if (res.headersSent && res.locals.deadlinePassed) return;
    if (res.headersSent) return next(error);
    // The database timed out or is unreachable before GraphQL ran (resolving the session or API key): retryable.
    if (isDatabaseUnavailable(error)) {
      logger.warn({ requestId: res.locals.requestId, err: error }, 'database unavailable');
      res.setHeader('retry-after', String(SERVICE_UNAVAILABLE.retryAfterSeconds));
      res.status(SERVICE_UNAVAILABLE.status).json({
        errors: [{ message: SERVICE_UNAVAILABLE.message, extensions: { code: SERVICE_UNAVAILABLE.code, requestId: res.locals.requestId } }],
      });
      return;
    }
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) {
      logger.error({ requestId: res.locals.requestId, clientRequestId: clientRequestIdOf(req.get('x-request-id')), err: error }, 'unexpected HTTP error');
    }
    const message =
      error.type === 'entity.too.large'
        ? `The request body is larger than ${BODY_LIMIT}.`
        : error.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : status === 500
            ? `Something went wrong on our side. Quote reference ${res.locals.requestId} if you contact support.`
            : error.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return {
    app,
    httpServer,
    logger,
    metrics,
    /** Settles once the match index is built and caught up (as /readyz turns 200), or its build was given up. */
    ready: indexReady.then(
      () => undefined,
      () => undefined,
    ),
    async listen(port: number, host?: string): Promise<RunningServer> {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      return {
        url: `http://localhost:${address.port}`,
        close: async () => {
          await apollo.stop();
          // A request read during the drain from a connection the drain had ended may still be running: let it finish
          // (its own deadline bounds it) rather than pull the match index from under it.
          if (!(await inFlight.settled(IN_FLIGHT_LIMIT_MS))) logger.warn(`closing with ${inFlight.count} request(s) still running after ${IN_FLIGHT_LIMIT_MS} ms`);
          await costBudget.close();
          await limiterStore.close();
          // The index's follower: its listening connection, timers and any build under way.
          await matches.release();
          await webhooks.stop();
          await email.stop();
          await expirySweeper.stop();
          await privacySweeper.stop();
        },
      };
    },
  };
}

interface Stoppable {
  stop(): Promise<void>;
}

/**
 * Starts a background worker once `ready` settles (the match index built), or never when stopped before; `stop`
 * stops it either way.
 */
function startWhenReady(ready: Promise<unknown>, start: () => Stoppable | Promise<Stoppable>): Stoppable {
  let worker: Stoppable | null = null;
  let isStopped = false;
  const started = ready.then(
    async () => {
      if (isStopped) return;
      const begun = await start();
      // Stopped while it was loading: it never runs.
      if (isStopped) await begun.stop();
      else worker = begun;
    },
    () => {},
  );
  return {
    async stop() {
      isStopped = true;
      await started;
      await worker?.stop();
    },
  };
}
