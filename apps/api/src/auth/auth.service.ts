import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from '../audit/audit.service';
import { Errors } from '../common/domain-error';
import { AuthRepository } from './auth.repository';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import type { Viewer } from './viewer';
import { invalid } from '../common/field-error';

/** One message for an unknown e-mail and a wrong password: neither reveals which accounts exist. */
const BAD_CREDENTIALS = 'The e-mail or the password is wrong.';

@Injectable()
export class AuthService {
  constructor(
    private readonly repo: AuthRepository,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Throttled per (account, address) pair (see throttle-policy.ts): a waiting address is refused before
   * any hashing; the checked password is then settled under the address's lock, where only failures count.
   */
  async login(input: LoginInput, req: FastifyRequest, reply: FastifyReply): Promise<string> {
    const email = input.email.trim().toLowerCase();
    const ip = req.ip ?? 'unknown';
    await this.throttle.assertMayTry(email, ip);

    const person = await this.repo.credentialsByEmail(email);
    const passwordOk = await this.hasher.verify(person?.password_hash, input.password);
    const account =
      person && !person.deactivated_at
        ? {
            id: person.id,
            email: person.email,
            givenName: person.given_name,
            preferredLanguage: person.preferred_language,
          }
        : null;
    if (!(await this.throttle.settle(email, ip, passwordOk && !!account, account)) || !account)
      throw Errors.unauthenticated(BAD_CREDENTIALS);

    const token = await this.repo.transaction(async (manager) => {
      // The password was checked outside the transaction (it is slow); the row may have changed since:
      // erased, deactivated or given another password. Then the sign-in did not happen.
      const now = await this.repo.shareCredentials(manager, account.id);
      if (!now || now.deactivated_at || now.email !== account.email || now.password_hash !== person?.password_hash)
        throw Errors.unauthenticated(BAD_CREDENTIALS);
      const { token, sessionId } = await this.sessions.create(manager, account.id, req);
      await this.audit.record(manager, {
        actorPersonId: account.id,
        operation: 'login',
        targetType: 'Session',
        targetId: sessionId,
        summary: 'Signed in',
        requestId: req.id,
      });
      return token;
    });
    this.sessions.setCookie(reply, token);
    return account.id;
  }

  async logout(viewer: Viewer, req: FastifyRequest, reply: FastifyReply): Promise<void> {
    await this.repo.transaction(async (manager) => {
      await this.sessions.end(manager, viewer.sessionId);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'logout',
        targetType: 'Session',
        targetId: viewer.sessionId,
        summary: 'Signed out',
        requestId: req.id,
      });
    });
    this.sessions.clearCookie(reply);
  }

  /** A new password ends every other session of the person, e.g. one left open on a shared computer. */
  async changePassword(viewer: Viewer, input: ChangePasswordInput, req: FastifyRequest): Promise<number> {
    // argon2 runs before the transaction: no row lock or connection is held for its time.
    const before = await this.repo.credentialsById(viewer.personId);
    const wrong = Errors.validation([invalid('currentPassword', 'wrong')]);
    if (!before || !(await this.hasher.verify(before.password_hash, input.currentPassword))) throw wrong;
    if (input.newPassword === input.currentPassword)
      throw Errors.validation([invalid('newPassword', 'passwordUnchanged')]);
    const newHash = await this.hasher.hash(input.newPassword);
    return this.repo.transaction(async (manager) => {
      const person = await this.repo.lockCredentials(manager, viewer.personId);
      // Changed in the meantime (another tab): the current password checked above is no longer current.
      if (person.password_hash !== before.password_hash) throw wrong;
      await this.repo.setPassword(manager, person.id, newHash);
      const ended = await this.sessions.endOthers(manager, person.id, viewer.sessionId);
      await this.audit.record(manager, {
        actorPersonId: person.id,
        operation: 'changePassword',
        targetType: 'Person',
        targetId: person.id,
        summary: `Changed password; ended ${ended} other session(s)`,
        requestId: req.id,
      });
      return ended;
    });
  }
}
