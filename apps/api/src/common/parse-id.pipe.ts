import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Errors } from './domain-error';
import { invalid } from './field-error';

/**
 * Scalar `ID` arguments are UUIDs: anything else is the caller's mistake (VALIDATION_FAILED on
 * that argument), never a PostgreSQL cast error turned into INTERNAL_SERVER_ERROR.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === undefined || value === null) return value;
    if (typeof value !== 'string' || !isUUID(value)) {
      throw Errors.validation([invalid(metadata.data ?? 'id', 'uuid')]);
    }
    return value;
  }
}
