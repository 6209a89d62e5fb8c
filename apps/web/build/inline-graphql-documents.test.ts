import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as generated from '../src/gql/graphql';
import { buildDocument, collectDocumentSources, indexFragments } from './inline-graphql-documents';

const srcDir = resolve(import.meta.dirname, '../src');

describe('documents inlined by the build', () => {
  const sources = collectDocumentSources(srcDir);
  const fragments = indexFragments(sources);

  test('every document of the app is found', () => {
    const generatedDocuments = Object.keys(generated).filter((name) => /(Document|FragmentDoc)$/.test(name));
    expect(sources.length).toBe(generatedDocuments.length);
    expect(sources.length).toBeGreaterThan(5);
  });

  test('each inlined document is exactly the one GraphQL Code Generator generates, fragments included', () => {
    // The preset names exports in PascalCase ("JobCard_job" → JobCard_JobFragmentDoc): compare names case-blind.
    const byName = new Map(
      Object.entries(generated as unknown as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), value]),
    );
    for (const source of sources) {
      const document = buildDocument(source, fragments);
      const first = document.definitions[0]!;
      const name = 'name' in first && first.name ? first.name.value : '';
      const suffix = first.kind === 'FragmentDefinition' ? 'FragmentDoc' : 'Document';
      expect(JSON.parse(JSON.stringify(document)), name).toEqual(byName.get(`${name}${suffix}`.toLowerCase()));
    }
  });

  test('a spread of an unknown fragment is a build error naming it', () => {
    expect(() => buildDocument('query Q { me { ...Missing_user } }', new Map())).toThrow('Unknown fragment Missing_user');
  });
});
