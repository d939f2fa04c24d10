import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Errors } from './domain-error';
import { invalid } from './field-error';
import { invalidTextReason } from './text';

type Parts = ReturnType<FastifyRequest['parts']>;

async function* guarded(parts: Parts): Parts {
  for await (const part of parts) {
    const texts: [string, unknown][] =
      part.type === 'file'
        ? [
            [part.fieldname, part.fieldname],
            [part.fieldname, part.filename],
          ]
        : [
            [part.fieldname, part.fieldname],
            [part.fieldname, part.value],
          ];
    for (const [field, text] of texts) {
      const reason = typeof text === 'string' ? invalidTextReason(text) : null;
      if (reason) throw Errors.validation([invalid(part.type === 'file' ? 'file' : field, reason)]);
    }
    yield part;
  }
}

/**
 * Every upload route reads its form through `req.parts()`: wrapped here once, so that a field value,
 * field name or file name that PostgreSQL cannot store (a NUL, broken Unicode) is VALIDATION_FAILED
 * for every upload, present and future, without each controller checking it.
 */
export function guardMultipartTexts(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', async (req) => {
    if (!req.isMultipart?.()) return;
    const parts = req.parts.bind(req);
    req.parts = ((...args: Parameters<FastifyRequest['parts']>) => guarded(parts(...args))) as FastifyRequest['parts'];
  });
}
