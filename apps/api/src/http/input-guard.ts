import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, valueFromASTUntyped, visit, type ArgumentNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { findUnsafeStrings, MAX_STRING_LENGTH, type UnsafeString } from './input-guard-rules.ts';

/**
 * The edge guard, a backstop for every input no schema rule covers (filters, search boxes, IDs): a request whose
 * variables or literal arguments hold a control character (other than tab, newline, carriage return) or a string
 * over 20,000 characters is refused with a 400 naming the path, before anything runs. A mutation's own arguments
 * are left to the input guard in the schema (input-guard-plugin.ts), which answers a typed per-field
 * ValidationError instead, so a form can show it next to the field.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation }) {
          const variables = request.variables ?? {};
          const leftToSchema = mutationArguments(operation);
          for (const [name, value] of Object.entries(variables)) {
            if (leftToSchema.variables.has(name)) continue;
            refuse(findUnsafeStrings(value, [`$${name}`]));
          }
          for (const { fieldName, argument } of literalArguments(document, leftToSchema.arguments)) {
            refuse(findUnsafeStrings(valueFromASTUntyped(argument.value), [`${fieldName}(${argument.name.value})`]));
          }
        },
      };
    },
  };
}

function refuse(unsafe: UnsafeString[]) {
  const [first] = unsafe;
  if (!first) return;
  const where = first.path.map((part, i) => (i === 0 ? part : typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');
  throw new GraphQLError(
    first.problem === 'control-character'
      ? `${where} contains a control character (such as a NUL byte); text may only hold tabs and line breaks.`
      : `${where} is longer than ${MAX_STRING_LENGTH.toLocaleString('en')} characters.`,
    { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
  );
}

/** The root fields of a mutation: their arguments (and the variables they use) are checked by the schema. */
function mutationArguments(operation: OperationDefinitionNode | null | undefined) {
  const variables = new Set<string>();
  const argumentNodes = new Set<unknown>();
  if (operation?.operation === 'mutation') {
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      for (const argument of selection.arguments ?? []) {
        argumentNodes.add(argument);
        visit(argument, { Variable: (node) => void variables.add(node.name.value) });
      }
    }
  }
  return { variables, arguments: argumentNodes };
}

function literalArguments(document: DocumentNode, skipped: Set<unknown>) {
  const found: Array<{ fieldName: string; argument: ArgumentNode }> = [];
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        if (!skipped.has(argument)) found.push({ fieldName: field.name.value, argument });
      }
    },
  });
  return found;
}
