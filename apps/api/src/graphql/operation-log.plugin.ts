import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../auth/request-context';
import { DomainError } from '../common/domain-error';

/** One structured line per GraphQL operation: request id (bound by Fastify), person, name, duration. */
export function operationLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          const req = contextValue.req;
          req.log.info(
            {
              operationName: operationName ?? null,
              personId: req.viewer?.personId ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              errorCodes: errors?.map((e) =>
                e.originalError instanceof DomainError
                  ? e.originalError.code
                  : (e.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'),
              ),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
