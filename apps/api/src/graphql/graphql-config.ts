import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import type { RequestContext } from '../auth/request-context';
import { createErrorFormatter } from './format-error';
import { aliasLimit, costLimitPlugin, depthLimitRule } from './limits';
import { operationLogPlugin } from './operation-log.plugin';

/** Where the committed schema lives; `npm run schema:check` regenerates and compares. */
export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

export function graphqlConfig(config: AppConfig, log: Logger, schemaFile: string | false): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: schemaFile === false ? true : schemaFile,
    sortSchema: true,
    introspection: !config.isProduction,
    // No "Did you mean …?" in production: with introspection off, suggestions would rebuild the schema.
    hideSchemaDetailsFromClientErrors: config.isProduction,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
      costLimitPlugin(config.GRAPHQL_MAX_COST),
      operationLogPlugin(),
      ...(config.isProduction ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH), aliasLimit(config.GRAPHQL_MAX_ALIASES)],
    formatError: createErrorFormatter(log),
    context: (req: FastifyRequest, reply: FastifyReply): RequestContext => ({ req, reply }),
  };
}

/**
 * Answers are per person and never cached: `cache-control: no-store`, what Apollo's cache-control plugin
 * sent for them. That plugin is off because it wrapped every field's resolver to collect cache hints that
 * no type declares (a few per cent of a list's CPU).
 */
function noStorePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
