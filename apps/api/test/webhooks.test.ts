// Issue 11, webhooks: an agency admin registers endpoints; every matching change of the change log is POSTed to
// them once, in log order, signed per Standard Webhooks (verified here with the `standardwebhooks` package itself);
// failures are retried on a schedule, recorded, and end in a disabled endpoint and a notice to the admins.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appendChanges } from '@shortlist/db/change-log/append-changes';
import { createInterview, createPartnerKey, createProposal } from './factories.ts';
import { renderEmail } from '../src/modules/email/render-email.ts';
import { startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';
import { eventually, headersOf, startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

process.env.SHORTLIST_WEBHOOK_POLL_MS = '200';
const engine = inject('shortlistTestDb');

let server: TestServer;
let admin: TestBrowser;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let otherAdmin: TestBrowser;
let partnerHeaders: Record<string, string>;
const receivers: WebhookReceiver[] = [];
let northwind: { agencyId: string; clients: string[]; jobsOf: Record<string, string[]> };
let harborJobId: string;

beforeAll(async () => {
  server = await startTestServer('demo');
  const prisma = server.db.prisma;
  const recruiterUser = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  const other = await prisma.user.update({ where: { email: 'recruiter@otheragency.test' }, data: { role: 'ADMIN' } });
  const agencyId = recruiterUser.agencyId;
  const jobs = await prisma.job.findMany({ where: { agencyId }, select: { id: true, clientCompanyId: true }, orderBy: { id: 'asc' } });
  const jobsOf: Record<string, string[]> = {};
  for (const job of jobs) (jobsOf[job.clientCompanyId] ??= []).push(job.id);
  const clients = Object.keys(jobsOf).sort((a, b) => jobsOf[b]!.length - jobsOf[a]!.length);
  northwind = { agencyId, clients, jobsOf };
  harborJobId = (await prisma.job.findFirstOrThrow({ where: { agencyId: other.agencyId } })).id;
  admin = server.browser();
  recruiter = server.browser();
  candidate = server.browser();
  otherAdmin = server.browser();
  await Promise.all([
    admin.signIn('admin@shortlist.test'),
    recruiter.signIn('recruiter@shortlist.test'),
    candidate.signIn('candidate@shortlist.test'),
    otherAdmin.signIn('recruiter@otheragency.test'),
  ]);
  partnerHeaders = await createPartnerKey(prisma, agencyId, ['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ', 'PROPOSALS_WRITE']);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await Promise.all(receivers.map((r) => r.close()));
});

const allowPrivateAddresses = (isAllowed: boolean) =>
  server.db.prisma.agency.update({ where: { id: northwind.agencyId }, data: { allowPrivateWebhookAddresses: isAllowed } });

async function receiver() {
  const started = await startWebhookReceiver();
  receivers.push(started);
  return started;
}

const ERROR = '__typename ... on Error { message } ... on ValidationError { fieldErrors { field message } }';

async function createEndpoint(input: Record<string, unknown>, as: TestBrowser = admin) {
  const { body } = await as.graphql(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
       ${ERROR} ... on CreateWebhookEndpointSuccess { secret webhookEndpoint { id url eventTypes isEnabled } } } }`,
    { input },
  );
  expect(body.errors).toBeUndefined();
  return body.data.createWebhookEndpoint;
}
async function registered(input: Record<string, unknown>) {
  const result = await createEndpoint(input);
  expect(result.__typename, JSON.stringify(result)).toBe('CreateWebhookEndpointSuccess');
  expect(result.secret).toMatch(/^whsec_/);
  const id = result.webhookEndpoint.id as string;
  const [, dbId] = Buffer.from(id, 'base64').toString().split(':');
  return { gid: id, id: dbId!, secret: result.secret as string };
}

let titleCounter = 0;
/** A recruiter's edit of a job: one `job.updated` entry. */
async function editJob(jobId: string, as: TestBrowser = recruiter) {
  titleCounter += 1;
  const { body } = await as.graphql(
    'mutation($input: UpdateJobInput!) { updateJob(input: $input) { __typename ... on Error { message } } }',
    { input: { id: encodeGlobalID('Job', jobId), title: `Webhook test role ${titleCounter}` } },
  );
  expect(body.data.updateJob.__typename, JSON.stringify(body)).toBe('UpdateJobSuccess');
}
let candidateCounter = 0;
async function registerCandidate() {
  candidateCounter += 1;
  const { body } = await recruiter.graphql(
    'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { __typename ... on Error { message } } }',
    { input: { email: `hook.${candidateCounter}@example.test`, fullName: `Hook Candidate ${candidateCounter}`, seniority: 'MID', country: 'DE', timeZone: 'Europe/Berlin' } },
  );
  expect(body.data.createCandidate.__typename, JSON.stringify(body)).toBe('CreateCandidateSuccess');
}
const positionsOf = async (kind: string, entityId?: string) =>
  (
    await server.db.sql.query<{ position: string }>(
      `SELECT "position"::text AS "position" FROM "ChangeLogEntry" WHERE "kind" = $1 AND ($2::uuid IS NULL OR "entityId" = $2::uuid) ORDER BY "position"`,
      [kind, entityId ?? null],
    )
  ).map((r) => r.position);

const deliveriesOf = (endpointId: string) =>
  server.db.prisma.webhookDelivery.findMany({ where: { endpointId }, include: { attempts: { orderBy: { attemptedAt: 'asc' } } }, orderBy: { changePosition: 'asc' } });

/** Waits until every delivery of the endpoint is settled (SUCCEEDED or FAILED) and there are `count` of them. */
const settled = (endpointId: string, count: number) =>
  eventually(async () => {
    const list = await deliveriesOf(endpointId);
    return list.length === count && list.every((d) => d.status !== 'PENDING') && list;
  }, `${count} settled deliveries of ${endpointId}`);

describe(`webhook deliveries (${engine})`, () => {
  it('a receiver gets each change of its event types once, in log order, signed; other types and agencies are not sent', async () => {
    await allowPrivateAddresses(true);
    const hooks = await receiver();
    const endpoint = await registered({ url: hooks.url, eventTypes: ['job.updated', 'candidate.created'], description: 'HR sync' });
    const [jobA, jobB] = northwind.jobsOf[northwind.clients[0]!]!;

    await editJob(jobA!);
    await registerCandidate();
    await editJob(jobB!);
    await editJob(harborJobId, otherAdmin); // another agency's change
    await candidate.graphql('{ me { id } }');

    const deliveries = await settled(endpoint.id, 3);
    expect(hooks.received).toHaveLength(3); // once each: nothing more was sent than was delivered
    const payloads = hooks.received.map((w) => w.payload);
    expect(payloads.map((p) => p.type)).toEqual(['job.updated', 'candidate.created', 'job.updated']);
    const positions = payloads.map((p) => BigInt(p.data.position));
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect(payloads[0]!.data).toMatchObject({ id: encodeGlobalID('Job', jobA!), entity: 'Job', changed: ['title'] });
    expect(payloads[2]!.data.id).toBe(encodeGlobalID('Job', jobB!));
    expect(payloads[0]!.data.position).toBe((await positionsOf('job.updated', jobA)).at(-1));
    expect(new Date(payloads[0]!.timestamp).toISOString()).toBe(payloads[0]!.timestamp);

    const verifier = new Webhook(endpoint.secret);
    for (const webhook of hooks.received) {
      expect(verifier.verify(webhook.body, headersOf(webhook))).toEqual(webhook.payload);
    }
    expect(hooks.received.map((w) => w.id)).toEqual(deliveries.map((d) => d.id));
    expect(deliveries.every((d) => d.status === 'SUCCEEDED' && d.attempts.length === 1 && d.attempts[0]!.responseStatus === 200)).toBe(true);
    // The other agency's edit was never a delivery of this endpoint.
    expect(deliveries.map((d) => d.changePosition.toString())).not.toContain((await positionsOf('job.updated', harborJobId)).at(-1));
  });

  it("a client-limited endpoint gets only that client's changes, and no candidate changes", async () => {
    const hooks = await receiver();
    const [clientA, clientB] = northwind.clients;
    const endpoint = await registered({ url: hooks.url, clientCompanyId: encodeGlobalID('ClientCompany', clientA!) });
    const everything = await registered({ url: (await receiver()).url });

    await editJob(northwind.jobsOf[clientB!]![0]!);
    await registerCandidate();
    await editJob(northwind.jobsOf[clientA!]![0]!);

    await settled(everything.id, 3);
    const [only] = await settled(endpoint.id, 1);
    expect(hooks.received.map((w) => [w.payload.type, w.payload.data.id])).toEqual([['job.updated', encodeGlobalID('Job', northwind.jobsOf[clientA!]![0]!)]]);
    expect(only!.eventType).toBe('job.updated');

    // Proposals and interviews belong to their job's client (resolved when they are fanned out).
    const prisma = server.db.prisma;
    const sam = await prisma.candidateProfile.findFirstOrThrow({ where: { agencyId: northwind.agencyId, user: { email: 'candidate@shortlist.test' } } });
    const recruiterId = (await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } })).id;
    const proposalOn = async (clientId: string) => {
      const jobId = northwind.jobsOf[clientId]!.at(-1)!;
      const proposal = await createProposal(prisma, { agencyId: northwind.agencyId, jobId, candidateId: sam.id, recruiterId });
      const interview = await createInterview(prisma, proposal, new Date(Date.now() + 3 * 24 * 3600_000));
      await prisma.$transaction((tx) =>
        appendChanges(tx, [
          { agencyId: northwind.agencyId, entity: 'PROPOSAL', entityId: proposal.id, kind: 'proposal.accepted', data: { from: 'PROPOSED', to: 'ACCEPTED' } },
          { agencyId: northwind.agencyId, entity: 'INTERVIEW', entityId: interview.id, kind: 'interview.scheduled', data: { proposalId: proposal.id } },
        ]),
      );
      return { proposal, interview };
    };
    await proposalOn(clientB!);
    const mine = await proposalOn(clientA!);
    await settled(everything.id, 7);
    await settled(endpoint.id, 3);
    expect(hooks.received.slice(1).map((w) => [w.payload.type, w.payload.data.id, w.payload.data.entity])).toEqual([
      ['proposal.accepted', encodeGlobalID('Proposal', mine.proposal.id), 'Proposal'],
      ['interview.scheduled', encodeGlobalID('Interview', mine.interview.id), 'Interview'],
    ]);
    expect(hooks.received[2]!.payload.data.proposalId).toBe(encodeGlobalID('Proposal', mine.proposal.id));
  });

  it("a payload names every record by the global ID node(id:) takes, the one the change feed gives for the same change", async () => {
    const hooks = await receiver();
    const endpoint = await registered({ url: hooks.url, eventTypes: ['proposal.proposed'] });
    const prisma = server.db.prisma;
    const jobId = northwind.jobsOf[northwind.clients[0]!]![0]!;
    const sam = await prisma.candidateProfile.findFirstOrThrow({ where: { agencyId: northwind.agencyId, user: { email: 'candidate@shortlist.test' } } });
    const recruiterId = (await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } })).id;
    const proposal = await createProposal(prisma, { agencyId: northwind.agencyId, jobId, candidateId: sam.id, recruiterId });
    await prisma.$transaction((tx) =>
      appendChanges(tx, [
        { agencyId: northwind.agencyId, entity: 'PROPOSAL', entityId: proposal.id, kind: 'proposal.proposed', data: { from: null, to: 'PROPOSED', jobId, candidateId: sam.id } },
      ]),
    );
    await settled(endpoint.id, 1);
    const { data } = hooks.received[0]!.payload;
    expect(data).toMatchObject({ id: encodeGlobalID('Proposal', proposal.id), jobId: encodeGlobalID('Job', jobId), candidateId: encodeGlobalID('Candidate', sam.id) });

    const { body } = await server.graphql(
      `query($change: ID!, $job: ID!, $candidate: ID!) {
         change: node(id: $change) { ... on Change { entityId kind } }
         job: node(id: $job) { id } candidate: node(id: $candidate) { id } }`,
      { change: encodeGlobalID('Change', data.position), job: data.jobId, candidate: data.candidateId },
      partnerHeaders,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ change: { entityId: data.id, kind: 'proposal.proposed' }, job: { id: data.jobId }, candidate: { id: data.candidateId } });
  });

  it('a failing receiver is retried on the schedule, every attempt recorded, until it succeeds', async () => {
    const hooks = await receiver();
    hooks.answers.push(500, 503, 500);
    const endpoint = await registered({ url: hooks.url, eventTypes: ['job.updated'] });
    await editJob(northwind.jobsOf[northwind.clients[0]!]![1]!);

    const expectedDelays = [5_000, 5 * 60_000, 30 * 60_000];
    for (const [index, delay] of expectedDelays.entries()) {
      const [delivery] = await eventually(async () => {
        const list = await deliveriesOf(endpoint.id);
        return list[0]?.attempts.length === index + 1 && list;
      }, `attempt ${index + 1}`);
      expect(delivery!.status).toBe('PENDING');
      const last = delivery!.attempts.at(-1)!;
      expect(last.responseStatus).toBe([500, 503, 500][index]);
      expect(last.error).toContain(`HTTP ${[500, 503, 500][index]}: receiver says`);
      expect(last.latencyMs).toBeGreaterThanOrEqual(0);
      expect(delivery!.nextAttemptAt!.getTime() - last.attemptedAt.getTime()).toBe(delay);
      // Time moves on: the retry comes due now.
      await server.db.prisma.webhookDelivery.update({ where: { id: delivery!.id }, data: { nextAttemptAt: new Date() } });
    }
    const [done] = await settled(endpoint.id, 1);
    expect(done!.status).toBe('SUCCEEDED');
    expect(done!.attempts.map((a) => a.responseStatus)).toEqual([500, 503, 500, 200]);
    expect(new Set(hooks.received.map((w) => w.id))).toEqual(new Set([done!.id])); // one webhook-id on every attempt
    expect(new Set(hooks.received.map((w) => w.body)).size).toBe(1);
  });

  it('a delivery that used up its retries fails, disables its endpoint and tells the admins; a redelivery is a manual attempt', async () => {
    const hooks = await receiver();
    hooks.fallback = 500;
    const endpoint = await registered({ url: hooks.url, eventTypes: ['job.updated'] });
    await editJob(northwind.jobsOf[northwind.clients[0]!]![2]!);
    const [first] = await eventually(async () => {
      const list = await deliveriesOf(endpoint.id);
      return list[0]?.attempts.length === 1 && list;
    }, 'the first attempt');
    // Seven attempts over more than a day have failed: the next is the last.
    await server.db.prisma.webhookDelivery.update({ where: { id: first!.id }, data: { attemptCount: 7, nextAttemptAt: new Date() } });

    const [failed] = await settled(endpoint.id, 1);
    expect(failed!.status).toBe('FAILED');
    expect(failed!.attempts).toHaveLength(2);
    const disabled = await server.db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.disabledReason).toMatch(/failed attempts.*HTTP 500/);
    const { body: notices } = await admin.graphql('{ notifications(first: 5) { edges { node { title body } } } }');
    expect(notices.data.notifications.edges[0].node.title).toBe('A webhook endpoint was disabled');
    expect(notices.data.notifications.edges[0].node.body).toContain(hooks.url);
    // ...and by e-mail, written with the notice (INTEGRATIONS), linking the endpoint's page.
    const mail = await server.db.prisma.emailMessage.findFirstOrThrow({ where: { category: 'INTEGRATIONS', user: { email: 'admin@shortlist.test' } } });
    expect(mail.kind).toBe('notification');
    const rendered = await renderEmail(server.db.prisma, mail);
    expect(rendered?.subject).toBe('A webhook endpoint was disabled');
    expect(rendered?.text).toContain(`/integrations/webhooks/${encodeURIComponent(encodeGlobalID('WebhookEndpoint', endpoint.id))}`);
    expect(rendered?.unsubscribeUrl).toContain('category=INTEGRATIONS');

    // A disabled endpoint gets nothing new.
    await editJob(northwind.jobsOf[northwind.clients[0]!]![2]!);
    const lastChange = BigInt((await positionsOf('job.updated')).at(-1)!);
    await eventually(async () => {
      const [cursor] = await server.db.sql.query<{ position: string }>(`SELECT "position"::text AS "position" FROM "ChangeConsumer" WHERE "name" = 'webhooks'`);
      return BigInt(cursor!.position) >= lastChange;
    }, 'the fan-out passed the later changes');
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1);

    hooks.fallback = 200;
    const { body } = await admin.graphql(
      `mutation($input: RedeliverWebhookDeliveryInput!) { redeliverWebhookDelivery(input: $input) { ${ERROR}
         ... on RedeliverWebhookDeliverySuccess { webhookDelivery { id status attempts { responseStatus isManual latencyMs error } } } } }`,
      { input: { id: encodeGlobalID('WebhookDelivery', failed!.id) } },
    );
    const redelivered = body.data.redeliverWebhookDelivery;
    expect(redelivered.__typename, JSON.stringify(body)).toBe('RedeliverWebhookDeliverySuccess');
    expect(redelivered.webhookDelivery.status).toBe('SUCCEEDED');
    expect(redelivered.webhookDelivery.attempts.map((a: { responseStatus: number; isManual: boolean }) => [a.responseStatus, a.isManual])).toEqual([
      [500, false],
      [500, false],
      [200, true],
    ]);
    expect(hooks.received.at(-1)!.id).toBe(failed!.id);

    // Enabling it again clears the reason; deliveries resume.
    const { body: enabled } = await admin.graphql(
      `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { ${ERROR} ... on UpdateWebhookEndpointSuccess { webhookEndpoint { isEnabled disabledReason } } } }`,
      { input: { id: endpoint.gid, isEnabled: true } },
    );
    expect(enabled.data.updateWebhookEndpoint.webhookEndpoint).toEqual({ isEnabled: true, disabledReason: null });
  });

  it('during a rotation both secrets sign; after the overlap only the new one', async () => {
    const hooks = await receiver();
    const endpoint = await registered({ url: hooks.url, eventTypes: ['job.updated'] });
    const rotate = async (overlapHours: number) => {
      const { body } = await admin.graphql(
        `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { ${ERROR} ... on RotateWebhookSecretSuccess { secret webhookEndpoint { previousSecretExpiresAt } } } }`,
        { input: { id: endpoint.gid, overlapHours } },
      );
      expect(body.data.rotateWebhookSecret.__typename, JSON.stringify(body)).toBe('RotateWebhookSecretSuccess');
      return body.data.rotateWebhookSecret;
    };
    const rotated = await rotate(24);
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(new Date(rotated.webhookEndpoint.previousSecretExpiresAt).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);

    await editJob(northwind.jobsOf[northwind.clients[1]!]![0]!);
    const [during] = await hooks.waitFor(1);
    expect(during!.signature.split(' ')).toHaveLength(2);
    expect(new Webhook(rotated.secret).verify(during!.body, headersOf(during!))).toEqual(during!.payload);
    expect(new Webhook(endpoint.secret).verify(during!.body, headersOf(during!))).toEqual(during!.payload);

    const retired = await rotate(0);
    await editJob(northwind.jobsOf[northwind.clients[1]!]![0]!);
    const after = (await hooks.waitFor(2))[1]!;
    expect(after.signature.split(' ')).toHaveLength(1);
    expect(new Webhook(retired.secret).verify(after.body, headersOf(after))).toEqual(after.payload);
    expect(() => new Webhook(rotated.secret).verify(after.body, headersOf(after))).toThrow();
  });
  it('reports pending deliveries and the fan-out lag on /metrics', async () => {
    const hooks = await receiver();
    hooks.fallback = 500;
    const endpoint = await registered({ url: hooks.url, eventTypes: ['job.updated'] });
    await editJob(northwind.jobsOf[northwind.clients[1]!]![3]!);
    await eventually(async () => (await deliveriesOf(endpoint.id))[0]?.attempts.length === 1, 'a failed attempt');
    const metric = async (name: string) => {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    };
    expect(await metric('shortlist_webhook_deliveries_pending')).toBeGreaterThanOrEqual(1);
    expect(await metric('shortlist_webhook_consumer_lag')).toBe(0);
    await server.db.prisma.webhookEndpoint.delete({ where: { id: endpoint.id } });
  });
});

describe(`private addresses (${engine})`, () => {
  it('a loopback URL is refused at registration and at delivery unless the agency opted in', async () => {
    const hooks = await receiver();
    const byName = hooks.url.replace('127.0.0.1', 'localhost');
    await allowPrivateAddresses(false);
    for (const url of [hooks.url, byName, 'http://169.254.169.254/latest/meta-data', 'http://[::1]:9/hooks', 'http://10.1.2.3/x', 'http://100.64.0.1/x']) {
      const refused = await createEndpoint({ url });
      expect(refused.__typename, url).toBe('ValidationError');
      expect(refused.fieldErrors[0].field).toBe('url');
      expect(refused.fieldErrors[0].message).toMatch(/private, loopback or link-local/);
    }
    for (const url of ['ftp://example.com/x', 'not a url', 'http://user:pw@example.com/x']) {
      expect((await createEndpoint({ url })).__typename, url).toBe('ValidationError');
    }

    // Registered while allowed; the agency then withdraws its opt-in: the connection is refused at delivery.
    await allowPrivateAddresses(true);
    const literal = await registered({ url: hooks.url, eventTypes: ['job.updated'] });
    const named = await registered({ url: byName, eventTypes: ['job.updated'] });
    await allowPrivateAddresses(false);
    await editJob(northwind.jobsOf[northwind.clients[1]!]![1]!);
    for (const endpoint of [literal, named]) {
      const [delivery] = await eventually(async () => {
        const list = await deliveriesOf(endpoint.id);
        return list[0]?.attempts.length === 1 && list;
      }, 'the refused attempt');
      expect(delivery!.attempts[0]).toMatchObject({ responseStatus: null });
      expect(delivery!.attempts[0]!.error).toMatch(/private, loopback or link-local/);
      expect(delivery!.status).toBe('PENDING');
    }
    expect(hooks.received).toHaveLength(0);
    await allowPrivateAddresses(true);
  });
});

describe(`the endpoints list (${engine})`, () => {
  /** An endpoint no change reaches (it only takes no-shows), with deliveries and attempts written as given. */
  async function endpointWithAttempts(deliveries: Array<Array<{ error: string | null; minutesAgo: number }>>) {
    await allowPrivateAddresses(true);
    const endpoint = await registered({ url: (await receiver()).url, eventTypes: ['interview.no_show'] });
    const prisma = server.db.prisma;
    const ids: string[] = [];
    for (const [n, attempts] of deliveries.entries()) {
      const delivery = await prisma.webhookDelivery.create({
        data: {
          endpointId: endpoint.id,
          agencyId: northwind.agencyId,
          changePosition: BigInt(n + 1),
          eventType: 'interview.no_show',
          payload: { type: 'interview.no_show' },
          status: attempts.at(-1)?.error === null ? 'SUCCEEDED' : 'PENDING',
          createdAt: new Date(Date.now() - (100 - n) * 60_000),
          attempts: {
            create: attempts.map(({ error, minutesAgo }) => ({
              attemptedAt: new Date(Date.now() - minutesAgo * 60_000),
              responseStatus: error === null ? 200 : 500,
              latencyMs: 5,
              error,
            })),
          },
        },
      });
      ids.push(delivery.id);
    }
    return { ...endpoint, deliveryIds: ids };
  }

  it("each endpoint shows its newest delivery and the failed attempts since its last success, read in the same few queries for any page size", async () => {
    const silent = await endpointWithAttempts([]);
    const recovered = await endpointWithAttempts([[{ error: 'HTTP 500', minutesAgo: 50 }, { error: null, minutesAgo: 40 }]]);
    const failing = await endpointWithAttempts([
      [{ error: null, minutesAgo: 30 }],
      [{ error: 'HTTP 500', minutesAgo: 20 }, { error: 'No answer within 10 s.', minutesAgo: 10 }],
      [],
    ]);
    const neverSucceeded = await endpointWithAttempts([[{ error: 'HTTP 503', minutesAgo: 5 }]]);

    const LIST = `query($first: Int!) { webhookEndpoints(first: $first) { edges { node { id consecutiveFailures
      lastDelivery { id status attempts { responseStatus } } } } } }`;
    // The request's statements, without the delivery worker's (it polls meanwhile, claiming with SKIP LOCKED).
    const requestStatements = () => server.queries.filter((sql) => !/SKIP LOCKED|"ChangeConsumer"|"ChangeLogEntry"/.test(sql)).length;
    server.queries.length = 0;
    const { body } = await admin.graphql(LIST, { first: 50 });
    const statementsForAll = requestStatements();
    expect(body.errors).toBeUndefined();
    const byId = new Map(body.data.webhookEndpoints.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId.size).toBeGreaterThanOrEqual(4);
    expect(byId.get(recovered.gid)).toMatchObject({
      consecutiveFailures: 0,
      lastDelivery: { id: encodeGlobalID('WebhookDelivery', recovered.deliveryIds[0]!), status: 'SUCCEEDED', attempts: [{ responseStatus: 500 }, { responseStatus: 200 }] },
    });
    expect(byId.get(failing.gid)).toMatchObject({
      consecutiveFailures: 2,
      lastDelivery: { id: encodeGlobalID('WebhookDelivery', failing.deliveryIds[2]!), status: 'PENDING', attempts: [] },
    });
    expect(byId.get(neverSucceeded.gid)).toMatchObject({ consecutiveFailures: 1 });
    expect(byId.get(silent.gid)).toEqual({ id: silent.gid, consecutiveFailures: 0, lastDelivery: null });

    server.queries.length = 0;
    const { body: one } = await admin.graphql(LIST, { first: 1 });
    expect(one.data.webhookEndpoints.edges[0].node.id).toBe(neverSucceeded.gid);
    expect(requestStatements()).toBe(statementsForAll); // no statement per endpoint
  });
});

describe(`test events (${engine})`, () => {
  it("an admin's test event reaches the receiver signed with the endpoint's secret, lands in the log, not in the change log, and holds nothing back", async () => {
    await allowPrivateAddresses(true);
    const hooks = await receiver();
    const endpoint = await registered({ url: hooks.url, eventTypes: ['job.updated'] });
    const positionsBefore = await positionsOf('webhook.test');
    const SEND = `mutation($input: SendTestWebhookInput!) { sendTestWebhook(input: $input) { ${ERROR}
      ... on SendTestWebhookSuccess { webhookDelivery { id webhookId eventType status attempts { responseStatus isManual } } } } }`;

    const { body } = await admin.graphql(SEND, { input: { endpointId: endpoint.gid } });
    expect(body.errors).toBeUndefined();
    const sent = body.data.sendTestWebhook;
    expect(sent.__typename, JSON.stringify(sent)).toBe('SendTestWebhookSuccess');
    expect(sent.webhookDelivery).toMatchObject({ eventType: 'webhook.test', status: 'SUCCEEDED', attempts: [{ responseStatus: 200, isManual: true }] });
    expect(hooks.received).toHaveLength(1);
    const [test] = hooks.received;
    expect(test!.id).toBe(sent.webhookDelivery.webhookId);
    expect(new Webhook(endpoint.secret).verify(test!.body, headersOf(test!))).toEqual(test!.payload);
    expect(test!.payload).toMatchObject({ type: 'webhook.test', data: { id: endpoint.gid, entity: 'WebhookEndpoint' } });
    expect(await positionsOf('webhook.test')).toEqual(positionsBefore);

    // A receiver that refuses it: the test is FAILED at once with the answer, and the endpoint's next event still goes out.
    hooks.answers.push(500);
    const { body: refused } = await admin.graphql(SEND, { input: { endpointId: endpoint.gid } });
    expect(refused.data.sendTestWebhook.webhookDelivery).toMatchObject({ status: 'FAILED', attempts: [{ responseStatus: 500, isManual: true }] });
    await editJob(northwind.jobsOf[northwind.clients[0]!]![0]!);
    await hooks.waitFor(3);
    expect(hooks.received.map((w) => w.payload.type)).toEqual(['webhook.test', 'webhook.test', 'job.updated']);
    await settled(endpoint.id, 3);
    const { body: log } = await admin.graphql(
      `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { consecutiveFailures lastDelivery { eventType } deliveries(first: 5) { edges { node { eventType status } } } } } }`,
      { id: endpoint.gid },
    );
    expect(log.data.node).toMatchObject({ consecutiveFailures: 0, lastDelivery: { eventType: 'job.updated' } });
    expect(log.data.node.deliveries.edges.map((e: any) => [e.node.eventType, e.node.status])).toEqual([
      ['job.updated', 'SUCCEEDED'],
      ['webhook.test', 'FAILED'],
      ['webhook.test', 'SUCCEEDED'],
    ]);
  });

  it("another agency's admin cannot send a test to this agency's endpoint", async () => {
    const hooks = await receiver();
    const endpoint = await registered({ url: hooks.url, eventTypes: ['job.updated'] });
    const { body } = await otherAdmin.graphql(
      'mutation($input: SendTestWebhookInput!) { sendTestWebhook(input: $input) { __typename ... on Error { message } } }',
      { input: { endpointId: endpoint.gid } },
    );
    expect(body.data.sendTestWebhook).toEqual({ __typename: 'NotFoundError', message: 'No webhook endpoint with this ID.' });
    expect(hooks.received).toHaveLength(0);
    expect(await server.db.prisma.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
  });
});

describe(`changing an endpoint's client limit (${engine})`, () => {
  it("an admin sets, changes and clears the client limit; another agency's client is refused and nothing changes", async () => {
    const hooks = await receiver();
    const endpoint = await registered({ url: hooks.url, eventTypes: ['job.updated'] });
    const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { ${ERROR}
      ... on UpdateWebhookEndpointSuccess { webhookEndpoint { description clientCompany { id } } } } }`;
    const update = async (input: Record<string, unknown>) => (await admin.graphql(UPDATE, { input: { id: endpoint.gid, ...input } })).body.data.updateWebhookEndpoint;
    const [clientA, clientB] = northwind.clients.map((id) => encodeGlobalID('ClientCompany', id));

    expect(await update({ clientCompanyId: clientA })).toMatchObject({ webhookEndpoint: { clientCompany: { id: clientA } } });
    expect(await update({ clientCompanyId: clientB })).toMatchObject({ webhookEndpoint: { clientCompany: { id: clientB } } });
    // Left out: unchanged.
    expect(await update({ description: 'Only B' })).toMatchObject({ webhookEndpoint: { description: 'Only B', clientCompany: { id: clientB } } });

    const harborClient = (await server.db.prisma.job.findUniqueOrThrow({ where: { id: harborJobId } })).clientCompanyId;
    expect(await update({ clientCompanyId: encodeGlobalID('ClientCompany', harborClient) })).toEqual({
      __typename: 'NotFoundError',
      message: 'No client company with this ID.',
    });
    expect((await server.db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).clientCompanyId).toBe(northwind.clients[1]);

    expect(await update({ clientCompanyId: null })).toMatchObject({ webhookEndpoint: { clientCompany: null } });
    // Cleared: another client's change reaches it again.
    await editJob(northwind.jobsOf[northwind.clients[0]!]![0]!);
    await settled(endpoint.id, 1);
  });
});

describe(`who may manage webhooks (${engine})`, () => {
  it('recruiters, candidates, partner keys and other agencies get NotAllowed or NotFound, and change nothing', async () => {
    const hooks = await receiver();
    const endpoint = await registered({ url: hooks.url, eventTypes: ['job.updated'] });
    await editJob(northwind.jobsOf[northwind.clients[1]!]![2]!);
    const [delivery] = await settled(endpoint.id, 1);
    const deliveryGid = encodeGlobalID('WebhookDelivery', delivery!.id);
    const before = JSON.stringify(await server.db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } }));

    const mutations = [
      ['createWebhookEndpoint', 'CreateWebhookEndpointInput', { url: hooks.url }],
      ['updateWebhookEndpoint', 'UpdateWebhookEndpointInput', { id: endpoint.gid, isEnabled: false, url: 'https://evil.example/x' }],
      ['rotateWebhookSecret', 'RotateWebhookSecretInput', { id: endpoint.gid }],
      ['redeliverWebhookDelivery', 'RedeliverWebhookDeliveryInput', { id: deliveryGid }],
      ['sendTestWebhook', 'SendTestWebhookInput', { endpointId: endpoint.gid }],
      ['deleteWebhookEndpoint', 'DeleteWebhookEndpointInput', { id: endpoint.gid }],
    ] as const;
    const send = (as: string, query: string, variables?: Record<string, unknown>) =>
      as === 'partner' ? server.graphql(query, variables, partnerHeaders) : ({ recruiter, candidate, otherAdmin }[as] as TestBrowser).graphql(query, variables);
    const endpointCount = await server.db.prisma.webhookEndpoint.count();

    for (const as of ['recruiter', 'candidate', 'partner', 'otherAdmin']) {
      for (const [name, inputType, input] of mutations) {
        // Another agency's admin may register endpoints of their own (its demo agency allows private addresses too);
        // everything else is refused.
        if (as === 'otherAdmin' && name === 'createWebhookEndpoint') continue;
        const { body } = await send(as, `mutation($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Error { message } } }`, { input });
        const expected = as === 'otherAdmin' ? 'NotFoundError' : 'NotAllowedError';
        expect(body.data?.[name]?.__typename, `${name} as ${as}: ${JSON.stringify(body)}`).toBe(expected);
      }
      const { body: list } = await send(as, '{ webhookEndpoints(first: 10) { edges { node { id url } } } webhookEventTypes { type } }');
      const text = JSON.stringify(list);
      expect(text).not.toContain(hooks.url);
      if (as !== 'otherAdmin') expect(list.errors?.[0]?.message, `${as}: ${text}`).toBe('You are not allowed to see or do this.');
      const { body: node } = await send(as, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [endpoint.gid, deliveryGid] });
      expect(node.data?.nodes ?? [null, null], as).toEqual([null, null]);
    }
    expect(JSON.stringify(await server.db.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } }))).toBe(before);
    expect(await server.db.prisma.webhookEndpoint.count()).toBe(endpointCount);

    // The admin sees it all: the endpoint, its deliveries with their attempts, the event types.
    const { body } = await admin.graphql(
      `query($id: ID!) { webhookEventTypes { type description }
         node(id: $id) { ... on WebhookEndpoint { url deliveries(first: 5, status: [SUCCEEDED]) { totalCount edges { node { id webhookId eventType payload status attempts { responseStatus } } } } } } }`,
      { id: endpoint.gid },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.webhookEventTypes.map((t: { type: string }) => t.type)).toContain('proposal.accepted');
    expect(body.data.node.deliveries.edges[0].node).toMatchObject({ id: deliveryGid, eventType: 'job.updated', status: 'SUCCEEDED', attempts: [{ responseStatus: 200 }] });
    expect(body.data.node.deliveries.edges[0].node.webhookId).toBe(hooks.received[0]!.id); // the webhook-id header
    expect(JSON.parse(body.data.node.deliveries.edges[0].node.payload).type).toBe('job.updated');
    expect(body.data.node.deliveries.totalCount).toBe(await server.db.prisma.webhookDelivery.count({ where: { endpointId: endpoint.id, status: 'SUCCEEDED' } }));

    const { body: deleted } = await admin.graphql(
      'mutation($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { __typename ... on DeleteWebhookEndpointSuccess { deletedId } } }',
      { input: { id: endpoint.gid } },
    );
    expect(deleted.data.deleteWebhookEndpoint).toEqual({ __typename: 'DeleteWebhookEndpointSuccess', deletedId: endpoint.gid });
    expect(await server.db.prisma.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
  });
});
