import { WebhookDeliveryStatus } from '@shortlist/db/prisma';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context, Viewer } from '../../context.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { oneLine } from '../common/one-line.ts';
import { NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { assertWebhookUrlAllowed, WebhookAddressError } from './check-webhook-address.ts';
import { readDeliveryForSending, recordManualAttempt, sendDelivery } from './deliver-due-webhooks.ts';
import { loadInBatch } from './load-in-batch.ts';
import { readEndpointSummaries } from './read-endpoint-summaries.ts';
import { sendTestEvent } from './send-test-event.ts';
import { sqlOverPrisma } from './sql-over-prisma.ts';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES } from './webhook-event-types.ts';

const HOUR = 60 * 60 * 1000;
const MAX_OVERLAP_HOURS = 7 * 24;

const isAdminOf = (agencyId: string, viewer: Viewer | null) => viewer?.kind === 'user' && viewer.role === 'ADMIN' && viewer.agencyId === agencyId;

/** The signed-in agency admin, or a typed refusal (recruiters, candidates and partner keys alike). */
function adminOf(viewer: Viewer | null, what: string) {
  if (viewer?.kind !== 'user' || viewer.role !== 'ADMIN') throw new NotAllowedError(`Only an agency admin can ${what}.`);
  return viewer;
}

/** The description of a mutation's result union, which the errors plugin makes. */
const answerDescription = (mutation: string, success: string) =>
  `What ${mutation} answers: ${success}, or the expected error that stopped it (switch on __typename). Agency admins only.`;

/** An endpoint's newest delivery and failures in a row, read for every endpoint of the page at once. */
const summaryOf = (ctx: Context, endpointId: string) =>
  loadInBatch(ctx, 'webhook-endpoint-summary', endpointId, (ids) => readEndpointSummaries(sqlOverPrisma(ctx.prisma), ids));

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export const WebhookDeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  values: {
    PENDING: { description: 'Waiting for its first or next attempt.' },
    SUCCEEDED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Every retry failed (over more than a day); an admin can redeliver it.' },
  },
});

const WebhookEventDefinitionRef = builder.objectRef<{ type: string; description: string }>('WebhookEventDefinition').implement({
  description: 'A kind of change an endpoint can subscribe to: an entry of the fixed catalogue `webhookEventTypes` lists, known by its `type`.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'The `type` of the event, e.g. "proposal.accepted".' }),
    description: t.exposeString('description', { description: 'What happened, and what `data` carries.' }),
  }),
});

builder.prismaObject('WebhookAttempt', {
  description: 'One HTTP attempt of a delivery.',
  fields: (t) => ({
    attemptedAt: t.expose('attemptedAt', { type: 'DateTime', description: 'When the attempt was recorded (its answer came, or it gave up).' }),
    responseStatus: t.exposeInt('responseStatus', { nullable: true, description: "The receiver's HTTP status; null when no answer came." }),
    latencyMs: t.exposeInt('latencyMs', { description: 'Milliseconds from sending to the answer (or to giving up).' }),
    error: t.exposeString('error', {
      nullable: true,
      description: "Why it failed, in words, with the first 1 kB of a non-2xx answer's body; null on success.",
    }),
    isManual: t.exposeBoolean('isManual', { description: 'An admin asked for this attempt (a redelivery or a test event), rather than the retry schedule.' }),
  }),
});

builder.prismaNode('WebhookDelivery', {
  id: { field: 'id', description: "The delivery's global ID, for `node(id:)` and redeliverWebhookDelivery; the `webhook-id` header is `webhookId`, not this." },
  description: 'One event delivered (or to be delivered) to one endpoint, with the same `webhook-id` header and body on every attempt.',
  authScopes: (delivery, ctx) => isAdminOf(delivery.agencyId, ctx.viewer),
  fields: (t) => ({
    webhookId: t.exposeString('id', {
      description: 'The `webhook-id` header the receiver got (the same on every attempt): match it against what the receiver logged.',
    }),
    eventType: t.exposeString('eventType', { description: 'The event\'s `type`, e.g. "proposal.accepted".' }),
    changePosition: t.string({
      description: "The change log position of the event (the payload's `data.position`); negative for a `webhook.test` event, which is not in the log.",
      select: { changePosition: true },
      resolve: (delivery) => delivery.changePosition.toString(),
    }),
    payload: t.string({
      description: 'The JSON body sent (the same on every attempt; the signature headers are made per attempt).',
      select: { payload: true },
      resolve: (delivery) => JSON.stringify(delivery.payload),
    }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum, description: 'Where the delivery stands.' }),
    attemptCount: t.exposeInt('attemptCount', { description: 'Scheduled attempts so far (manual redeliveries not counted).' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true, description: 'When a PENDING delivery is tried next.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the change was queued for this endpoint.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When its status or schedule last changed.' }),
    attempts: t.relation('attempts', { description: 'Every attempt, oldest first.', query: { orderBy: [{ attemptedAt: 'asc' }, { id: 'asc' }] } }),
  }),
});

builder.prismaNode('WebhookEndpoint', {
  id: { field: 'id' },
  description: "An agency's webhook receiver: changes of the chosen event types are POSTed to `url`, signed per the Standard Webhooks spec.",
  authScopes: (endpoint, ctx) => isAdminOf(endpoint.agencyId, ctx.viewer),
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where events are POSTed.' }),
    description: t.exposeString('description', { description: 'What the endpoint is for, as the admin wrote it.' }),
    eventTypes: t.exposeStringList('eventTypes', { description: 'The event types delivered; empty means every type.' }),
    clientCompany: t.relation('clientCompany', {
      nullable: true,
      description: "When set, only this client's jobs and their proposals and interviews are delivered (no candidate events).",
    }),
    isEnabled: t.boolean({ description: 'Whether events are delivered: false while paused by an admin or disabled after failing; nothing is sent then.', select: { disabledAt: true }, resolve: (endpoint) => endpoint.disabledAt === null }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: 'When it was paused or disabled.' }),
    disabledReason: t.exposeString('disabledReason', { nullable: true, description: 'Why nothing is delivered: paused by an admin, or kept failing.' }),
    previousSecretExpiresAt: t.expose('previousSecretExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'After a rotation, deliveries are signed with the previous secret too until then.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered; it gets the changes made from then on.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last changed.' }),
    createdBy: t.relation('createdBy', { description: 'The admin who registered it.' }),
    lastDelivery: t.prismaField({
      type: 'WebhookDelivery',
      nullable: true,
      description: 'The newest delivery (the last one queued, a test event included), whatever its status; null before the first.',
      resolve: async (query, endpoint, _args, ctx) => {
        // Read now (Pothos checks the query is used), with the id the batch is matched by.
        const select = (query as { select?: object }).select;
        const selection = select ? { ...query, select: { ...select, id: true } } : { ...query };
        const deliveryId = (await summaryOf(ctx, endpoint.id))?.lastDeliveryId;
        if (!deliveryId) return null;
        // Every endpoint of a page asks with the same selection: one query for all their deliveries.
        const delivery = await loadInBatch(ctx, `webhook-last-delivery:${JSON.stringify(selection)}`, deliveryId, async (ids) => {
          const rows = await ctx.prisma.webhookDelivery.findMany({ ...selection, where: { id: { in: ids } } });
          return new Map(rows.map((row) => [row.id, row]));
        });
        return delivery ?? null;
      },
    }),
    consecutiveFailures: t.int({
      description:
        'Failed attempts (scheduled, redeliveries and test events) since the last successful one; 0 when the last attempt succeeded or none was made.',
      resolve: async (endpoint, _args, ctx) => (await summaryOf(ctx, endpoint.id))?.consecutiveFailures ?? 0,
    }),
    deliveries: t.relatedConnection(
      'deliveries',
      {
        cursor: 'id',
        totalCount: true,
        description: "The endpoint's deliveries, newest first (in the order they were queued).",
        args: { status: t.arg({ type: [WebhookDeliveryStatusEnum], required: false, description: 'Only deliveries in any of these statuses.' }) },
        query: ({ status }) => ({
          where: status && status.length > 0 ? { status: { in: status } } : {},
          orderBy: [{ createdAt: 'desc' }, { changePosition: 'desc' }, { id: 'desc' }],
        }),
      },
      { name: 'WebhookDeliveryConnection', description: "A page of an endpoint's deliveries." },
      { name: 'WebhookDeliveryEdge', description: 'A delivery in a page, with its cursor.' },
    ),
  }),
});

builder.queryField('webhookEndpoints', (t) =>
  t.prismaConnection(
    {
      type: 'WebhookEndpoint',
      cursor: 'id',
      description: "The agency's webhook endpoints, newest first. Agency admins only.",
      authScopes: { admin: true },
      totalCount: (_root, _args, ctx) =>
        ctx.prisma.webhookEndpoint.count({ where: { agencyId: ctx.viewer?.agencyId ?? '00000000-0000-0000-0000-000000000000' } }),
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.webhookEndpoint.findMany({
          ...query,
          where: { agencyId: ctx.viewer?.agencyId ?? '00000000-0000-0000-0000-000000000000' },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'WebhookEndpointConnection', description: 'A page of webhook endpoints.' },
    { name: 'WebhookEndpointEdge', description: 'A webhook endpoint in a page, with its cursor.' },
  ),
);

builder.queryField('webhookEventTypes', (t) =>
  t.field({
    type: [WebhookEventDefinitionRef],
    description: 'Every event type a webhook endpoint can subscribe to. Agency admins only.',
    authScopes: { admin: true },
    resolve: () => Object.entries(WEBHOOK_EVENT_TYPES).map(([type, description]) => ({ type, description })),
  }),
);

const eventTypesSchema = z
  .array(z.string().refine(isWebhookEventType, { error: (issue) => `"${String(issue.input)}" is not an event type; see webhookEventTypes.` }))
  .max(Object.keys(WEBHOOK_EVENT_TYPES).length, 'Too many event types.')
  .transform((types) => [...new Set(types)]);
const urlSchema = z.string().trim().min(1, 'Enter the URL to deliver to.').max(2000, 'At most 2,000 characters.');
const descriptionSchema = oneLine(z.string().trim().max(200, 'At most 200 characters.'), 'The description');

/** Checks the URL (http(s), a host, not private unless the agency opted in) as a ValidationError on `url`. */
async function allowedUrl(ctx: { prisma: import('@shortlist/db/prisma').PrismaClient }, agencyId: string, url: string): Promise<string> {
  const agency = await ctx.prisma.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { allowPrivateWebhookAddresses: true } });
  try {
    return (await assertWebhookUrlAllowed(url, agency.allowPrivateWebhookAddresses)).toString();
  } catch (error) {
    if (error instanceof WebhookAddressError) throw new ValidationError([{ field: 'url', message: error.message }]);
    throw error;
  }
}

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  description: 'A new webhook endpoint.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Where to POST events: http(s), a public address unless the agency allows private ones.' }),
    eventTypes: t.stringList({ required: false, description: 'The event types to deliver (see webhookEventTypes); empty or left out: all.' }),
    clientCompanyId: t.id({ required: false, description: "Deliver only this client company's jobs, proposals and interviews." }),
    description: t.string({ required: false, description: 'What the endpoint is for, e.g. "HR system sync".' }),
  }),
});

const createSchema = z.object({
  url: urlSchema,
  eventTypes: eventTypesSchema.nullish(),
  clientCompanyId: z.string().nullish(),
  description: descriptionSchema.nullish(),
});

/** An endpoint and its secret: the answers of createWebhookEndpoint and rotateWebhookSecret, the only times it shows. */
const endpointWithSecret = (name: string, description: string) =>
  builder.objectRef<{ endpointId: string; secret: string }>(name).implement({
    description,
    fields: (t) => ({
      webhookEndpoint: t.prismaField({
        type: 'WebhookEndpoint',
        description: 'The endpoint.',
        resolve: (query, parent, _args, ctx) => ctx.prisma.webhookEndpoint.findUniqueOrThrow({ ...query, where: { id: parent.endpointId } }),
      }),
      secret: t.exposeString('secret', {
        description: 'The `whsec_…` secret to verify signatures with (e.g. `new Webhook(secret).verify(body, headers)`). It cannot be shown again.',
      }),
    }),
  });

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: endpointWithSecret('CreateWebhookEndpointSuccess', 'The new endpoint and its signing secret, shown this once: store it now.'),
    description: 'Registers a webhook endpoint; the answer holds its secret, shown this once. Agency admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateWebhookEndpointInput, required: true, description: 'The URL, event types, client limit and description.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError],
      directResult: true,
      union: { description: answerDescription('createWebhookEndpoint', 'CreateWebhookEndpointSuccess with the endpoint and its secret') },
    },
    resolve: async (_root, { input }, ctx) => {
      const { agencyId, userId } = adminOf(ctx.viewer, 'register webhooks');
      const parsed = parseInput(createSchema, input);
      const clientCompanyId = parsed.clientCompanyId ? await ownClientCompany(ctx.prisma, agencyId, parsed.clientCompanyId) : null;
      const url = await allowedUrl(ctx, agencyId, parsed.url);
      const secret = newSecret();
      const endpoint = await ctx.prisma.webhookEndpoint.create({
        data: { agencyId, clientCompanyId, url, description: parsed.description ?? '', eventTypes: parsed.eventTypes ?? [], secret, createdById: userId },
        select: { id: true },
      });
      return { endpointId: endpoint.id, secret };
    },
  }),
);

/** The client company of this ID in the admin's agency, or NotFound (another agency's reads as missing). */
async function ownClientCompany(prisma: import('@shortlist/db/prisma').PrismaClient, agencyId: string, globalId: string): Promise<string> {
  const id = decodeGlobalIdOf('ClientCompany', globalId, 'client company');
  const company = await prisma.clientCompany.findFirst({ where: { id, agencyId }, select: { id: true } });
  if (!company) throw new NotFoundError('No client company with this ID.');
  return company.id;
}

/** The endpoint of this ID in the admin's agency, or NotFound (another agency's reads as missing: no existence oracle). */
async function ownEndpoint(prisma: import('@shortlist/db/prisma').PrismaClient, agencyId: string, globalId: string) {
  const id = decodeGlobalIdOf('WebhookEndpoint', globalId, 'webhook endpoint');
  const endpoint = await prisma.webhookEndpoint.findFirst({ where: { id, agencyId }, select: { id: true, disabledAt: true } });
  if (!endpoint) throw new NotFoundError('No webhook endpoint with this ID.');
  return endpoint;
}

const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'Changes to an endpoint; fields left out stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The endpoint to change.' }),
    url: t.string({ required: false, description: 'A new URL (checked as at registration).' }),
    eventTypes: t.stringList({ required: false, description: 'The event types to deliver; empty: all.' }),
    description: t.string({ required: false, description: 'A new description.' }),
    clientCompanyId: t.id({
      required: false,
      description: "Deliver only this client company's jobs, proposals and interviews from now on; null delivers every client's again (and candidate events). Left out: unchanged.",
    }),
    isEnabled: t.boolean({
      required: false,
      description: 'false pauses deliveries (pending ones wait); true resumes them and clears the reason it was disabled.',
    }),
  }),
});

const updateSchema = z.object({
  id: z.string(),
  url: urlSchema.nullish(),
  eventTypes: eventTypesSchema.nullish(),
  description: descriptionSchema.nullish(),
  clientCompanyId: z.string().nullish(),
  isEnabled: z.boolean().nullish(),
});

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.prismaField({
    type: 'WebhookEndpoint',
    description: "Changes an endpoint's URL, event types, client limit or description, or pauses / re-enables it. Agency admins only.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateWebhookEndpointInput, required: true, description: 'The endpoint and what changes.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError],
      union: { description: answerDescription('updateWebhookEndpoint', 'UpdateWebhookEndpointSuccess with the changed endpoint') },
      result: { description: 'Returned when updateWebhookEndpoint worked: the endpoint as it is now.' },
      dataField: { name: 'webhookEndpoint', description: 'The endpoint as it is now.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const admin = adminOf(ctx.viewer, 'change webhooks');
      const parsed = parseInput(updateSchema, input);
      const endpoint = await ownEndpoint(ctx.prisma, admin.agencyId, parsed.id);
      const url = parsed.url == null ? undefined : await allowedUrl(ctx, admin.agencyId, parsed.url);
      const clientCompanyId =
        parsed.clientCompanyId === undefined ? undefined : parsed.clientCompanyId === null ? null : await ownClientCompany(ctx.prisma, admin.agencyId, parsed.clientCompanyId);
      const enabling =
        parsed.isEnabled == null
          ? {}
          : parsed.isEnabled
            ? { disabledAt: null, disabledReason: null }
            : endpoint.disabledAt
              ? {}
              : { disabledAt: new Date(), disabledReason: 'Paused by an agency admin.' };
      return ctx.prisma.webhookEndpoint.update({
        ...nonEmptyQuery(query),
        where: { id: endpoint.id },
        data: {
          ...(url === undefined ? {} : { url }),
          ...(parsed.eventTypes == null ? {} : { eventTypes: parsed.eventTypes }),
          ...(parsed.description == null ? {} : { description: parsed.description }),
          ...(clientCompanyId === undefined ? {} : { clientCompanyId }),
          ...enabling,
        },
      });
    },
  }),
);

const RotateWebhookSecretInput = builder.inputType('RotateWebhookSecretInput', {
  description: 'Which endpoint gets a new secret, and how long the old one keeps signing.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The endpoint whose secret is replaced.' }),
    overlapHours: t.int({
      required: false,
      defaultValue: 24,
      description: 'Hours during which deliveries carry a signature with the old secret too (0–168); 0 retires it at once.',
    }),
  }),
});

builder.mutationField('rotateWebhookSecret', (t) =>
  t.field({
    type: endpointWithSecret('RotateWebhookSecretSuccess', 'The endpoint and its new signing secret, shown this once: store it now.'),
    description: 'Gives an endpoint a new secret (shown this once). The old one still signs until the overlap ends. Agency admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RotateWebhookSecretInput, required: true, description: 'The endpoint and the overlap.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError],
      directResult: true,
      union: { description: answerDescription('rotateWebhookSecret', 'RotateWebhookSecretSuccess with the endpoint and its new secret') },
    },
    resolve: async (_root, { input }, ctx) => {
      const admin = adminOf(ctx.viewer, 'rotate webhook secrets');
      const { id, overlapHours } = parseInput(
        z.object({ id: z.string(), overlapHours: z.number().int().min(0, 'At least 0 hours.').max(MAX_OVERLAP_HOURS, 'At most 168 hours (a week).').nullish() }),
        input,
      );
      const endpoint = await ownEndpoint(ctx.prisma, admin.agencyId, id);
      const current = await ctx.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id }, select: { secret: true } });
      const hours = overlapHours ?? 24;
      const secret = newSecret();
      await ctx.prisma.webhookEndpoint.update({
        where: { id: endpoint.id },
        data: {
          secret,
          previousSecret: hours > 0 ? current.secret : null,
          previousSecretExpiresAt: hours > 0 ? new Date(Date.now() + hours * HOUR) : null,
        },
        select: { id: true },
      });
      return { endpointId: endpoint.id, secret };
    },
  }),
);

const DeleteWebhookEndpointInput = builder.inputType('DeleteWebhookEndpointInput', {
  description: 'The endpoint to delete, with its deliveries and their log.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The endpoint to delete.' }) }),
});

const DeletedWebhookEndpoint = builder.objectRef<{ deletedId: string }>('DeleteWebhookEndpointSuccess').implement({
  description: 'The endpoint is gone; nothing more is delivered to it.',
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'The ID the endpoint had.' }) }),
});

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.field({
    type: DeletedWebhookEndpoint,
    description: 'Deletes an endpoint with its deliveries. Agency admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: DeleteWebhookEndpointInput, required: true, description: 'The endpoint.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError],
      directResult: true,
      union: { description: answerDescription('deleteWebhookEndpoint', 'DeleteWebhookEndpointSuccess with the deleted ID') },
    },
    resolve: async (_root, { input }, ctx) => {
      const admin = adminOf(ctx.viewer, 'delete webhooks');
      const endpoint = await ownEndpoint(ctx.prisma, admin.agencyId, String(input.id));
      await ctx.prisma.webhookEndpoint.deleteMany({ where: { id: endpoint.id, agencyId: admin.agencyId } });
      return { deletedId: String(input.id) };
    },
  }),
);

const RedeliverWebhookDeliveryInput = builder.inputType('RedeliverWebhookDeliveryInput', {
  description: 'The delivery to send again now.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The delivery to send again (its `WebhookDelivery.id`).' }) }),
});

builder.mutationField('redeliverWebhookDelivery', (t) =>
  t.prismaField({
    type: 'WebhookDelivery',
    description:
      'Sends a delivery again now, whatever its status, and records the attempt as manual; a 2xx marks it SUCCEEDED. Same `webhook-id` and body. Agency admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RedeliverWebhookDeliveryInput, required: true, description: 'The delivery.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError],
      union: { description: answerDescription('redeliverWebhookDelivery', 'RedeliverWebhookDeliverySuccess with the delivery and its new attempt') },
      result: { description: 'Returned when redeliverWebhookDelivery sent the delivery again: the delivery, with the manual attempt in `attempts` (its status says whether the receiver took it).' },
      dataField: { name: 'webhookDelivery', description: 'The delivery, with the new attempt.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const admin = adminOf(ctx.viewer, 'redeliver webhooks');
      const id = decodeGlobalIdOf('WebhookDelivery', String(input.id), 'webhook delivery');
      const sql = sqlOverPrisma(ctx.prisma);
      const delivery = await readDeliveryForSending(sql, id);
      if (!delivery || delivery.agencyId !== admin.agencyId) throw new NotFoundError('No webhook delivery with this ID.');
      await recordManualAttempt(sql, id, await sendDelivery(delivery));
      return ctx.prisma.webhookDelivery.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
);

const SendTestWebhookInput = builder.inputType('SendTestWebhookInput', {
  description: 'The endpoint to send a `webhook.test` event to.',
  fields: (t) => ({ endpointId: t.id({ required: true, description: 'The endpoint (its `WebhookEndpoint.id`).' }) }),
});

builder.mutationField('sendTestWebhook', (t) =>
  t.prismaField({
    type: 'WebhookDelivery',
    description:
      "Sends a `webhook.test` event to an endpoint now (also a paused or disabled one), signed like every other event, so an admin can check the receiver; it is recorded in the endpoint's deliveries, not in the change log, and never retried. Agency admins only.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: SendTestWebhookInput, required: true, description: 'The endpoint.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError],
      union: { description: answerDescription('sendTestWebhook', 'SendTestWebhookSuccess with the test delivery and its attempt') },
      result: {
        description:
          "Returned when sendTestWebhook sent the event: the delivery, SUCCEEDED if the receiver answered 2xx, FAILED otherwise, with the attempt's answer or error.",
      },
      dataField: { name: 'webhookDelivery', description: 'The test delivery, with its one attempt.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const admin = adminOf(ctx.viewer, 'send test webhooks');
      const { id: endpointId } = await ownEndpoint(ctx.prisma, admin.agencyId, String(input.endpointId));
      const delivery = await sendTestEvent(ctx.prisma, endpointId, encodeGlobalID('WebhookEndpoint', endpointId));
      return ctx.prisma.webhookDelivery.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: delivery.id } });
    },
  }),
);
