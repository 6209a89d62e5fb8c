type Batch<V> = { keys: Set<string>; result: Promise<Map<string, V>> };

const batchesOf = new WeakMap<object, Map<string, Batch<unknown>>>();

/**
 * Loads `key` together with every other key asked for under the same `batchKey` in this request before the event
 * loop turns (the items of one page resolve their fields in the same turn): one query for a page instead of one per
 * item. `ctx` scopes the batch to the request, so one viewer's keys never join another's query.
 */
export function loadInBatch<V>(ctx: object, batchKey: string, key: string, load: (keys: string[]) => Promise<Map<string, V>>): Promise<V | undefined> {
  let batches = batchesOf.get(ctx);
  if (!batches) batchesOf.set(ctx, (batches = new Map()));
  let batch = batches.get(batchKey) as Batch<V> | undefined;
  if (!batch) {
    const keys = new Set<string>();
    const open = batches;
    const result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      open.delete(batchKey);
      return load([...keys]);
    });
    batch = { keys, result };
    batches.set(batchKey, batch as Batch<unknown>);
  }
  batch.keys.add(key);
  return batch.result.then((loaded) => loaded.get(key));
}
