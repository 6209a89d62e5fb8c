import type { ApolloServerPlugin } from '@apollo/server';
import { SERVICE_UNAVAILABLE } from './service-unavailable.ts';

/**
 * A response carrying a SERVICE_UNAVAILABLE error (formatError gives database timeouts and failures that code) goes
 * out as HTTP 503 with Retry-After, so clients, proxies and load balancers see a retryable failure, not a 200.
 */
export function serviceUnavailablePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.code === SERVICE_UNAVAILABLE.code)) return;
          response.http.status = SERVICE_UNAVAILABLE.status;
          response.http.headers.set('retry-after', String(SERVICE_UNAVAILABLE.retryAfterSeconds));
        },
      };
    },
  };
}
