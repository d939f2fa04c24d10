import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import {
  type DocumentNode,
  getNamedType,
  GraphQLError,
  type GraphQLSchema,
  isLeafType,
  Kind,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';

/** Refuses documents that use more aliases than any real screen needs (alias-based amplification). */
export function aliasLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias && ++count === max + 1) {
          context.reportError(
            new GraphQLError(`The operation uses more than ${max} aliases.`, {
              nodes: [node],
              extensions: { limit: 'aliases', max },
            }),
          );
        }
      },
      [Kind.DOCUMENT]: {
        leave() {
          count = 0;
        },
      },
    };
  };
}

export function depthLimitRule(max: number): ValidationRule {
  return depthLimit(max) as unknown as ValidationRule;
}

/**
 * What a field costs when it declares nothing: a scalar or enum is read with its row and costs
 * nothing, an object costs 1 plus what is asked of it. List fields declare their page size
 * (`complexity: first × child`), so a page costs per item what each item fetches beyond its row;
 * counting every scalar instead made a page of 100 plain rows "too costly" though the schema allows it.
 */
export const rowEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity;

/** The cost of an operation as the limit counts it (the plugin below, the tests of the web's operations). */
export function operationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  return getComplexity({
    schema,
    query,
    operationName,
    variables,
    estimators: [fieldExtensionsEstimator(), rowEstimator],
  });
}

/** Variables longer than this (as JSON) are not worth a cache entry: the cost is computed each time. */
const MAX_CACHED_VARIABLES_LENGTH = 2_000;
/** Cached costs per document (operation name and variables); a full map starts again. */
const MAX_COSTS_PER_DOCUMENT = 200;

/**
 * Cost limit: checked after the operation is known, before execution. The cost of a document depends only
 * on the document, the operation and the variables; Apollo reuses the parsed document of a query it has
 * seen, so the cost is remembered per document object (a WeakMap: documents Apollo drops take their costs
 * with them) instead of walking the document again on every request.
 */
export function costLimitPlugin(max: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ) => {
    const variablesJson = JSON.stringify(variables);
    if (variablesJson.length > MAX_CACHED_VARIABLES_LENGTH)
      return operationCost(schema, document, operationName, variables);
    const key = `${operationName ?? ''}\n${variablesJson}`;
    let ofDocument = costs.get(document);
    const known = ofDocument?.get(key);
    if (known !== undefined) return known;
    const cost = operationCost(schema, document, operationName, variables);
    if (!ofDocument || ofDocument.size >= MAX_COSTS_PER_DOCUMENT) costs.set(document, (ofDocument = new Map()));
    ofDocument.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          } catch (e) {
            // Invalid variables: execution rejects them next with BAD_USER_INPUT, a clearer answer.
            if (e instanceof GraphQLError) return;
            throw e;
          }
          if (cost > max) {
            throw new GraphQLError(`The operation costs ${cost}, more than the limit of ${max}.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', cost, max, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
