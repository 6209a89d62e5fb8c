import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import type { Context } from '../../context.ts';
import { classifyError } from './classify-error.ts';

/**
 * Fills in the GraphQL half of the request's access record (operation, errors, the result carrying the cost) and
 * logs errors without flooding: the first unexpected error of a request in full, with its stack and request ID, and
 * how many more there were. One heavy query whose 18,000 fields each failed wrote 18,005 lines; now it writes two
 * (this one and the access line, which counts them all).
 */
export function accessLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const access = contextValue.access;
      // What the client said, in case the document never parses (cut short: it can be any string up to the body
      // limit); replaced by the resolved name below.
      access.operationName = request.operationName?.slice(0, 100) || undefined;
      const isLogged = { unexpected: false, unavailable: false };
      return {
        async didResolveOperation({ operationName, operation }) {
          access.operationName = operationName ?? undefined;
          access.operationType = operation?.operation;
        },
        async didEncounterErrors({ errors }) {
          const firstOf: { unexpected?: (typeof errors)[number]; unavailable?: (typeof errors)[number] } = {};
          const counts = { unexpected: 0, unavailable: 0 };
          for (const error of errors) {
            const kind = classifyError(error);
            access.errors[kind] += 1;
            if (kind === 'expected') continue;
            counts[kind] += 1;
            firstOf[kind] ??= error;
          }
          for (const kind of ['unexpected', 'unavailable'] as const) {
            const error = firstOf[kind];
            if (!error || isLogged[kind]) continue;
            isLogged[kind] = true;
            const fields = {
              requestId: access.requestId,
              clientRequestId: access.clientRequestId,
              operationName: access.operationName,
              path: error.path?.join('.'),
              // The rest are counted, not logged: they almost always share this one's cause.
              moreLikeThis: counts[kind] - 1,
              err: unwrapResolverError(error),
            };
            if (kind === 'unexpected') logger.error(fields, `unexpected error in ${fields.path ?? 'request'}`);
            else logger.warn(fields, `database unavailable in ${fields.path ?? 'request'}`);
          }
        },
        async willSendResponse({ response }) {
          // Read when the access line is written: the cost plugin adds extensions.cost to this same object later on.
          if (response.body.kind === 'single') access.result = response.body.singleResult;
        },
      };
    },
  };
}
