// graphql-schema-linter ships no types; these cover the parts lint-schema.ts uses.
declare module 'graphql-schema-linter' {
  import type { GraphQLError } from 'graphql';

  export class Configuration {
    constructor(schema: Schema, options?: Record<string, unknown>);
    getRules(): unknown[];
  }
  export interface Schema {
    definition: string;
    sourceMap: unknown;
  }
  export interface ValidationError extends GraphQLError {
    ruleName: string;
  }
  const linter: {
    configuration: { Configuration: typeof Configuration };
    validator: {
      validateSchemaDefinition(schema: Schema, rules: unknown[], configuration: Configuration): ValidationError[];
    };
  };
  export default linter;
}

declare module 'graphql-schema-linter/lib/source_map.js' {
  export class SourceMap {
    constructor(sourceFiles: Record<string, string>);
  }
}
