import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'vite';

/**
 * `graphql(\`query X { … }\`)` calls, as written with the client preset. Only plain template literals (no `${}`),
 * which is all the preset allows.
 */
const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
const SOURCE_FILE = /\.(ts|tsx)$/;

/** Every graphql(`…`) source in the files under `dir`: the same files codegen reads (codegen.ts `documents`). */
export function collectDocumentSources(dir: string): string[] {
  const sources: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !SOURCE_FILE.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (path.includes(`${join(dir, 'gql')}`)) continue;
    for (const match of readFileSync(path, 'utf8').matchAll(GRAPHQL_CALL)) sources.push(match[1]!);
  }
  return sources;
}

/** Fragments by name, from every document of the project. */
export function indexFragments(sources: readonly string[]): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const source of sources) {
    for (const definition of parse(source, { noLocation: true }).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/**
 * The document the client preset would generate for `source`: its own definitions followed by every fragment they
 * spread, transitively, each once (the preset's order: operation first, then fragments as first reached).
 */
export function buildDocument(source: string, fragments: ReadonlyMap<string, FragmentDefinitionNode>): DocumentNode {
  const own = parse(source, { noLocation: true }).definitions;
  const included = new Set(own.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
  const definitions: DefinitionNode[] = [...own];
  // As the preset orders them: each fragment after the fragments it spreads (depth first, in document order).
  const include = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (included.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`Unknown fragment ${name} in a graphql() document.`);
        included.add(name);
        include(fragment);
        definitions.push(fragment);
      },
    });
  for (const definition of own) include(definition);
  return withoutEmptyLists({ kind: Kind.DOCUMENT, definitions });
}

/** graphql's parser writes `directives: []`, `arguments: []`; the preset leaves empty lists out. So do we. */
function withoutEmptyLists<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutEmptyLists) as T;
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).filter(([, value]) => !(Array.isArray(value) && value.length === 0));
  return Object.fromEntries(entries.map(([key, value]) => [key, withoutEmptyLists(value)])) as T;
}

/**
 * Build-only: replaces each graphql(`…`) call with its parsed document, inline, instead of a lookup in the preset's
 * map of every document (src/gql/gql.ts). Each route chunk then carries only its own documents, and the map, which
 * grows with every screen, is no longer part of the sign-in page's initial JavaScript. This is what the preset's
 * Babel/SWC plugins do; neither runs in Vite 8's React plugin, and the transform is a few lines.
 */
export function inlineGraphqlDocuments({ srcDir }: { srcDir: string }): Plugin {
  let fragments = new Map<string, FragmentDefinitionNode>();
  return {
    name: 'shortlist:inline-graphql-documents',
    apply: 'build',
    buildStart() {
      fragments = indexFragments(collectDocumentSources(srcDir));
    },
    transform(code, id) {
      if (!id.startsWith(srcDir) || id.includes('/src/gql/') || !SOURCE_FILE.test(id) || !code.includes('graphql(')) {
        return null;
      }
      let changed = false;
      const transformed = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        changed = true;
        return `(${JSON.stringify(buildDocument(source, fragments))})`;
      });
      return changed ? { code: transformed, map: null } : null;
    },
  };
}
