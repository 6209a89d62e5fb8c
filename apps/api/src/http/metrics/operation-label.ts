import type { AccessRecord } from '../logging/access-record.ts';

/**
 * The `operation` label for a GraphQL request, with bounded cardinality: operation names are chosen by clients, so
 * the first `max` distinct names of valid operations get a series each and any later one is folded into "(other)";
 * nameless operations are "(anonymous)" and documents that never validated "(invalid)", whatever name they claimed.
 */
export function createOperationLabel(max = 100) {
  const known = new Set<string>();
  return (access: AccessRecord): string => {
    if (!access.operationType) return '(invalid)';
    const name = access.operationName;
    if (!name) return '(anonymous)';
    if (known.has(name)) return name;
    if (known.size >= max) return '(other)';
    known.add(name);
    return name;
  };
}
