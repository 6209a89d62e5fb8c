import type { Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Registry } from 'prom-client';

export interface MetricsAccess {
  isProduction: boolean;
  /** In production, the bearer token a scraper must send; without one /metrics is not served at all. */
  token: string | undefined;
}

function digest(value: string) {
  return createHash('sha256').update(value).digest();
}

/**
 * GET /metrics in Prometheus's text format. Open in development; in production only with
 * `Authorization: Bearer <SHORTLIST_METRICS_TOKEN>`, and otherwise a plain 404, so the public cannot read request
 * rates or learn that the endpoint exists.
 */
export function metricsRoute(registry: Registry, access: MetricsAccess) {
  const expected = access.token ? digest(`Bearer ${access.token}`) : undefined;
  return async (req: Request, res: Response) => {
    if (access.isProduction) {
      const given = req.get('authorization');
      // Compared as digests, in constant time: the token must not leak through how fast a wrong one is refused.
      if (!expected || !given || !timingSafeEqual(digest(given), expected)) {
        res.status(404).type('text/plain').send('Not Found');
        return;
      }
    }
    res.setHeader('cache-control', 'no-store');
    res.type(registry.contentType).send(await registry.metrics());
  };
}
