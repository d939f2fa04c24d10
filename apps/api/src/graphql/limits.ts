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

/** Cost limit: checked after the operation is known, before execution. */
export function costLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, request.operationName ?? undefined, request.variables ?? {});
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
