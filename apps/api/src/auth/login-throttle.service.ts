import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Errors } from '../common/domain-error';
import { LoginAttempt } from './login-attempt.entity';

export const THROTTLE_WINDOW_MINUTES = 15;
/** Attempts allowed per account, and per address, inside the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

/**
 * Throttling kept in PostgreSQL, so it holds across API replicas and restarts. An attempt is
 * recorded *before* the password is checked and counted after: of N parallel guesses, the k-th to
 * commit sees at least k rows, so a burst cannot slip more than the limit past the check.
 * A successful sign-in clears the account's attempts.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async registerAttempt(email: string, ip: string): Promise<void> {
    await this.db.getRepository(LoginAttempt).insert({ email, ip });
    const [row] = await this.db.query(
      `SELECT
         count(*) FILTER (WHERE email = $1) AS by_account,
         count(*) FILTER (WHERE ip = $2) AS by_ip,
         min(attempted_at) AS oldest
       FROM login_attempt
       WHERE (email = $1 OR ip = $2) AND attempted_at > now() - make_interval(mins => $3)`,
      [email, ip, THROTTLE_WINDOW_MINUTES],
    );
    if (Number(row.by_account) > MAX_FAILURES_PER_ACCOUNT || Number(row.by_ip) > MAX_FAILURES_PER_IP) {
      const oldest = row.oldest ? new Date(row.oldest).getTime() : Date.now();
      const retryAfter = Math.max(1, Math.ceil((oldest + THROTTLE_WINDOW_MINUTES * 60_000 - Date.now()) / 1000));
      throw Errors.tooManyAttempts(retryAfter);
    }
  }

  /** After a successful sign-in: the account starts afresh; old rows of everyone are pruned. */
  async clearAccount(email: string): Promise<void> {
    await this.db.getRepository(LoginAttempt).delete({ email });
    await this.db.query(`DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`);
  }
}
