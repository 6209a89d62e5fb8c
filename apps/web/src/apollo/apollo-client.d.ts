import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Tells Apollo Client's types that the generated documents carry GraphQL Codegen's masked fragment types.
declare module '@apollo/client' {
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
