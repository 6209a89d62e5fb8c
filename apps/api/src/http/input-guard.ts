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
          const { leftToSchema, unsafeLiterals } = documentChecks(document, operation);
          for (const [name, value] of Object.entries(variables)) {
            if (leftToSchema.has(name)) continue;
            refuse(findUnsafeStrings(value, [`$${name}`]));
          }
          refuse(unsafeLiterals);
        },
      };
    },
  };
}

interface DocumentChecks {
  /** Variables only the mutation's own arguments use: the schema's input guard checks them. */
  leftToSchema: Set<string>;
  /** The first literal argument's unsafe strings, or none. */
  unsafeLiterals: UnsafeString[];
}

// Apollo keeps each parsed and validated document, so a client's repeated query arrives as the same nodes: what the
// document alone decides (its literal arguments) is worked out once, not walked again on every request.
const checksByOperation = new WeakMap<DocumentNode, WeakMap<OperationDefinitionNode | typeof NO_OPERATION, DocumentChecks>>();
const NO_OPERATION = {};

function documentChecks(document: DocumentNode, operation: OperationDefinitionNode | null | undefined): DocumentChecks {
  let byOperation = checksByOperation.get(document);
  if (!byOperation) checksByOperation.set(document, (byOperation = new WeakMap()));
  let checks = byOperation.get(operation ?? NO_OPERATION);
  if (!checks) {
    const leftToSchema = mutationArguments(operation);
    let unsafeLiterals: UnsafeString[] = [];
    for (const { fieldName, argument } of literalArguments(document, leftToSchema.arguments)) {
      unsafeLiterals = findUnsafeStrings(valueFromASTUntyped(argument.value), [`${fieldName}(${argument.name.value})`]);
      if (unsafeLiterals.length > 0) break;
    }
    checks = { leftToSchema: leftToSchema.variables, unsafeLiterals };
    byOperation.set(operation ?? NO_OPERATION, checks);
  }
  return checks;
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
