// Typed operations from the checked-in SDL (`../schema.graphql`). `npm run codegen` rewrites
// `src/gql/`; CI regenerates it and fails on any difference, so a schema change that breaks an
// operation fails the build.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings: no GraphQL parser in the bundle.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { BigInt: 'string', NaiveDate: 'string', NaiveDateTime: 'string' },
      },
    },
  },
};

export default config;
