import { getNamedType, isObjectType, type GraphQLNamedType } from 'graphql';

/** A Relay connection: an object type with `edges` and `pageInfo` (Pothos names them `…Connection`). */
export function isConnectionType(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return fields.edges !== undefined && fields.pageInfo !== undefined && isObjectType(getNamedType(fields.pageInfo.type));
}
