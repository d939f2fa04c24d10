import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
  });
}

export interface AppProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/** Starts the real entry point (apps/api/src/main.ts) in its own process, as `npm start` does after the build. */
export function startAppProcess(env: Record<string, string>): AppProcess {
  const child = spawn(
    process.execPath,
    ['-r', join(__dirname, 'swc-register.js'), join(ROOT, 'apps/api/src/main.ts')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        LOG_LEVEL: 'warn',
        DEMO_DATA: 'false',
        // One process unless a test asks for the cluster (the cluster spec).
        API_WORKERS: '1',
        WEB_DIST: join(ROOT, 'no-web-build-here'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { child, baseUrl: `http://127.0.0.1:${env['PORT']}`, output: () => output, exited };
}

/** Waits until the app answers its readiness probe; fails with its output if it exits first. */
export async function waitReady(app: AppProcess, timeoutMs = 120_000): Promise<void> {
  let exitedWith: number | string | undefined;
  void app.exited.then((code) => (exitedWith = code));
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (exitedWith !== undefined)
      throw new Error(`the app exited (${exitedWith}) before it was ready:\n${app.output()}`);
    try {
      if ((await fetch(`${app.baseUrl}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`the app was not ready within ${timeoutMs} ms:\n${app.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
