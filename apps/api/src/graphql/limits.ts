import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, Kind, ValidationContext, ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

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
 * Cost limit: every field costs 1 unless it declares more (`@Field({ complexity })`), so list
 * fields can charge for their page size. Checked after the operation is known, before execution.
 */
export function costLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
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
