import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { withAdvisoryLock } from '../database/advisory-lock';

/** Replicas that boot together set the queue up one after another (see onApplicationBootstrap). */
const QUEUE_SETUP_LOCK = 72_026_002;

export interface JobDefinition<T extends object> {
  name: string;
  handler: (data: T) => Promise<void>;
  /** Retries with exponential backoff after a failed run. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  expireInSeconds?: number;
  /** Cron (UTC) on which pg-boss sends `{}` to this queue, once across all replicas. */
  cron?: string;
  /**
   * Jobs a worker takes per poll and runs side by side (default 1). pg-boss waits its polling
   * interval (2 s) after every fetch, so one job per fetch caps a queue at half a job per second
   * per replica: fine for imports, far too slow for a burst of mails.
   */
  batchSize?: number;
}

/**
 * pg-boss on the application's own PostgreSQL (schema `pgboss`): no extra server, safe across replicas.
 * Services register their jobs in their constructors; the queue starts once the app has booted and
 * stops (waiting for running jobs) when Nest shuts down. With JOBS_ENABLED=false nothing is started:
 * `send` answers false and callers run the work themselves (tests do this).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private boss: PgBoss | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.boss) throw new Error(`job ${definition.name} defined after the queue started`);
    this.definitions.set(definition.name, definition as JobDefinition<object>);
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.JOBS_ENABLED) return;
    const boss = new PgBoss({
      connectionString: this.config.DATABASE_URL,
      schema: 'pgboss',
      max: 4,
      application_name: 'tandem-jobs',
    });
    boss.on('error', (e) => this.logger.error(e));
    // pg-boss creates its schema, one partition per queue and the cron rows on start; two replicas
    // doing that at the same moment deadlock in PostgreSQL. A session-level advisory lock on a
    // connection of its own makes the second replica wait until the first has finished.
    await withAdvisoryLock(this.config.DATABASE_URL, QUEUE_SETUP_LOCK, async () => {
      await boss.start();
      for (const d of this.definitions.values()) {
        await boss.createQueue(d.name, {
          name: d.name,
          retryLimit: d.retryLimit ?? 0,
          retryDelay: d.retryDelaySeconds ?? 30,
          retryBackoff: true,
          expireInSeconds: d.expireInSeconds ?? 15 * 60,
        });
        if (d.cron) await boss.schedule(d.name, d.cron, {});
      }
    });
    for (const d of this.definitions.values()) {
      await boss.work<object>(d.name, { batchSize: d.batchSize ?? 1 }, async (jobs) => {
        // Each job of the batch succeeds or fails on its own: pg-boss completes the batch's jobs that
        // are still active, so a failed one is failed here first and retried alone.
        const results = await Promise.allSettled(jobs.map((job) => d.handler(job.data)));
        await Promise.all(
          results.map((result, i) =>
            result.status === 'rejected' ? boss.fail(d.name, jobs[i].id, { message: String(result.reason) }) : null,
          ),
        );
      });
    }
    this.boss = boss;
    this.logger.log(`job queue started (${[...this.definitions.keys()].join(', ')})`);
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // graceful: running jobs finish (up to the timeout) before the pool closes.
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
  }

  /**
   * Queues a job; answers false when the queue is not running (JOBS_ENABLED=false). A singleton key
   * keeps a second request for the same work from queueing it twice while the first is pending.
   */
  async send(name: string, data: object, singletonKey?: string): Promise<boolean> {
    if (!this.boss) return false;
    await this.boss.send(name, data, singletonKey ? { singletonKey } : {});
    return true;
  }
}
