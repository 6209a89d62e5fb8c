import { createHash } from 'node:crypto';

/** JSON with every object's keys sorted, so `{a, b}` and `{b, a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * What makes two requests under one Idempotency-Key "the same": the operation document (printed, so whitespace and
 * comments do not count, and a persisted query's hash and its full text agree), the operation name and the variables.
 */
export function hashRequest(request: { document: string; operationName: string | null; variables: Record<string, unknown> }): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}
