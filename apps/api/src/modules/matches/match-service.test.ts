import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/start-test-server.ts';
import { MatchService } from './match-service.ts';
import { jobProfileSelect } from './to-job-profile.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('demo');
});
afterAll(() => server.close());

describe('ranking many jobs at once', () => {
  // Issue 9: suggestions under each of many jobs ranked back to back on the event loop, and every other request
  // waited for all of them (a `me` poll went to 7.6–14.9 s).
  it('lets other work run between two rankings instead of after all of them', async () => {
    const service = new MatchService(server.db.prisma);
    const jobs = await server.db.prisma.job.findMany({ where: { agency: { slug: 'northwind' } }, select: jobProfileSelect, take: 20 });
    expect(jobs.length).toBe(20);
    await service.topCandidatesForJob(jobs[0]!, 20); // builds the agency's index, so only ranking is left below

    let ranked = 0;
    const rankings = jobs.map((job) => service.topCandidatesForJob(job, 20).then(() => (ranked += 1)));
    // A stand-in for another request's callback: it runs at the loop's next turn.
    const rankedWhenOtherWorkRan = await new Promise<number>((resolve) => setImmediate(() => resolve(ranked)));
    await Promise.all(rankings);
    expect(ranked).toBe(jobs.length);
    expect(rankedWhenOtherWorkRan).toBeLessThan(jobs.length);
  });
});
