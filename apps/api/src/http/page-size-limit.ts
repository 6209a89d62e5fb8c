import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError, Kind, valueFromASTUntyped, visit, type ArgumentNode, type ASTNode, type ValueNode } from 'graphql';

export const MAX_PAGE_SIZE = 100;

/**
 * Connections take `first`/`last` from 1 to 100. Pothos would silently clamp a larger page; a partner asking
 * for 100,000 rows should instead learn the limit, so the whole request is refused with a 400.
 */
export function pageSizeLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          // Coerced, so a variable's default counts too (`query($n: Int = 1000)` would otherwise be clamped silently).
          const coerced = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).coerced : undefined;
          const variables = coerced ?? request.variables ?? {};
          for (const node of pageSizeArguments(operation ?? document)) {
            const value = valueOf(node.value, variables);
            if (typeof value !== 'number') continue;
            if (value < 1 || value > MAX_PAGE_SIZE) {
              throw new GraphQLError(
                `"${node.name.value}" must be between 1 and ${MAX_PAGE_SIZE}; got ${value}. Page through larger results with "after".`,
                { nodes: [node], extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
              );
            }
          }
        },
      };
    },
  };
}

// Apollo keeps each parsed and validated document, so a client's repeated query arrives as the same nodes: its
// `first`/`last` arguments are found once, and only their values are read on each request.
const argumentsByNode = new WeakMap<ASTNode, ArgumentNode[]>();

function pageSizeArguments(root: ASTNode): ArgumentNode[] {
  let found = argumentsByNode.get(root);
  if (!found) {
    const list: ArgumentNode[] = [];
    visit(root, {
      Argument(node) {
        if (node.name.value === 'first' || node.name.value === 'last') list.push(node);
      },
    });
    argumentsByNode.set(root, (found = list));
  }
  return found;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return valueFromASTUntyped(node);
}
