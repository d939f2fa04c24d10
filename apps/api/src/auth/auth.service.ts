import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Errors } from '../common/domain-error';
import { Person } from '../modules/people/person.entity';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import type { Viewer } from './viewer';

/** One message for an unknown e-mail and a wrong password: neither reveals which accounts exist. */
const BAD_CREDENTIALS = 'The e-mail or the password is wrong.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async login(input: LoginInput, req: FastifyRequest, reply: FastifyReply): Promise<string> {
    const email = input.email.trim().toLowerCase();
    const ip = req.ip ?? 'unknown';
    await this.throttle.registerAttempt(email, ip);

    const person = await this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .addSelect('p.passwordHash')
      .where('p.email = :email', { email })
      .getOne();
    const ok = await this.hasher.verify(person?.passwordHash, input.password);
    if (!person || !ok || person.deactivatedAt) {
      throw Errors.unauthenticated(BAD_CREDENTIALS);
    }

    const token = await this.db.transaction(async (manager) => {
      const { token, session } = await this.sessions.create(manager, person.id, req);
      await this.audit.record(manager, {
        actorPersonId: person.id,
        operation: 'login',
        targetType: 'Session',
        targetId: session.id,
        summary: 'Signed in',
        requestId: req.id,
      });
      return token;
    });
    await this.throttle.clearAccount(email);
    this.sessions.setCookie(reply, token);
    return person.id;
  }

  async logout(viewer: Viewer, req: FastifyRequest, reply: FastifyReply): Promise<void> {
    await this.db.transaction(async (manager) => {
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
    return this.db.transaction(async (manager) => {
      const person = await manager
        .getRepository(Person)
        .createQueryBuilder('p')
        .addSelect('p.passwordHash')
        .where('p.id = :id', { id: viewer.personId })
        .setLock('pessimistic_write')
        .getOneOrFail();
      if (!(await this.hasher.verify(person.passwordHash, input.currentPassword))) {
        throw Errors.validation([{ field: 'currentPassword', message: 'is wrong' }]);
      }
      if (input.newPassword === input.currentPassword) {
        throw Errors.validation([{ field: 'newPassword', message: 'must differ from the current password' }]);
      }
      await manager.update(Person, person.id, {
        passwordHash: await this.hasher.hash(input.newPassword),
        passwordChangedAt: new Date(),
      });
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
