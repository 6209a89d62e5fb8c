import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Database } from '@shortlist/db/open-database';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, print } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { Context, Viewer } from '../../context.ts';
import type { Logger } from '../logging/create-logger.ts';
import { hashRequest } from './hash-request.ts';
import { createIdempotencyStore, type Claim, type IdempotencyStore } from './idempotency-store.ts';
import { parseIdempotencyKey } from './parse-idempotency-key.ts';

/** Expired keys are deleted by the first claim after this long, besides being ignored (and deleted) when met. */
const SWEEP_EVERY_MS = 60 * 1000;

/** Top-level error codes that mean the request failed on our side: the key is given back instead of stored. */
const SERVER_FAILURE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

type Outcome = 'claimed' | 'replayed' | 'in_use' | 'reused' | 'refused';

/** One /graphql request that came with an Idempotency-Key header, shared by the middleware and the plugin. */
interface KeyedRequest {
  header: string;
  /** The claim while it is being made: another plugin may refuse the request (429) before it is done. */
  claiming?: Promise<Claim>;
  claimId?: string;
  replay?: { status: number; body: string };
  hasExecuted: boolean;
  isSettled: boolean;
}

const callerOf = (viewer: Viewer) => (viewer.kind === 'user' ? `user:${viewer.userId}` : `apikey:${viewer.apiKeyId}`);

function refusal(status: number, code: string, message: string, headers?: HeaderMap) {
  return new GraphQLError(message, { extensions: { code, http: { status, ...(headers ? { headers } : {}) } } });
}

function isServerFailure(status: number, body: string) {
  if (status >= 500) return true;
  try {
    const errors = (JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors ?? [];
    return errors.some((error) => SERVER_FAILURE_CODES.has(String(error.extensions?.code)));
  } catch {
    return true;
  }
}

/**
 * `Idempotency-Key` on mutations, with Stripe's semantics: the first request claims the key before it runs and its
 * answer (status and body, byte for byte) is stored for 24 hours; the same caller sending the same key and request
 * again gets that answer replayed (`Idempotent-Replayed: true`), 409 while the first still runs, 422 with another
 * request. Queries ignore the header.
 *
 * Two halves: the plugin decides (only after parsing is the operation type known, also for a persisted query sent as
 * its hash), the Express middleware, which sits between Apollo and the socket, stores and replays the exact bytes.
 */
export function createIdempotency(db: Pick<Database, 'prisma'>, options: { registry: Registry; logger: Logger; store?: IdempotencyStore }) {
  const { logger } = options;
  const store = options.store ?? createIdempotencyStore(db.prisma);
  // Keyed by the request's access record, the one object both Express (res.locals.access) and Apollo
  // (context.access) hold for a request: it goes when the request goes, without a cleanup that could run too early.
  const requests = new WeakMap<object, KeyedRequest>();
  const outcomes = new Counter({
    name: 'shortlist_idempotency_requests_total',
    help: 'Mutations sent with an Idempotency-Key, by outcome: claimed (ran), replayed, in_use (409), reused (422, another request), refused (bad key, anonymous).',
    labelNames: ['outcome'] as const,
    registers: [options.registry],
  });
  const count = (outcome: Outcome) => outcomes.inc({ outcome });
  let lastSweep = 0;

  function sweepNowAndThen() {
    if (Date.now() - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = Date.now();
    store.sweep().catch((error: unknown) => logger.warn({ err: error }, 'sweeping expired idempotency keys failed'));
  }

  async function settle(requestId: string, keyed: KeyedRequest, status: number, body: string) {
    keyed.isSettled = true;
    const id = keyed.claimId!;
    try {
      if (keyed.hasExecuted && !isServerFailure(status, body)) await store.complete(id, { status, body });
      else await store.release(id);
    } catch (error) {
      logger.warn({ requestId, err: error }, 'storing the answer under its idempotency key failed; the key is given back');
      await store.release(id).catch(() => undefined);
    }
  }

  const middleware = (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('idempotency-key');
    if (header === undefined) return next();
    const requestId = res.locals.requestId as string;
    if (Array.isArray(req.body)) {
      count('refused');
      res.status(400).json({
        errors: [{ message: 'An Idempotency-Key cannot be sent with a batch of operations; send the mutation on its own.', extensions: { code: 'IDEMPOTENCY_KEY_INVALID', requestId } }],
      });
      return;
    }
    const keyed: KeyedRequest = { header, hasExecuted: false, isSettled: false };
    // Apollo answers through send even when the client has gone (and so does the error handler when Apollo fails), so
    // the key is settled there; a process that dies first leaves it to be taken over (ABANDONED_AFTER_MS).
    requests.set(res.locals.access as object, keyed);

    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (keyed.replay) {
        const { status, body: stored } = keyed.replay;
        keyed.replay = undefined;
        res.status(status).setHeader('idempotent-replayed', 'true');
        return send(stored);
      }
      // The request deadline's 503 goes out while the mutation still runs: its real answer, sent late and dropped,
      // is the one stored, so the client's retry learns what happened.
      if (!keyed.claiming || keyed.isSettled || (res.locals.deadlinePassed && !res.headersSent)) return send(body);
      const status = res.statusCode;
      const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : JSON.stringify(body);
      // Stored (or given back) before the client sees the answer, so its next retry is replayed, never told "in use".
      void keyed.claiming
        .catch(() => undefined)
        .then(() => (keyed.claimId ? settle(requestId, keyed, status, text) : undefined))
        .then(() => {
          if (!res.headersSent) send(body);
        });
      return res;
    };
    next();
  };

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart({ contextValue }) {
      const keyed = requests.get(contextValue.access);
      if (!keyed) return;
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation?.operation !== 'mutation') return;
          const parsed = parseIdempotencyKey(keyed.header);
          if ('problem' in parsed) {
            count('refused');
            throw refusal(400, 'IDEMPOTENCY_KEY_INVALID', parsed.problem);
          }
          const { viewer } = contextValue;
          if (!viewer) {
            count('refused');
            throw refusal(400, 'IDEMPOTENCY_KEY_NEEDS_CALLER', 'Idempotency keys are kept per caller: sign in or send an API key, or leave the Idempotency-Key header out.');
          }
          const requestHash = hashRequest({ document: print(document), operationName: request.operationName ?? null, variables: request.variables ?? {} });
          keyed.claiming = store.claim({ caller: callerOf(viewer), key: parsed.key, requestHash }).then((claim) => {
            if (claim.kind === 'claimed') keyed.claimId = claim.id;
            return claim;
          });
          const claim = await keyed.claiming;
          if (claim.kind === 'in_use') {
            count('in_use');
            throw refusal(409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still running; retry in a second to get its answer.', new HeaderMap([['retry-after', '1']]));
          }
          if (claim.kind === 'reused') {
            count('reused');
            throw refusal(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another request (a different operation or variables); use a new key for a new request.');
          }
          if (claim.kind === 'replay') {
            count('replayed');
            keyed.replay = { status: claim.status, body: claim.body };
            return;
          }
          count('claimed');
          sweepNowAndThen();
        },
        async responseForOperation() {
          // Nothing runs; the middleware sends the stored bytes in place of this.
          if (!keyed.replay) return null;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: null } } };
        },
        async executionDidStart() {
          keyed.hasExecuted = true;
        },
      };
    },
  };

  return { middleware, plugin, store };
}
