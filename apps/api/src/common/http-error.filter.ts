import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '@tandem/shared-domain';
import { DomainError } from './domain-error';

const STATUS: Partial<Record<ErrorCode, number>> = {
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
  // The outcomes that used to be CONFLICT stay 409 Conflict.
  STALE_WRITE: 409,
  ALREADY_SUBMITTED: 409,
  ALREADY_DECIDED: 409,
  NOT_SUBMITTED: 409,
  NOTHING_TO_PUBLISH: 409,
  VERSION_READ_ONLY: 409,
  DRAFT_EXISTS: 409,
  DUPLICATE_MODULE_CODE: 409,
  DUPLICATE_JOINT_MODULE: 409,
  DUPLICATE_EDITION_NAME: 409,
  DUPLICATE_ROUND: 409,
  DUPLICATE_ORGANISATION: 409,
  ALREADY_WITHDRAWN: 409,
  NOT_WITHDRAWN: 409,
  PHASE_ALREADY_IN_STATUS: 409,
  TEMPLATE_NOT_COMPARABLE: 409,
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
