// Sends graphql-js's standard introspection query, with every option GraphiQL 5 and GraphQL Code
// Generator send, and compares the schema it returns with the checked-in SDL the way graphql-js
// prints them (lexicographically sorted). Prints {"equal": bool, "served": SDL, "checkedIn": SDL}.
// Usage: node introspect.mjs http://HOST/graphql PATH/TO/schema.graphql
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

const [url, sdlPath] = process.argv.slice(2);
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query, operationName: 'IntrospectionQuery' }),
});
const body = await response.json();
if (!body.data) {
  console.log(JSON.stringify({ equal: false, status: response.status, errors: body.errors }));
  process.exit(0);
}
const print = (schema) => printSchema(lexicographicSortSchema(schema));
const served = print(buildClientSchema(body.data));
const checkedIn = print(buildSchema(readFileSync(sdlPath, 'utf8')));
console.log(JSON.stringify({ equal: served === checkedIn, served, checkedIn }));
