import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types['Context'], object>;

interface DatamodelField {
  name: string;
  kind: string;
}

/**
 * What the prisma plugin's own wrapper would be skipped for: each field exposing one scalar or enum column of a
 * type in select mode (`t.exposeString('fullName')` on a `prismaObject` with a `select`), keyed by its field config,
 * with the resolver under that wrapper. Filled by the inner half, read by the outer half of the same build.
 */
const resolverUnderPrisma = new WeakMap<object, { column: string; resolve: Resolver<SchemaTypes> }>();

/**
 * A column the query already loaded is answered from the row. In select mode the prisma plugin wraps every exposed
 * column to look up, per row, which planned query loaded it (and so whether the row carries it) before resolving,
 * and falls back to loading it when the row does not. For a column that work only tells what the row already says:
 * Prisma leaves a column it did not select out of the row (`undefined`) and gives `null` for a loaded empty one. On
 * the recruiter's job page that was ~250 lookups per request (each candidate's name, headline, city; each proposal's
 * dates) and about 5 % of the API's CPU per page. A row without the column still takes the plugin's path, fallback
 * load included.
 *
 * Two halves around the prisma plugin in the builder's `plugins`: the inner one (listed right after it) keeps the
 * resolver the prisma plugin is given, with every inner plugin's wrapper; the outer one (listed right before it)
 * answers from the row through that resolver, or through the prisma plugin's wrapper when the column is missing.
 * Every plugin listed before (errors, scope-auth, validation) still wraps both paths.
 */
export class LoadedColumnsInnerPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    const column = exposedColumnOf(this.builder, this.buildCache, fieldConfig);
    if (column) resolverUnderPrisma.set(fieldConfig, { column, resolve: resolver as Resolver<SchemaTypes> });
    return resolver;
  }
}

export class LoadedColumnsOuterPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    const under = resolverUnderPrisma.get(fieldConfig);
    if (!under) return resolver;
    const { column, resolve } = under;
    return (parent, args, context, info) =>
      (parent as Record<string, unknown>)[column] !== undefined ? resolve(parent, args, context, info) : resolver(parent, args, context, info);
  }
}

/** The column a field exposes, when it is a scalar or enum column of a select-mode prisma type; else null. */
function exposedColumnOf<Types extends SchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
  buildCache: BasePlugin<Types>['buildCache'],
  fieldConfig: PothosOutputFieldConfig<Types>,
): string | null {
  if (fieldConfig.kind !== 'PrismaObject') return null;
  const extensions = fieldConfig.extensions ?? {};
  const column = extensions.pothosPrismaVariant;
  const select = extensions.pothosPrismaSelect;
  // What `t.expose*` on a select-mode type sets: the column's name, and a select of exactly that column.
  if (typeof column !== 'string' || !select || typeof select !== 'object' || Object.keys(select).join() !== column) return null;
  if ((select as Record<string, unknown>)[column] !== true) return null;
  if (extensions.pothosPrismaLoaded || extensions.pothosPrismaFallback) return null;
  const model = buildCache.getTypeConfig(fieldConfig.parentType).extensions?.pothosPrismaModel;
  const dmmf = (builder.options as { prisma?: { dmmf?: { datamodel?: { models?: Record<string, { fields: DatamodelField[] }> } } } }).prisma?.dmmf;
  const field = typeof model === 'string' ? dmmf?.datamodel?.models?.[model]?.fields.find((f) => f.name === column) : undefined;
  return field && (field.kind === 'scalar' || field.kind === 'enum') ? column : null;
}

/** The names to list in the builder's `plugins`: the outer one right before the prisma plugin, the inner one right after. */
export const loadedColumnsOuterPlugin = 'loadedColumnsOuter';
export const loadedColumnsInnerPlugin = 'loadedColumnsInner';

SchemaBuilder.registerPlugin(loadedColumnsOuterPlugin, LoadedColumnsOuterPlugin);
SchemaBuilder.registerPlugin(loadedColumnsInnerPlugin, LoadedColumnsInnerPlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      loadedColumnsOuter: LoadedColumnsOuterPlugin<Types>;
      loadedColumnsInner: LoadedColumnsInnerPlugin<Types>;
    }
  }
}
