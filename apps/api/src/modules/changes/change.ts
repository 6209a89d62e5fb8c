import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ChangeEntityName } from '@shortlist/db/change-log/read-changes';
import { ChangeEntity, type ActorKind } from '@shortlist/db/prisma';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ActorKindEnum } from '../activity/activity-event.ts';
import { loadVisibleNodes } from '../common/load-visible-nodes.ts';
import { NotAllowedError } from '../errors/errors.ts';
import { decodeChangeCursor, encodeChangeCursor, MAX_POSITION } from './change-cursor.ts';
import { changeFeedScopeOf, readAgencyHeadPosition, readVisibleChange, readVisibleChanges, type VisibleChange } from './read-visible-changes.ts';

/** `first` of `changes`: the page size every connection of the API allows (see http/page-size-limit.ts). */
export const MAX_CHANGES_PAGE = 100;

/** The GraphQL type behind each kind of change-log entity. */
const TYPENAME_OF: Record<ChangeEntityName, string> = { CANDIDATE: 'Candidate', JOB: 'Job', PROPOSAL: 'Proposal', INTERVIEW: 'Interview' };

const ChangeEntityTypeEnum = builder.enumType(ChangeEntity, {
  name: 'ChangeEntityType',
  description: 'The kind of object a change is about.',
  values: {
    CANDIDATE: { description: 'A candidate profile (`Candidate`). Needs candidates:read for a partner key.' },
    JOB: { description: 'A job (`Job`). Needs jobs:read for a partner key.' },
    PROPOSAL: { description: 'A proposal (`Proposal`). Needs proposals:read for a partner key.' },
    INTERVIEW: { description: 'An interview (`Interview`). Needs proposals:read for a partner key.' },
  },
});

const ChangeActorRef = builder.objectRef<{ kind: ActorKind }>('ChangeActor').implement({
  description: 'Who made a change: a person, a partner system, or Shortlist itself (an expiry). No names or contact details.',
  fields: (t) => ({
    kind: t.expose('kind', { type: ActorKindEnum, description: 'USER, API_KEY, or SYSTEM (time-driven changes such as an expiry).' }),
  }),
});

/** The fields a change touched, as far as its entry says: the named fields of an edit, `status` for a transition. */
function changedFieldsOf(change: VisibleChange): string[] {
  const changed = change.data.changed;
  if (Array.isArray(changed)) return changed.filter((field): field is string => typeof field === 'string');
  // A creation (`*.created`, or a transition from nothing: `proposal.proposed`) changed no existing field.
  if (change.kind.endsWith('.created') || change.data.from === null) return [];
  return 'to' in change.data ? ['status'] : [];
}

/** The change at this position, as the viewer's feed shows it; null when it is not in their feed (or not at all). */
async function loadVisibleChange(position: string, ctx: Context): Promise<VisibleChange | null> {
  const scope = changeFeedScopeOf(ctx.viewer);
  const at = BigInt(position);
  if (!scope || at >= MAX_POSITION) return null;
  return readVisibleChange(ctx.prisma, scope, at);
}

const ChangeRef = builder.node(builder.objectRef<VisibleChange>('Change'), {
  description:
    "One entry of the agency's change log: what changed, when and by whom. Read the object itself through `entity`. Readable through `node(id:)` by whoever's `changes` feed shows it.",
  id: {
    resolve: (change) => change.position.toString(),
    description: "The change's global ID, made from its position; `node(id:)` reads it again.",
  },
  // Who may read the feed; which changes each of them sees is decided where changes are read (readVisibleChanges).
  authScopes: (_change, ctx) => changeFeedScopeOf(ctx.viewer) !== null,
  loadWithoutCache: (id, ctx) => loadVisibleChange(String(id), ctx),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'position' in value && 'entityId' in value && 'kind' in value,
  extensions: { nodeIdPattern: /^[1-9]\d{0,18}$/ },
  fields: (t) => ({
    position: t.string({
      description: 'Where the change stands in the log: strictly increasing in commit order (a decimal integer, may exceed 2^53). Use it to drop repeats.',
      resolve: (change) => change.position.toString(),
    }),
    kind: t.exposeString('kind', { description: '`<entity>.<what happened>`, e.g. "candidate.updated", "proposal.accepted", "proposal.expired".' }),
    entityType: t.field({ type: ChangeEntityTypeEnum, description: 'The kind of object changed.', resolve: (change) => change.entity }),
    entityId: t.id({
      description: 'The global ID of the object changed (the one `node(id:)` takes), also when it is gone.',
      resolve: (change) => encodeGlobalID(TYPENAME_OF[change.entity], change.entityId),
    }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When the change was committed.' }),
    updatedAt: t.expose('occurredAt', { type: 'DateTime', description: 'The same as occurredAt: an entry of the change log never changes.' }),
    fields: t.stringList({
      description: 'The fields the change touched when the log names them (an edit), `["status"]` for a transition, empty for a creation.',
      resolve: changedFieldsOf,
    }),
    actor: t.field({
      type: ChangeActorRef,
      description: 'Who made the change.',
      resolve: (change): { kind: ActorKind } => ({ kind: change.actorUserId ? 'USER' : change.actorApiKeyId ? 'API_KEY' : 'SYSTEM' }),
    }),
    entity: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The object as it is now, under the same rules as `node(id:)`: null when it is gone or not visible to you.',
      resolve: async (change, _args, ctx, info) =>
        (await loadVisibleNodes(builder, ctx, info, [{ typename: TYPENAME_OF[change.entity], id: change.entityId }]))[0] as never,
    }),
  }),
});

const ChangeEdgeRef = builder.objectRef<{ cursor: string; node: VisibleChange }>('ChangeEdge').implement({
  description: 'A change and its cursor.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Pass as `after` to read the changes after this one, or as `before` for those before it.' }),
    node: t.field({ type: ChangeRef, description: 'The change.', resolve: (edge) => edge.node }),
  }),
});

type ChangePage = {
  edges: Array<{ cursor: string; node: VisibleChange }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  agencyId: string;
};

const ChangeConnectionRef = builder.objectRef<ChangePage>('ChangeConnection').implement({
  description: 'A page of changes, oldest first.',
  fields: (t) => ({
    edges: t.field({ type: [ChangeEdgeRef], description: 'The changes on this page, oldest first.', resolve: (page) => page.edges }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description:
        '`hasNextPage`: more changes you may see follow (ask again with `after: endCursor` right away). `hasPreviousPage` (paging back with `last`): older ones precede. `endCursor` is null for an empty page: keep the cursor you sent.',
      resolve: (page) => ({
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? null,
      }),
    }),
    headCursor: t.string({
      description:
        "The cursor of the agency's latest change right now. Save it before a full sync, then follow `changes(after:)` from it: nothing committed after it is missed.",
      resolve: async (page, _args, ctx) => encodeChangeCursor(await readAgencyHeadPosition(ctx.prisma, page.agencyId)),
    }),
  }),
});

const badInput = (message: string, argument: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

builder.queryField('changes', (t) =>
  t.field({
    type: ChangeConnectionRef,
    description:
      "The agency's changes after a cursor, oldest first, so a partner can keep a mirror current with one cursor. At least once: a change " +
      'may be repeated (de-duplicate by `position`), none is skipped. Agency staff see every change; a partner key the entity types its ' +
      'scopes read (jobs:read: JOB; candidates:read: CANDIDATE; proposals:read: PROPOSAL and INTERVIEW), only its client’s when limited. ' +
      '`last` (with `before`, or alone for the latest) pages backwards, still listing each page oldest first.',
    // Staff, and a partner key with any read scope (it follows the types it reads); candidates are refused.
    authScopes: (_root, _args, ctx) => changeFeedScopeOf(ctx.viewer) !== null,
    // Its cursors are change-log positions, valid for any selection of types and kinds (connection-arguments-plugin.ts).
    extensions: { ownCursors: true },
    args: {
      after: t.arg.string({ required: false, description: 'Read the changes after this cursor (a `cursor`, `endCursor` or `headCursor`); omit to read from the start.' }),
      before: t.arg.string({ required: false, description: 'Read the changes before this cursor, with `last`; omit (with `last`) to read the latest.' }),
      first: t.arg.int({ required: false, description: `How many changes from \`after\` on, 1 to ${MAX_CHANGES_PAGE} (${MAX_CHANGES_PAGE} when neither first nor last is given).` }),
      last: t.arg.int({ required: false, description: `How many changes up to \`before\` (or the latest), 1 to ${MAX_CHANGES_PAGE}.` }),
      types: t.arg({ type: [ChangeEntityTypeEnum], required: false, description: 'Only changes of these entity types (within what you may see).' }),
      kinds: t.arg.stringList({ required: false, description: 'Only changes of these kinds, e.g. ["proposal.accepted", "proposal.expired"].' }),
    },
    resolve: async (_root, args, ctx) => {
      const scope = changeFeedScopeOf(ctx.viewer);
      if (!scope) throw new NotAllowedError();
      if (args.after != null && args.before != null) throw badInput('Pass either after or before, not both.', 'before');
      if (args.after != null && args.last != null) throw badInput('"after" pages forwards: pass "first" with it, not "last".', 'last');
      if (args.before != null && args.first != null) throw badInput('"before" pages backwards: pass "last" with it, not "first".', 'first');
      const isBackward = args.last != null || args.before != null;
      const size = (isBackward ? args.last : args.first) ?? MAX_CHANGES_PAGE;
      const after = args.after == null ? 0n : decodeChangeCursor(args.after);
      const before = args.before == null ? null : decodeChangeCursor(args.before, 'before');
      const rows = await readVisibleChanges(ctx.prisma, scope, {
        after,
        before,
        newestFirst: isBackward,
        limit: size + 1,
        entities: args.types,
        kinds: args.kinds,
      });
      const page = isBackward ? rows.slice(0, size).reverse() : rows.slice(0, size);
      const isCut = rows.length > size;
      return {
        edges: page.map((node) => ({ cursor: encodeChangeCursor(node.position), node })),
        // Backwards, the change at `before` (seen by the caller, who holds its cursor) follows the page.
        hasNextPage: isBackward ? args.before != null : isCut,
        hasPreviousPage: isBackward ? isCut : after > 0n,
        agencyId: scope.agencyId,
      };
    },
  }),
);
