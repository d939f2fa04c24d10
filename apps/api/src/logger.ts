import type { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

export function createLogger(level: string, pretty: boolean): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.newPassword', '*.currentPassword'],
        remove: true,
      },
      ...(pretty
        ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss' } } }
        : {}),
    },
    // Writing each line synchronously held the event loop (a quarter of a `me` request's CPU under
    // load); an asynchronous destination batches the writes and pino flushes it on exit.
    pretty ? undefined : pino.destination({ dest: 1, sync: false }),
  );
}

/** Routes Nest's own log lines (bootstrap, module init) into the same structured pino stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pinoLogger: Logger) {}
  log(message: unknown, context?: string) {
    this.pinoLogger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.pinoLogger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.pinoLogger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.pinoLogger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.pinoLogger.trace({ context }, String(message));
  }
}
