import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { Errors } from '../../common/domain-error';
import { decodeCursor, Page, toPage } from '../../common/pagination';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobQueue } from '../../jobs/job-queue.service';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';
import { OutboxRepository } from './outbox.repository';
import { MailKind, MailKinds, renderMail } from './templates';

export const DELIVER_MAIL_JOB = 'mail.deliver';
export const SWEEP_OUTBOX_JOB = 'mail.sweep-outbox';
/** Delivery attempts before a message is marked FAILED (pg-boss retries with backoff in between). */
export const MAX_MAIL_ATTEMPTS = 5;
export const NO_SMTP_NOTE = 'not sent: no SMTP configured';

export interface MailRequest<K extends MailKind> {
  to: string;
  recipientPersonId: string | null;
  language: string;
  kind: K;
  params: MailKinds[K];
}

/**
 * The outbox: `queue` renders a message into the caller's transaction; after commit, `dispatch`
 * hands the ids to the job queue, which calls `deliver`. A sweep every minute re-queues messages whose
 * dispatch was lost (a crash between commit and dispatch), so the outbox row is the only truth.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('MailService');
  private readonly transport: Transporter | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxRepository,
  ) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
    jobs.define<{ outboxMessageId: string }>({
      name: DELIVER_MAIL_JOB,
      retryLimit: MAX_MAIL_ATTEMPTS - 1,
      retryDelaySeconds: 30,
      batchSize: 20,
      handler: async ({ outboxMessageId }) => {
        await this.deliver(outboxMessageId, { throwToRetry: true });
      },
    });
    jobs.define({ name: SWEEP_OUTBOX_JOB, cron: '* * * * *', handler: () => this.sweep() });
  }

  get smtpConfigured(): boolean {
    return this.transport !== null;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Renders the mail in the recipient's language and stores it, inside the caller's transaction. */
  async queue<K extends MailKind>(manager: EntityManager, request: MailRequest<K>): Promise<string> {
    const [id] = await this.queueMany(manager, [request]);
    return id;
  }

  async queueMany<K extends MailKind>(manager: EntityManager, requests: MailRequest<K>[]): Promise<string[]> {
    if (!requests.length) return [];
    return this.outbox.insert(
      manager,
      requests.map((r) => {
        const mail = renderMail(r.kind, r.language, r.params);
        return {
          recipientEmail: r.to,
          recipientPersonId: r.recipientPersonId,
          language: mail.language,
          kind: r.kind,
          subject: mail.subject,
          textBody: mail.text,
        };
      }),
    );
  }

  /** After commit: asks the job queue to deliver. Without SMTP or a running queue the rows wait (see sweep). */
  async dispatch(ids: readonly string[]): Promise<void> {
    if (!this.transport) return;
    for (const id of ids) {
      try {
        await this.jobs.send(DELIVER_MAIL_JOB, { outboxMessageId: id }, id);
      } catch (e) {
        this.logger.warn(`could not queue mail ${id}; the sweep will retry: ${(e as Error).message}`);
      }
    }
  }

  /**
   * Sends one message through SMTP. The row is locked while sending, so two workers never send it
   * twice; a failure counts an attempt and, before the last one, is rethrown for pg-boss to retry.
   */
  async deliver(id: string, { throwToRetry = false } = {}): Promise<OutboxStatus | null> {
    const transport = this.transport;
    if (!transport) return 'QUEUED';
    let failure: Error | null = null;
    const status = await this.db.transaction(async (manager) => {
      const message = await this.outbox.lockForDelivery(manager, id);
      if (!message || message.status !== 'QUEUED') return message?.status ?? null;
      const attempts = message.attempts + 1;
      try {
        await transport.sendMail({
          from: this.config.MAIL_FROM,
          to: message.recipientEmail,
          subject: message.subject,
          text: message.textBody,
        });
        await this.outbox.recordAttempt(manager, id, { status: 'SENT', attempts, sentAt: new Date(), lastError: null });
        return 'SENT' as const;
      } catch (e) {
        failure = e as Error;
        const final = attempts >= MAX_MAIL_ATTEMPTS;
        await this.outbox.recordAttempt(manager, id, {
          attempts,
          lastError: failure.message.slice(0, 1000),
          status: final ? 'FAILED' : 'QUEUED',
        });
        return final ? ('FAILED' as const) : ('QUEUED' as const);
      }
    });
    if (failure && status === 'QUEUED' && throwToRetry) throw failure;
    return status;
  }

  /** Re-queues messages left QUEUED for over a minute (lost dispatch); the singleton key avoids doubles. */
  async sweep(): Promise<void> {
    if (!this.transport) return;
    await this.dispatch(await this.outbox.stuck(this.db.manager, 500));
  }

  /** The outbox, newest first (ADMIN, never in production: it holds live sign-up links). */
  async list(first: number, after?: string): Promise<Page<OutboxMessage>> {
    if (this.config.isProduction) throw Errors.forbidden('The outbox is not shown in production.');
    const totalCount = await this.outbox.count(this.db.manager);
    const key = after ? decodeCursor(after, ['timestamp', 'uuid']) : null;
    const rows = await this.outbox.page(this.db.manager, first + 1, key && { createdAt: key[0], id: key[1] });
    return toPage(
      rows,
      first,
      totalCount,
      (m) => [m.createdAt.toISOString(), m.id],
      (m) => m,
    );
  }
}
