import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, publicBaseUrl } from '../config/app-config';
import { DomainError, Errors } from '../common/domain-error';
import { MailService } from '../modules/mail/mail.service';
import type { AttemptKind } from './login-attempt.entity';
import { LoginThrottleRepository } from './login-throttle.repository';
import { REQUEST_LIMITS, retryAfterSeconds, startsDelay } from './throttle-policy';

/** Seconds until the oldest request of a full window leaves it. */
function windowWait(row: { oldest: Date | null; now: Date }, windowMinutes: number): number {
  const oldest = (row.oldest ?? row.now).getTime();
  return Math.max(1, Math.ceil((oldest + windowMinutes * 60_000 - row.now.getTime()) / 1000));
}

/** The account a sign-in named, when it exists: its owner is told when sign-ins to it are slowed down. */
export interface SignInAccount {
  id: string;
  email: string;
  givenName: string;
  preferredLanguage: string;
}

/**
 * Throttling kept in PostgreSQL, so it holds across API replicas and restarts (the rule itself is in
 * throttle-policy.ts). A sign-in is checked twice: before the password is hashed (a waiting address
 * costs no argon2 time) and after, under a per-address lock, where its outcome is decided and a
 * failure recorded: parallel guesses cannot slip past the limit, and successes are never recorded.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly repo: LoginThrottleRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses at once, before any password work, while this address must wait on this account. */
  async assertMayTry(email: string, ip: string): Promise<void> {
    const wait = retryAfterSeconds(await this.repo.signInFailures(email, ip));
    if (wait) throw Errors.tooManyAttempts(wait);
  }

  /**
   * Settles a checked password: refuses (TOO_MANY_ATTEMPTS) when the address must wait, whatever the
   * password; otherwise forgets the pair's failures on success, or records the failure, e-mailing the
   * owner when it starts a wait. Answers whether the sign-in may go on.
   */
  async settle(email: string, ip: string, passwordOk: boolean, account: SignInAccount | null): Promise<boolean> {
    const mailIds = await this.repo.transaction(async (manager) => {
      await this.repo.lockAddress(manager, 'SIGN_IN', ip);
      const wait = retryAfterSeconds(await this.repo.signInFailures(email, ip, manager));
      if (wait) throw Errors.tooManyAttempts(wait);
      if (passwordOk) {
        await this.repo.clearPair(manager, email, ip);
        return [];
      }
      await this.repo.record(manager, 'SIGN_IN', email, ip);
      const after = await this.repo.signInFailures(email, ip, manager);
      if (!account || !startsDelay(after) || !(await this.repo.claimAlert(manager, email))) return [];
      return [
        await this.mail.queue(manager, {
          to: account.email,
          recipientPersonId: account.id,
          language: account.preferredLanguage,
          kind: 'SIGN_IN_THROTTLED',
          params: {
            givenName: account.givenName,
            address: ip,
            failures: after.accountFailures,
            resetLink: `${publicBaseUrl(this.config)}/forgot-password`,
          },
        }),
      ];
    });
    await this.mail.dispatch(mailIds);
    return passwordOk;
  }

  /**
   * A request of a bucket that guards mail or CPU rather than a password (reset-link requests, token
   * uses): counted whatever its outcome, each kind apart from sign-in.
   */
  async countRequest(kind: Exclude<AttemptKind, 'SIGN_IN'>, email: string, ip: string): Promise<void> {
    const limit = REQUEST_LIMITS[kind];
    await this.repo.transaction(async (manager) => {
      await this.repo.lockAddress(manager, kind, ip);
      const row = await this.repo.bucket(manager, kind, email, ip, limit.windowMinutes);
      if (row.by_email >= limit.perEmail || row.by_address >= limit.perAddress)
        throw Errors.tooManyAttempts(windowWait(row, limit.windowMinutes));
      await this.repo.record(manager, kind, email, ip);
    });
  }

  /**
   * Guards the use of an invitation or reset token: an address with too many bad tokens is refused at
   * once; `check` answers the token's refusal (or null), and a refused token counts against the address.
   * Callers hash the new password only after this passes.
   */
  async checkToken(ip: string, check: () => Promise<DomainError | null>): Promise<void> {
    const limit = REQUEST_LIMITS.ACCOUNT_TOKEN;
    const row = await this.repo.bucket(this.repo.manager, 'ACCOUNT_TOKEN', '', ip, limit.windowMinutes);
    if (row.by_address >= limit.perAddress) throw Errors.tooManyAttempts(windowWait(row, limit.windowMinutes));
    const refused = await check();
    if (!refused) return;
    await this.repo.record(this.repo.manager, 'ACCOUNT_TOKEN', '', ip);
    throw refused;
  }
}
