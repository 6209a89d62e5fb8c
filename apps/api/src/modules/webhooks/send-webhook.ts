import http from 'node:http';
import https from 'node:https';
import { Webhook } from 'standardwebhooks';
import { guardedLookup, parseWebhookUrl, refusedLiteralAddress, WebhookAddressError } from './check-webhook-address.ts';

/** A receiver that has not answered within this long has failed the attempt. */
export const SEND_TIMEOUT_MS = 10_000;
/** How much of an answer's body the delivery log keeps. */
const BODY_EXCERPT_BYTES = 1024;

export interface WebhookTarget {
  url: string;
  /** The current secret first, then the previous one while a rotation's overlap lasts: each adds a signature. */
  secrets: readonly string[];
  /** The agency opted in to private, loopback and link-local addresses. */
  allowPrivate: boolean;
}

export interface WebhookMessage {
  /** The delivery's ID: the `webhook-id` header, the same on every attempt so a receiver can drop repeats. */
  id: string;
  /** The JSON body, sent and signed byte for byte. */
  body: string;
}

export interface SendOutcome {
  isSuccess: boolean;
  /** The receiver's HTTP status; null when no answer came. */
  responseStatus: number | null;
  latencyMs: number;
  /** Why it failed, in words, or the first 1 kB of a non-2xx answer's body; null on success. */
  error: string | null;
}

/** The `webhook-signature` header: one `v1,<base64>` per secret, space-separated (Standard Webhooks). */
export function signWebhook(message: WebhookMessage, timestamp: Date, secrets: readonly string[]): string {
  return secrets.map((secret) => new Webhook(secret).sign(message.id, timestamp, message.body)).join(' ');
}

/**
 * POSTs one signed message, never following a redirect, giving up after 10 s. The connection goes only to a public
 * address unless the agency allowed private ones: an IP literal is checked here, a name at connect time
 * (guardedLookup), so DNS rebinding after registration cannot reach the internal network.
 */
export async function sendWebhook(target: WebhookTarget, message: WebhookMessage): Promise<SendOutcome> {
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  let url: URL;
  try {
    url = parseWebhookUrl(target.url);
    const refusal = target.allowPrivate ? null : refusedLiteralAddress(url);
    if (refusal) throw new WebhookAddressError(refusal);
  } catch (error) {
    return { isSuccess: false, responseStatus: null, latencyMs: elapsed(), error: (error as Error).message };
  }
  const timestamp = new Date();
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Shortlist-Webhooks/1',
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signWebhook(message, timestamp, target.secrets),
    'content-length': String(Buffer.byteLength(message.body)),
  };
  const request = url.protocol === 'https:' ? https.request : http.request;

  return new Promise<SendOutcome>((resolve) => {
    let isSettled = false;
    const settle = (outcome: Omit<SendOutcome, 'latencyMs'>) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      resolve({ ...outcome, latencyMs: elapsed() });
    };
    const req = request(url, {
      method: 'POST',
      headers,
      agent: false,
      ...(target.allowPrivate ? {} : { lookup: guardedLookup }),
    });
    const timer = setTimeout(() => {
      settle({ isSuccess: false, responseStatus: null, error: `No answer within ${SEND_TIMEOUT_MS / 1000} s.` });
      req.destroy();
    }, SEND_TIMEOUT_MS);
    req.on('error', (error: NodeJS.ErrnoException) => settle({ isSuccess: false, responseStatus: null, error: describeError(error, url) }));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        const excerpt = Buffer.concat(chunks).subarray(0, BODY_EXCERPT_BYTES).toString('utf8');
        const isSuccess = status >= 200 && status < 300;
        const redirect = status >= 300 && status < 400 ? ` (redirects are not followed${res.headers.location ? `: ${res.headers.location}` : ''})` : '';
        settle({ isSuccess, responseStatus: status, error: isSuccess ? null : `HTTP ${status}${redirect}${excerpt ? `: ${excerpt}` : ''}` });
        res.destroy();
      };
      res.on('data', (chunk: Buffer) => {
        if (size < BODY_EXCERPT_BYTES) chunks.push(chunk);
        size += chunk.length;
        if (size >= BODY_EXCERPT_BYTES) finish();
      });
      res.on('end', finish);
      res.on('error', finish);
    });
    req.end(message.body);
  });
}

function describeError(error: NodeJS.ErrnoException, url: URL): string {
  if (error instanceof WebhookAddressError) return error.message;
  switch (error.code) {
    case 'ECONNREFUSED':
      return `${url.host} refused the connection.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${url.hostname} could not be resolved.`;
    case 'ECONNRESET':
      return `${url.host} closed the connection before answering.`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `${url.host}'s TLS certificate was not accepted (${error.code}).`;
    default:
      return `The request failed: ${error.message}`;
  }
}
