import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from './viewer';

/** What every GraphQL resolver gets as context. */
export interface RequestContext {
  req: FastifyRequest & { viewer?: Viewer | null };
  reply: FastifyReply;
}
