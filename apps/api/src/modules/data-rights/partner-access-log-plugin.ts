import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.ts';
import { takePartnerReads } from './note-partner-read.ts';

/**
 * Writes one PartnerDataAccess row per candidate a partner key read in a request (GDPR art. 15: the candidate's export
 * lists them), in one statement once the response is ready. A failed write is logged, never turned into the partner's
 * error: the answer is already computed.
 */
export function partnerAccessLogPlugin(log: (line: string, error: unknown) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName }) {
          const candidateIds = takePartnerReads(contextValue);
          const viewer = contextValue.viewer;
          if (candidateIds.length === 0 || viewer?.kind !== 'partner') return;
          await contextValue.prisma.partnerDataAccess
            .createMany({
              data: candidateIds.map((candidateId) => ({
                agencyId: viewer.agencyId,
                candidateId,
                apiKeyId: viewer.apiKeyId,
                operation: operationName ?? 'anonymous',
              })),
            })
            .catch((error: unknown) => log('partner access log: write failed', error));
        },
      };
    },
  };
}
