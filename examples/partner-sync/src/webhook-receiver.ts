// A webhook receiver: node:http, the Standard Webhooks check of `webhook-id`, `webhook-timestamp` and
// `webhook-signature` on the raw body (with the `standardwebhooks` package), repeats dropped by `webhook-id`, and a
// 2xx at once: the event is handled after the answer, in arrival order, so a slow handler never makes Shortlist
// time out (10 s) and retry. Shortlist sends an endpoint's events one at a time in change-log order, so arrival
// order is log order.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** The body Shortlist POSTs: a thin event; read the object itself (`node(id: data.id)`) for more. */
export interface WebhookEvent {
  type: string;
  timestamp: string;
  data: { id: string; entity: string; position: string } & Record<string, unknown>;
}

export type RequestOutcome = 'accepted' | 'duplicate' | 'rejected';

export interface WebhookReceiverOptions {
  /** The endpoint's secret (`whsec_…`), shown when it was registered or rotated. */
  secret: string;
  /** Called once per `webhook-id`, one call at a time, in the order the events came. */
  onEvent(event: WebhookEvent, webhookId: string): void | Promise<void>;
  /** Told about every request (for a log, or a test); `webhookId` is null when the request was refused. */
  onRequest?(outcome: { webhookId: string | null; status: number; outcome: RequestOutcome }): void;
  port?: number;
  host?: string;
  path?: string;
}

export interface WebhookReceiver {
  /** Register this as the endpoint's URL. */
  url: string;
  /** Waits for the events already accepted to be handled, then stops listening. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024;

export async function startWebhookReceiver({ secret, onEvent, onRequest, port = 0, host = '127.0.0.1', path = '/webhooks/shortlist' }: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const verifier = new Webhook(secret);
  // Deliveries are retried for a little over a day: a real receiver keeps the IDs (in its database) that long.
  const handledIds = new Set<string>();
  let handling: Promise<void> = Promise.resolve();

  const answer = (res: http.ServerResponse, status: number, webhookId: string | null, outcome: RequestOutcome) => {
    res.writeHead(status, { 'content-type': 'text/plain' }).end(outcome);
    onRequest?.({ webhookId, status, outcome });
  };

  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== path) return void res.writeHead(404).end();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      // Verify the bytes as they came: parsing and re-serialising the JSON first would change what was signed.
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const headers = {
        'webhook-id': String(req.headers['webhook-id']),
        'webhook-timestamp': String(req.headers['webhook-timestamp']),
        'webhook-signature': String(req.headers['webhook-signature']),
      };
      let event: WebhookEvent;
      try {
        event = verifier.verify(rawBody, headers) as WebhookEvent;
      } catch {
        // A bad or missing signature, or a timestamp more than 5 minutes off: not from Shortlist, or replayed.
        return answer(res, 400, null, 'rejected');
      }
      // Signed with the rest, so it is Shortlist's: the delivery's ID, the same on every retry.
      const webhookId = headers['webhook-id'];
      // A retry of a delivery we already have (our answer got lost): say yes again, and do nothing.
      if (handledIds.has(webhookId)) return answer(res, 200, webhookId, 'duplicate');
      // Here the event is only kept in memory; a real receiver stores it (a queue, its database) before answering.
      handledIds.add(webhookId);
      answer(res, 204, webhookId, 'accepted');
      handling = handling.then(() => onEvent(event, webhookId)).catch((error: unknown) => console.error(`handling webhook ${webhookId} failed:`, error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${boundPort}${path}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await handling;
    },
  };
}
