import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import { followCandidateMerge } from '../duplicates/follow-candidate-merge.ts';

// Every node type is keyed by a UUID, or a pair of them (a Match: "<job>:<candidate>"), unless it says otherwise.
const UUID_OR_PAIR = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/i;

type Builder = Parameters<typeof resolveNodes>[0];
type ParsedGlobalId = { typename: string; id: string };
type TypeScopes = (value: unknown, ctx: Context) => boolean | Promise<boolean>;

/**
 * The objects behind `node(id)`/`nodes(ids)`, each one null unless it exists and the viewer may see it. A missing
 * object, another tenant's and an ID of a type that is not a node all read the same (null, no error): an error
 * for one of them would tell a prober which IDs exist. Each ID is loaded on its own so one bad ID never blanks the
 * others; Prisma batches the lookups of one tick into one query per model.
 */
export function loadVisibleNodes(
  // The schema builder; typed loosely because builder.ts passes itself while its own type is still being inferred.
  schemaBuilder: object,
  ctx: Context,
  info: GraphQLResolveInfo,
  ids: ReadonlyArray<ParsedGlobalId | null | undefined>,
): Promise<unknown[]> {
  const builder = schemaBuilder as Builder;
  return Promise.all(ids.map((id) => (id ? loadVisibleNode(builder, ctx, info, id) : null)));
}

async function loadVisibleNode(builder: Builder, ctx: Context, info: GraphQLResolveInfo, globalId: ParsedGlobalId): Promise<unknown> {
  const node = nodeTypeOf(builder, globalId.typename);
  // An ID of the wrong shape cannot exist (and a NUL byte, or text where a UUID is stored, would make PostgreSQL fail).
  if (!node || !node.idPattern.test(globalId.id)) return null;
  const { scopes } = node;
  let value: unknown;
  try {
    [value] = await resolveNodes(builder, ctx, info, [globalId]);
  } catch (error) {
    if (!isRecordNotFound(error)) throw error;
    value = null;
  }
  if (value == null) {
    // A merged candidate's old ID resolves to the profile it was merged into (issue 14), under the same visibility.
    const survivorId = globalId.typename === 'Candidate' ? await followCandidateMerge(ctx.prisma, globalId.id) : null;
    return survivorId ? loadVisibleNode(builder, ctx, info, { typename: 'Candidate', id: survivorId }) : null;
  }
  return (await scopes(value, ctx)) === true ? value : null;
}

/**
 * The node type's own visibility rule and the shape of its IDs, or null when the name is not a node type guarded by
 * a rule. IDs are UUIDs (or pairs) unless the type says otherwise with `extensions: { nodeIdPattern }` (a skill's
 * slug, a change's position).
 */
function nodeTypeOf(builder: Builder, typename: string): { scopes: TypeScopes; idPattern: RegExp } | null {
  if (!builder.configStore.hasConfig(typename)) return null;
  const config = builder.configStore.getTypeConfig(typename);
  if (config.kind !== 'Object') return null;
  const options = config.pothosOptions as { authScopes?: unknown; loadWithoutCache?: unknown; loadOne?: unknown; loadMany?: unknown };
  const isLoadable = Boolean(options.loadWithoutCache ?? options.loadOne ?? options.loadMany);
  // A node type without a rule of its own is refused rather than shown to everyone.
  if (!isLoadable || typeof options.authScopes !== 'function') return null;
  const idPattern = config.extensions?.nodeIdPattern;
  return { scopes: options.authScopes as TypeScopes, idPattern: idPattern instanceof RegExp ? idPattern : UUID_OR_PAIR };
}

function isRecordNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2025';
}
