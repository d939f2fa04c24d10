import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { APP_CONFIG, type AppConfig } from '../src/config/app-config';
import { operationCost } from '../src/graphql/limits';
import { startTestApp, TestApp } from './support/test-app';
import { webDocument } from './support/web-operations';

const PAGE = 100; // the largest page the schema documents for every list

/** A value the variable's type accepts; `first` is always the largest page. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, f.name)]));
  }
  if (name === 'first' || name === 'last') return PAGE;
  switch (getNamedType(type).name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-12-02T10:00:00.000Z';
    case 'LocalDate':
    case 'Date':
      return '2026-12-02';
    default:
      return 'x';
  }
}

function variablesOf(schema: GraphQLSchema, op: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (op.variableDefinitions ?? []).map((v) => {
      const type = typeFromAST(schema, v.type as Parameters<typeof typeFromAST>[1]) as GraphQLInputType;
      return [v.variable.name.value, sample(type, v.variable.name.value)];
    }),
  );
}

/**
 * The cost limit agrees with the schema: every operation of the web app, asked with the largest page
 * the schema allows (first: 100), stays under the limit. A new operation is covered the day it is written.
 */
describe('the cost of the web app’s operations', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let max: number;
  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    max = t.app.get<AppConfig>(APP_CONFIG).GRAPHQL_MAX_COST;
  });
  afterAll(() => t.close());

  it('finds the operations', () => {
    const ops = webDocument().definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(ops.length).toBeGreaterThan(100);
  });

  it('keeps every operation with pages of 100 under the limit', () => {
    const document = webDocument();
    const over: string[] = [];
    for (const op of document.definitions) {
      if (op.kind !== Kind.OPERATION_DEFINITION || !op.name) continue;
      const cost = operationCost(schema, document, op.name.value, variablesOf(schema, op));
      if (cost > max) over.push(`${op.name.value}: ${cost}`);
    }
    expect(over).toEqual([]);
  });

  it('still refuses what no page needs: ten aliased pages of 100 tandems with both partners', () => {
    const pages = Array.from(
      { length: 10 },
      (_, i) =>
        `p${i}: tandems(first: 100) { edges { node { id schoolTutor { id displayName } companyTutor { id displayName } } } }`,
    );
    const document = parse(`query Many { ${pages.join(' ')} }`);
    expect(operationCost(schema, document, 'Many', {})).toBeGreaterThan(max);
  });
});
