import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from './config/app-config';

/** A start that cannot go on: its message is one sentence saying what happened and how to fix it. */
export class StartupError extends Error {
  override name = 'StartupError';
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** On Linux, whether the process is a Node process (a pid left in the lock file may have been reused since). */
const isNode = (pid: number) => {
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || /node/.test(readFileSync(cmdline, 'utf8'));
};

/**
 * One Tandem per data folder: `<DATA_DIR>/tandem.pid` names the running one. A second start on the
 * same folder stops with a sentence; a lock left by a killed process is taken over. Answers the release.
 */
export function lockDataDir(dataDir: string, port: number): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'tandem.pid');
  if (existsSync(file)) {
    const held = JSON.parse(readFileSync(file, 'utf8') || '{}') as { pid?: number; port?: number };
    if (held.pid && held.pid !== process.pid && alive(held.pid) && isNode(held.pid))
      throw new StartupError(
        `Tandem is already running from ${dir} (process ${held.pid}, port ${held.port}): use that one, stop it first, or start this one with another DATA_DIR.`,
      );
  }
  writeFileSync(file, JSON.stringify({ pid: process.pid, port }));
  return () => {
    try {
      const held = JSON.parse(readFileSync(file, 'utf8')) as { pid?: number };
      if (held.pid === process.pid) rmSync(file);
    } catch {
      // already gone
    }
  };
}

/** The one line printed when a start fails: never `undefined`, always the cause. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof StartupError || error instanceof ConfigError) return error.message;
  const e = error as (Error & { code?: string; address?: string; port?: number }) | null | undefined;
  if (e?.code === 'EADDRINUSE')
    return `${e.port ? `Port ${e.port}` : 'The port'} is used by another program: stop that program or set PORT to a free port.`;
  if (e?.code === 'ECONNREFUSED' || e?.code === 'ENOTFOUND')
    return `Tandem cannot reach its database (${e.code}${e.address ? ` at ${e.address}${e.port ? `:${e.port}` : ''}` : ''}): check DATABASE_URL and that PostgreSQL is running.`;
  if (e?.code === 'ENOSPC') return `The disk is full (${e.message}): free some space and start again.`;
  if (error instanceof Error) return `Tandem could not start: ${error.message || error.name}.`;
  return `Tandem could not start: ${error === undefined ? 'a step failed without saying why' : String(error)}.`;
}
