import type { CodegenConfig } from '@graphql-codegen/cli';
import { createRequire } from 'node:module';

// The API's printed schema is committed and exported by @shortlist/api, so codegen needs no running server.
const schema = createRequire(import.meta.url).resolve('@shortlist/api/schema.graphql');

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Apollo Client masks at run time (dataMasking: true) and reads fragments with its own useFragment hook;
        // the preset's cast-only helper of the same name would bypass that, so only the masked types are generated.
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Masked types: a parent sees a child's fragment only as a reference it passes on.
        inlineFragmentTypes: 'mask',
        customDirectives: { apolloUnmask: true },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
      },
    },
    // Which concrete types make up each union and interface (e.g. ValidationError is an Error): Apollo's cache
    // needs it to match `... on Error` in mutation results.
    './src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
