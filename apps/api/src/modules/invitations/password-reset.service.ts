import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AuditService } from '../../audit/audit.service';
import { LoginThrottleService } from '../../auth/login-throttle.service';
import { PasswordHasher } from '../../auth/password-hasher';
import { SessionsService } from '../../auth/sessions.service';
import { Errors } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MailService } from '../mail/mail.service';
import {
  checkAccountToken,
  claimAccountToken,
  issueAccountToken,
  PASSWORD_RESET_VALID_MINUTES,
  publicBaseUrl,
} from './account-tokens';
import type { ResetPasswordInput } from './dto/invitation.inputs';
import { InvitationsRepository } from './invitations.repository';

@Injectable()
export class PasswordResetService implements OnApplicationShutdown {
  private readonly logger = new Logger('PasswordResetService');
  /** Link mails being prepared after their answer went out; shutdown waits for them. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly repository: InvitationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Mails a link valid one hour when an active account has this e-mail. The answer is the same, and
   * as fast, whether or not it does (no account enumeration, not even by timing): the request is
   * counted in its own bucket (it never slows down sign-in), answered, and only then is the account
   * looked up and the link mailed.
   */
  async request(rawEmail: string, req: FastifyRequest): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    await this.throttle.countRequest('PASSWORD_RESET_REQUEST', email, req.ip ?? 'unknown');
    const work = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.mailLink(email, req.id))
      .catch((e: unknown) => this.logger.error(`password reset mail for request ${req.id} failed: ${String(e)}`))
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private async mailLink(email: string, requestId: string): Promise<void> {
    const mailId = await this.repository.transaction(async (manager) => {
      const person = await this.repository.personByEmail(manager, email);
      if (!person || person.deactivatedAt) return null;
      const { token } = await issueAccountToken(
        manager,
        person.id,
        'PASSWORD_RESET',
        PASSWORD_RESET_VALID_MINUTES * 60_000,
        null,
      );
      const id = await this.mail.queue(manager, {
        to: person.email,
        recipientPersonId: person.id,
        language: person.preferredLanguage,
        kind: 'PASSWORD_RESET',
        params: {
          givenName: person.givenName,
          link: `${publicBaseUrl(this.config)}/reset-password/${token}`,
          validMinutes: PASSWORD_RESET_VALID_MINUTES,
        },
      });
      await this.audit.record(manager, {
        actorPersonId: null,
        operation: 'requestPasswordReset',
        targetType: 'Person',
        targetId: person.id,
        summary: 'Password reset link mailed',
        requestId,
      });
      return id;
    });
    if (mailId) await this.mail.dispatch([mailId]);
  }

  /**
   * Sets the new password and ends every session of the person (whoever had the old one is out). The
   * token is checked (and bad tokens throttled per address) before the password is hashed.
   */
  async reset(input: ResetPasswordInput, req: FastifyRequest): Promise<void> {
    await this.throttle.checkToken(req.ip ?? 'unknown', () =>
      checkAccountToken(this.repository.manager, input.token, 'PASSWORD_RESET'),
    );
    const passwordHash = await this.hasher.hash(input.password);
    await this.repository.transaction(async (manager) => {
      const claimed = await claimAccountToken(manager, input.token, 'PASSWORD_RESET');
      const person = await this.repository.person(manager, claimed.personId);
      if (!person || person.deactivatedAt) throw Errors.notFound('Password reset link');
      await this.repository.updatePerson(manager, person.id, { passwordHash, passwordChangedAt: new Date() });
      const ended = await this.sessions.endAll(manager, person.id);
      await this.audit.record(manager, {
        actorPersonId: person.id,
        operation: 'resetPassword',
        targetType: 'Person',
        targetId: person.id,
        summary: `Reset the password; ended ${ended} session(s)`,
        requestId: req.id,
      });
    });
  }
}
