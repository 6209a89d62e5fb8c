import type { Context } from '../../context.ts';

// The candidates a partner key read during one request, keyed by the request's context (dropped with it).
const readsByRequest = new WeakMap<object, Set<string>>();

/** Notes that this request, made with a partner key, returned a candidate's data (written once the response is done). */
export function notePartnerRead(ctx: Pick<Context, 'viewer'>, candidateId: string): void {
  if (ctx.viewer?.kind !== 'partner') return;
  let reads = readsByRequest.get(ctx);
  if (!reads) readsByRequest.set(ctx, (reads = new Set()));
  reads.add(candidateId);
}

/** The candidates noted for this request, and forgets them. */
export function takePartnerReads(ctx: object): string[] {
  const reads = readsByRequest.get(ctx);
  readsByRequest.delete(ctx);
  return reads ? [...reads] : [];
}
