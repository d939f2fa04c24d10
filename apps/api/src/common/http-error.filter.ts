import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './domain-error';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  CONFLICT: 409,
  TOO_MANY_ATTEMPTS: 429,
  ALREADY_ENROLLED: 409,
  OVERLAPPING_ENROLMENT: 409,
  SESSION_NOT_SCHEDULED: 409,
  TANDEM_NOT_ACTIVE: 409,
};

/**
 * The few REST routes (file upload and download) answer errors in the same vocabulary as GraphQL:
 * `{ error: { code, message, fields? } }`. GraphQL errors are left to the GraphQL formatter.
 */
@Catch(DomainError)
export class HttpDomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType<string>() !== 'http') return error; // GraphQL: its own formatter handles it
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const req = host.switchToHttp().getRequest<FastifyRequest>();
    const status = STATUS[error.code] ?? (error instanceof HttpException ? error.getStatus() : 400);
    void reply
      .status(status)
      .header('cache-control', 'no-store')
      .send({ error: { code: error.code, message: error.message, requestId: req.id, ...error.details } });
    return undefined;
  }
}
