import SchemaBuilder, { BasePlugin, decodeCursorChunk, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONNECTION_ARGUMENTS = ['after', 'before', 'first', 'last'] as const;

/**
 * The rules every connection follows, in one place rather than per resolver:
 * - `first` and `last` together are refused (Pothos would quietly page from one end).
 * - A cursor carries the list it came from (`Query.jobs`, `Job.proposals`), and `after`/`before` take only a cursor of
 *   the same list. Pothos's own cursors are bare row IDs, so another list's cursor (or a deleted row's) used to give a
 *   silent empty page, which a partner's sync reads as "nothing more".
 * The checks run as an argument mapper, which Pothos applies both before the resolver and when the Prisma plugin
 * plans a parent's query that loads the connection ahead (relatedConnection), so both see the plain cursor.
 * A field that handles its own cursors (the change feed) sets `extensions: { ownCursors: true }`.
 * It also describes the `totalCount` field the Prisma plugin adds to a connection.
 */
export class ConnectionArgumentsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> | null {
    // The Prisma plugin's `totalCount: true` adds this field with no way to describe it.
    if (fieldConfig.extensions?.pothosPrismaTotalCount === true && !fieldConfig.description) {
      return { ...fieldConfig, description: 'How many entries the whole list has with the same arguments, not only this page.' };
    }
    if (!isConnectionField(fieldConfig)) return fieldConfig;
    const list = `${fieldConfig.parentType}.${fieldConfig.name}`;
    const ownCursors = fieldConfig.extensions?.ownCursors === true;
    return {
      ...fieldConfig,
      argMappers: [
        ...fieldConfig.argMappers,
        (args) => {
          if (args.first != null && args.last != null) {
            throw badInput('Pass either first or last, not both: first pages from the start (with after), last from the end (with before).', {
              argument: 'last',
            });
          }
          if (ownCursors) return args;
          return {
            ...args,
            ...(args.after != null && { after: innerCursor(list, args.after, 'after') }),
            ...(args.before != null && { before: innerCursor(list, args.before, 'before') }),
          };
        },
      ],
    };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!isConnectionField(fieldConfig) || fieldConfig.extensions?.ownCursors === true) return resolver;
    const list = `${fieldConfig.parentType}.${fieldConfig.name}`;
    return (parent, args, context, info) => {
      const result = resolver(parent, args, context, info) as unknown;
      return result instanceof Promise ? result.then((page: unknown) => withListCursors(page, list)) : withListCursors(result, list);
    };
  }
}

function isConnectionField(fieldConfig: { args: object }): boolean {
  return CONNECTION_ARGUMENTS.every((name) => name in fieldConfig.args);
}

/** The cursor a client sees: base64url of `<list>:<the connection's own cursor>`. */
export function encodeListCursor(list: string, cursor: string): string {
  return Buffer.from(`${list}:${cursor}`, 'utf8').toString('base64url');
}

function innerCursor(list: string, cursor: unknown, argument: 'after' | 'before'): string {
  const decoded = typeof cursor === 'string' && /^[A-Za-z0-9_-]{1,512}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const inner = decoded.startsWith(`${list}:`) ? decoded.slice(list.length + 1) : '';
  if (!isWellFormed(inner)) {
    throw badInput(`This cursor does not belong to this list: pass as "${argument}" a cursor that ${list} returned.`, {
      argument,
      reason: 'INVALID_CURSOR',
    });
  }
  return inner;
}

// Our own encoding is no signature: a cursor built by hand still has to look like one Pothos issues, so a forged
// row ID reaches neither the database (a malformed UUID is a PostgreSQL error) nor an offset parser as garbage.
function isWellFormed(inner: string): boolean {
  if (inner === '') return false;
  const decoded = Buffer.from(inner, 'base64').toString('utf8');
  if (/^OffsetConnection:(0|[1-9]\d{0,6})$/.test(decoded)) return true;
  if (!decoded.startsWith('GPC:')) return false;
  try {
    const value: unknown = decodeCursorChunk(decoded.slice(4));
    // A single value is a row ID (every model's is a UUID); a tuple is an ordered list's (a date and the ID).
    return typeof value === 'string' ? UUID.test(value) : Array.isArray(value) && value.some((part) => typeof part === 'string' && UUID.test(part));
  } catch {
    return false;
  }
}

type Page = { edges?: Array<{ cursor: string } | null>; pageInfo?: { startCursor?: string | null; endCursor?: string | null } };

function withListCursors(page: unknown, list: string): unknown {
  if (page === null || typeof page !== 'object') return page;
  const { edges, pageInfo } = page as Page;
  const tag = (cursor: string | null | undefined) => (cursor == null ? cursor : encodeListCursor(list, cursor));
  return {
    ...page,
    ...(Array.isArray(edges) && { edges: edges.map((edge) => (edge ? { ...edge, cursor: tag(edge.cursor) } : edge)) }),
    ...(pageInfo && { pageInfo: { ...pageInfo, startCursor: tag(pageInfo.startCursor), endCursor: tag(pageInfo.endCursor) } }),
  };
}

function badInput(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/** The name to list in the builder's `plugins`. */
export const connectionArgumentsPlugin = 'connectionArguments';

SchemaBuilder.registerPlugin(connectionArgumentsPlugin, ConnectionArgumentsPlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      connectionArguments: ConnectionArgumentsPlugin<Types>;
    }
  }
}
