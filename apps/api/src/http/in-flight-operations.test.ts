import { describe, expect, it } from 'vitest';
import { createInFlightOperations } from './in-flight-operations.ts';

/** Starts a request as Apollo does and returns its willSendResponse. */
async function start(inFlight: ReturnType<typeof createInFlightOperations>) {
  const listener = await inFlight.plugin.requestDidStart!({} as never);
  return () => (listener as { willSendResponse: (context: unknown) => Promise<void> }).willSendResponse({});
}

describe('in-flight GraphQL requests (what closing the server waits for)', () => {
  it('settles at once when nothing runs', async () => {
    expect(await createInFlightOperations().settled(1_000)).toBe(true);
  });

  it('settles only once every request that started has its answer', async () => {
    const inFlight = createInFlightOperations();
    const first = await start(inFlight);
    const second = await start(inFlight);
    let isSettled = false;
    const settled = inFlight.settled(60_000).then((all) => (isSettled = all));

    await first();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(isSettled).toBe(false);
    expect(inFlight.count).toBe(1);

    await second();
    expect(await settled).toBe(true);
    expect(inFlight.count).toBe(0);
  });

  it('counts a request once even if its answer is reported twice', async () => {
    const inFlight = createInFlightOperations();
    const first = await start(inFlight);
    await start(inFlight);
    await first();
    await first();
    expect(inFlight.count).toBe(1);
  });

  it('gives up after its limit, saying some are still running', async () => {
    const inFlight = createInFlightOperations();
    await start(inFlight);
    expect(await inFlight.settled(20)).toBe(false);
    expect(inFlight.count).toBe(1);
  });
});
