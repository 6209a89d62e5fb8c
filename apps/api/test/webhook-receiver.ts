// A real HTTP receiver for webhook tests: records every request (headers and raw body) and answers with the status
// the test chooses, request by request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  payload: { type: string; timestamp: string; data: { id: string; entity: string; position: string } & Record<string, unknown> };
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The status of each next answer, in turn; 200 once the list is used up (or always `fallback`). */
  answers: number[];
  fallback: number;
  /** How long each answer waits (a slow receiver keeps an attempt in flight). */
  delayMs: number;
  /** Resolves once `count` requests arrived (polled, with a generous limit). */
  waitFor(count: number, limitMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(host = '127.0.0.1', urlHost = host): Promise<WebhookReceiver> {
  const receiver: Omit<WebhookReceiver, 'url'> & { url?: string } = {
    received: [],
    answers: [],
    fallback: 200,
    delayMs: 0,
    async waitFor(count, limitMs = 30_000) {
      const until = Date.now() + limitMs;
      while (receiver.received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} webhooks, got ${receiver.received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return receiver.received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      receiver.received.push({
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        body,
        payload: JSON.parse(body),
      });
      const status = receiver.answers.shift() ?? receiver.fallback;
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end(status >= 300 ? `receiver says ${status}` : 'ok');
      }, receiver.delayMs);
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  receiver.url = `http://${urlHost}:${(server.address() as AddressInfo).port}/hooks`;
  return receiver as WebhookReceiver;
}

/** The headers as a receiver's framework would hand them to `Webhook.verify`. */
export const headersOf = (webhook: ReceivedWebhook) => ({
  'webhook-id': webhook.id,
  'webhook-timestamp': webhook.timestamp,
  'webhook-signature': webhook.signature,
});

/** Polls until `check` returns a value other than undefined/false, with a generous limit. */
export async function eventually<T>(check: () => Promise<T | undefined | false | null>, what: string, limitMs = 30_000): Promise<T> {
  const until = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false && value !== null) return value;
    if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
