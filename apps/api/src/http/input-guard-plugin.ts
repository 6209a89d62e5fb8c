import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { ValidationError } from '../modules/errors/expected-errors.ts';
import { describeUnsafeString, findUnsafeStrings } from './input-guard-rules.ts';

/**
 * Mutation arguments with a control character or an oversized string answer a typed ValidationError naming the
 * field, so a form can show it next to the field (the edge guard, input-guard.ts, answers a 400 for anything
 * else). Registered after scope-auth, so a caller who may not use the mutation learns nothing from it.
 */
export class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.parentType !== 'Mutation' || Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, context, info) => {
      const unsafe = findUnsafeStrings(args);
      if (unsafe.length > 0) {
        throw new ValidationError(
          // The single input argument is implied, as in parseInput's paths: "input.slots.0.location" is "slots.0.location".
          unsafe.map((entry) => ({ field: entry.path.slice(entry.path[0] === 'input' ? 1 : 0).join('.') || 'input', message: describeUnsafeString(entry) })),
        );
      }
      return resolver(parent, args, context, info);
    };
  }
}

/** The name to list in the builder's `plugins`, as each Pothos plugin package exports its own. */
export const inputGuardPlugin = 'inputGuard';

SchemaBuilder.registerPlugin(inputGuardPlugin, InputGuardPlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
    }
  }
}
