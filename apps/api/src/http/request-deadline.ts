import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { SERVICE_UNAVAILABLE } from './service-unavailable.ts';

/** The default time a request may take, overridable with SHORTLIST_REQUEST_DEADLINE_MS. */
export const DEFAULT_REQUEST_DEADLINE_MS = 10_000;

/**
 * A deadline on every request: when it passes before an answer was sent, the client gets a typed, retryable 503
 * (Retry-After, extensions.code SERVICE_UNAVAILABLE) instead of waiting until it gives up. The work itself is bounded
 * by the database's statement and query timeouts; whatever it writes after the deadline is dropped
 * (`res.locals.deadlinePassed` tells the error handler to ignore the late write).
 */
export function requestDeadline(deadlineMs: number, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.locals.deadlinePassed = true;
      logger.warn({ requestId: res.locals.requestId, method: req.method, path: req.path, deadlineMs }, 'request passed its deadline; answered 503');
      res
        .status(SERVICE_UNAVAILABLE.status)
        .setHeader('retry-after', String(SERVICE_UNAVAILABLE.retryAfterSeconds))
        .json({
          errors: [
            {
              message: SERVICE_UNAVAILABLE.message,
              extensions: { code: SERVICE_UNAVAILABLE.code, requestId: res.locals.requestId, retryAfter: SERVICE_UNAVAILABLE.retryAfterSeconds },
            },
          ],
        });
    }, deadlineMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
