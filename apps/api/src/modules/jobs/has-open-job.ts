import type { Context } from '../../context.ts';

type Batch = { companyIds: Set<string>; result: Promise<Set<string>> };
const pendingBatches = new WeakMap<Context, Batch>();

/**
 * Whether the client company has an open job (then it is on the public job board). Every company asked about in the
 * same tick of one request is answered by one statement, which stops at each company's first open job rather than
 * reading all of them (a client with 1,716 open jobs cost the job page 1,716 rows when this was a nested `take: 1`).
 */
export async function hasOpenJob(ctx: Pick<Context, 'prisma'>, companyId: string): Promise<boolean> {
  let batch = pendingBatches.get(ctx as Context);
  if (!batch) {
    const companyIds = new Set<string>();
    const result = Promise.resolve().then(async () => {
      pendingBatches.delete(ctx as Context);
      const rows = await ctx.prisma.clientCompany.findMany({
        where: { id: { in: [...companyIds] }, jobs: { some: { status: 'OPEN' } } },
        select: { id: true },
      });
      return new Set(rows.map((row) => row.id));
    });
    batch = { companyIds, result };
    pendingBatches.set(ctx as Context, batch);
  }
  batch.companyIds.add(companyId);
  return (await batch.result).has(companyId);
}
