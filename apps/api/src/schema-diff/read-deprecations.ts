import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Everything deprecated in a schema, keyed by the path the schema differ uses for it (`Job.company`,
 * `Query.jobs.status` for an argument, `JobStatus.DRAFT`, `JobInput.company`), with its deprecation reason.
 */
export function readDeprecations(schema: GraphQLSchema): Map<string, string> {
  const deprecations = new Map<string, string>();
  const note = (path: string, reason: string | null | undefined) => {
    if (reason != null) deprecations.set(path, reason);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        note(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) note(`${type.name}.${field.name}.${arg.name}`, arg.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) note(`${type.name}.${field.name}`, field.deprecationReason);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) note(`${type.name}.${value.name}`, value.deprecationReason);
    }
  }
  return deprecations;
}
