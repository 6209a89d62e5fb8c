import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Viewer } from '../../context.ts';
import { clientRequestIdOf } from '../client-request-id.ts';
import type { AccessRecord } from './access-record.ts';
import { viewerKindOf } from './viewer-kind-of.ts';

/** What observeRequests hands to whoever counts requests (the metrics) once one has been answered. */
export type RequestObserver = (access: AccessRecord, status: number, seconds: number) => void;

/** Paths a client typed can be anything; the log keeps enough to recognise one. */
const MAX_PATH_LENGTH = 200;

/**
 * One access line per request, written when the answer has gone out (or the client went away): route, status,
 * duration, our request ID and the client's, viewer kind and, for GraphQL, operation, cost and error counts.
 * Runs after the request-ID middleware; puts the record in `res.locals.access` for the GraphQL context.
 */
export function observeRequests(logger: Logger, observers: RequestObserver[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const startedAt = process.hrtime.bigint();
    const access: AccessRecord = {
      requestId: res.locals.requestId as string,
      clientRequestId: clientRequestIdOf(req.get('x-request-id')),
      method: req.method,
      route: req.path.slice(0, MAX_PATH_LENGTH),
      viewer: 'anonymous',
      errors: { expected: 0, unavailable: 0, unexpected: 0 },
    };
    res.locals.access = access;
    let isDone = false;
    const done = () => {
      if (isDone) return;
      isDone = true;
      const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
      // A matched route names the pattern (/interviews/:file), so a token in the path stays out of the log.
      if (req.route?.path) access.route = `${req.baseUrl}${req.route.path as string}`;
      access.viewer = viewerKindOf(res.locals.viewer as Viewer | null | undefined);
      const cost = access.result?.extensions?.cost as { requested?: number; actual?: number } | undefined;
      const errors = access.errors.expected + access.errors.unavailable + access.errors.unexpected > 0 ? access.errors : undefined;
      logger.info(
        {
          requestId: access.requestId,
          clientRequestId: access.clientRequestId,
          method: access.method,
          route: access.route,
          status: res.statusCode,
          durationMs: Math.round(seconds * 10_000) / 10,
          viewer: access.viewer,
          operationName: access.operationName,
          operationType: access.operationType,
          cost: cost ? { requested: cost.requested, actual: cost.actual } : undefined,
          errors,
          // The client closed the connection before the whole answer was written.
          isAborted: res.writableFinished ? undefined : true,
        },
        'request',
      );
      for (const observe of observers) observe(access, res.statusCode, seconds);
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
