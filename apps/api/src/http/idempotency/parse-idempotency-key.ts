/** Stripe's limit: a UUID fits many times over, and a key of the client's own making (an order number) fits too. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/**
 * The `Idempotency-Key` header's value, or why it cannot be one: 1–255 visible ASCII characters (no spaces, so a
 * header sent twice, which Node joins with ", ", is refused rather than read as a third key).
 */
export function parseIdempotencyKey(value: string): { key: string } | { problem: string } {
  if (value.length === 0) return { problem: 'The Idempotency-Key header is empty; send 1 to 255 visible ASCII characters, such as a UUID.' };
  if (value.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return { problem: `The Idempotency-Key header is ${value.length} characters long; it may have at most ${MAX_IDEMPOTENCY_KEY_LENGTH}.` };
  }
  if (!VISIBLE_ASCII.test(value)) {
    return { problem: 'The Idempotency-Key header may contain only visible ASCII characters (no spaces or control characters); send it once per request.' };
  }
  return { key: value };
}
