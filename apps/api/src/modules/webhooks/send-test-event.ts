import type { PrismaClient } from '@shortlist/db/prisma';
import { randomInt, randomUUID } from 'node:crypto';
import { sendDelivery } from './deliver-due-webhooks.ts';

/** The `type` of the event an admin sends to check a receiver; not in the change log, so no endpoint subscribes to it. */
export const TEST_EVENT_TYPE = 'webhook.test';

/**
 * Sends a `webhook.test` event to an endpoint at once, signed as every delivery is, then records it with its attempt
 * in one write, already settled (SUCCEEDED or FAILED): a test is never retried and never holds back the endpoint's
 * pending events. It is not in the change log, so its position is negative (unique per endpoint, like a real one).
 */
export async function sendTestEvent(prisma: PrismaClient, endpointId: string, endpointGlobalId: string): Promise<{ id: string }> {
  const endpoint = await prisma.webhookEndpoint.findUniqueOrThrow({
    where: { id: endpointId },
    select: { agencyId: true, url: true, secret: true, previousSecret: true, previousSecretExpiresAt: true, agency: { select: { allowPrivateWebhookAddresses: true } } },
  });
  const id = randomUUID();
  const payload = {
    type: TEST_EVENT_TYPE,
    timestamp: new Date().toISOString(),
    data: { id: endpointGlobalId, entity: 'WebhookEndpoint', message: 'A test event sent by an agency admin from Shortlist. Nothing changed.' },
  };
  const outcome = await sendDelivery({
    id,
    endpointId,
    agencyId: endpoint.agencyId,
    payload,
    attemptCount: 0,
    url: endpoint.url,
    secret: endpoint.secret,
    previousSecret: endpoint.previousSecret,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt,
    allowPrivate: endpoint.agency.allowPrivateWebhookAddresses,
  });
  return prisma.webhookDelivery.create({
    data: {
      id,
      endpointId,
      agencyId: endpoint.agencyId,
      changePosition: -(BigInt(Date.now()) * 1000n + BigInt(randomInt(1000))),
      eventType: TEST_EVENT_TYPE,
      payload,
      status: outcome.isSuccess ? 'SUCCEEDED' : 'FAILED',
      nextAttemptAt: null,
      attempts: { create: { responseStatus: outcome.responseStatus, latencyMs: outcome.latencyMs, error: outcome.error, isManual: true } },
    },
    select: { id: true },
  });
}
