import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

const webSources = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'src');
/** Apollo Client's own directives: the server does not know them (the client strips them before sending). */
const CLIENT_DIRECTIVES = new Set(['unmask', 'client', 'connection', 'nonreactive']);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'gql') yield* sourceFiles(join(dir, entry.name));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield join(dir, entry.name);
  }
}

/** Every `graphql(\`…\`)` document the web app's sources declare, parsed. */
function webDefinitions(): DefinitionNode[] {
  const definitions: DefinitionNode[] = [];
  for (const file of sourceFiles(webSources)) {
    for (const [, text] of readFileSync(file, 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)) definitions.push(...parse(text!).definitions);
  }
  return definitions;
}

/** The names of every operation (query, mutation) the web app declares. */
export function webAppOperationNames(): string[] {
  return webDefinitions().flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
}

/**
 * The operation `name` exactly as the web app sends it: read from its component sources (not the generated code,
 * which needs the web app's codegen first), with the fragments it spreads, directly or through other fragments.
 * Tests that count statements use it, so a field a screen adds shows up there.
 */
export function webAppOperation(name: string): string {
  const definitions = webDefinitions();
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`the web app declares no operation ${name}`);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const used: FragmentDefinitionNode[] = [];
  const pending: DefinitionNode[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment) throw new Error(`${name} spreads ${spread.name.value}, which the web app does not declare`);
        if (used.includes(fragment)) return;
        used.push(fragment);
        pending.push(fragment);
      },
    });
  }
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used] };
  return print(visit(document, { Directive: (directive) => (CLIENT_DIRECTIVES.has(directive.name.value) ? null : undefined) }));
}
