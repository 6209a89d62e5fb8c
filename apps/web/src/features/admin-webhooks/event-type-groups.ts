/** The event types as the API lists them ("proposal.accepted"), with what each means. */
export type EventTypeInfo = { type: string; description: string };

export type EventTypeGroup = { name: string; types: EventTypeInfo[] };

/** The heading of each kind of object's events, in the order the form shows them; anything new comes last. */
const GROUP_NAMES: Record<string, string> = {
  proposal: 'Proposals',
  interview: 'Interviews',
  candidate: 'Candidates',
  job: 'Jobs',
};

/**
 * The API's event types grouped by the object they are about (the part before the dot), in the API's order within
 * a group: proposals first (what most partners follow), then interviews, candidates and jobs.
 */
export function groupEventTypes(types: readonly EventTypeInfo[]): EventTypeGroup[] {
  const groups = new Map<string, EventTypeGroup>();
  for (const info of types) {
    const kind = info.type.split('.')[0] ?? info.type;
    const group = groups.get(kind) ?? { name: GROUP_NAMES[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1), types: [] };
    group.types.push(info);
    groups.set(kind, group);
  }
  const order = Object.keys(GROUP_NAMES);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, group]) => group);
}
