import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { LoginThrottleService } from '../../auth/login-throttle.service';
import { PasswordHasher } from '../../auth/password-hasher';
import { Session } from '../../auth/session.entity';
import { Errors } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MailService } from '../mail/mail.service';
import { Person } from '../people/person.entity';
import { claimAccountToken, issueAccountToken, PASSWORD_RESET_VALID_MINUTES, publicBaseUrl } from './account-tokens';
import type { ResetPasswordInput } from './dto/invitation.inputs';

/** Throttle rows of reset requests are kept apart from sign-in failures (a reset must not lock sign-in). */
const THROTTLE_PREFIX = 'password-reset:';

@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Mails a link valid one hour when an active account has this e-mail. The answer is the same
   * whether or not it does (no account enumeration); the throttle counts every request alike.
   */
  async request(rawEmail: string, req: FastifyRequest): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    await this.throttle.registerAttempt(THROTTLE_PREFIX + email, req.ip ?? 'unknown');
    const mailId = await this.db.transaction(async (manager) => {
      const person = await manager.getRepository(Person).findOneBy({ email });
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
        requestId: req.id,
      });
      return id;
    });
    if (mailId) await this.mail.dispatch([mailId]);
  }

  /** Sets the new password and ends every session of the person (whoever had the old one is out). */
  async reset(input: ResetPasswordInput, req: FastifyRequest): Promise<void> {
    const passwordHash = await this.hasher.hash(input.password);
    await this.db.transaction(async (manager) => {
      const claimed = await claimAccountToken(manager, input.token, 'PASSWORD_RESET');
      const person = await manager.getRepository(Person).findOneBy({ id: claimed.personId });
      if (!person || person.deactivatedAt) throw Errors.notFound('Password reset link');
      await manager.update(Person, person.id, { passwordHash, passwordChangedAt: new Date() });
      const ended = await manager.delete(Session, { personId: person.id });
      await this.audit.record(manager, {
        actorPersonId: person.id,
        operation: 'resetPassword',
        targetType: 'Person',
        targetId: person.id,
        summary: `Reset the password; ended ${ended.affected ?? 0} session(s)`,
        requestId: req.id,
      });
    });
  }
}
